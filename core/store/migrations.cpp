#include "migrations.h"

using namespace Qt::StringLiterals;

namespace ContactDesk {

// Booleans are INTEGER 0/1 and times BIGINT milliseconds on both back ends, so that one set of
// statements and one set of bindings serves SQLite and PostgreSQL alike. Lists and small records
// (channels, required skills, capacity, attachments) are JSON text: they are always read and
// written whole, never queried into.
static Migration initialSchema()
{
    Migration migration;
    migration.version = 1;
    migration.description = u"initial schema"_s;
    migration.statements = {
        u"CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,

        u"CREATE TABLE skills (id TEXT PRIMARY KEY, name TEXT NOT NULL)"_s,

        u"CREATE TABLE queues ("
        " id TEXT PRIMARY KEY,"
        " name TEXT NOT NULL,"
        " channels TEXT NOT NULL,"
        " required_skills TEXT NOT NULL,"
        " strategy TEXT NOT NULL,"
        " default_priority INTEGER NOT NULL,"
        " service_level_percent INTEGER NOT NULL,"
        " service_level_seconds INTEGER NOT NULL,"
        " short_abandon_seconds INTEGER NOT NULL,"
        " max_length INTEGER NOT NULL,"
        " callback_threshold_seconds INTEGER NOT NULL)"_s,

        // search_text: lower-cased names, company, e-mail addresses and phone digits in one
        // column, kept by CustomerRepository, so that the search box is one LIKE per row.
        u"CREATE TABLE customers ("
        " id {{autoid}},"
        " given_name TEXT NOT NULL,"
        " family_name TEXT NOT NULL,"
        " company TEXT NOT NULL,"
        " preferred_language TEXT NOT NULL,"
        " segment TEXT NOT NULL,"
        " value_tier TEXT NOT NULL,"
        " lifetime_value_minor BIGINT NOT NULL,"
        " currency TEXT NOT NULL,"
        " vip INTEGER NOT NULL,"
        " marketing_consent INTEGER NOT NULL,"
        " recording_consent INTEGER NOT NULL,"
        " created_ms BIGINT NOT NULL,"
        " search_text TEXT NOT NULL)"_s,
        u"CREATE INDEX customers_name ON customers (family_name, given_name, id)"_s,

        u"CREATE TABLE contact_points ("
        " id {{autoid}},"
        " customer_id BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,"
        " kind TEXT NOT NULL,"
        " value TEXT NOT NULL,"
        " label TEXT NOT NULL,"
        " is_primary INTEGER NOT NULL)"_s,
        // The caller-ID lookup: every incoming call asks "whose number is this?".
        u"CREATE INDEX contact_points_kind_value ON contact_points (kind, value)"_s,
        u"CREATE INDEX contact_points_customer ON contact_points (customer_id)"_s,

        u"CREATE TABLE agents ("
        " id {{autoid}},"
        " login TEXT NOT NULL UNIQUE,"
        " display_name TEXT NOT NULL,"
        " team TEXT NOT NULL,"
        " extension TEXT NOT NULL,"
        " capacity TEXT NOT NULL,"
        " state TEXT NOT NULL,"
        " reason_code TEXT NOT NULL,"
        " state_since_ms BIGINT NOT NULL)"_s,
        u"CREATE TABLE agent_skills ("
        " agent_id BIGINT NOT NULL REFERENCES agents (id) ON DELETE CASCADE,"
        " skill_id TEXT NOT NULL REFERENCES skills (id),"
        " level INTEGER NOT NULL,"
        " PRIMARY KEY (agent_id, skill_id))"_s,
        u"CREATE INDEX agent_skills_skill ON agent_skills (skill_id)"_s,

        // queue_id has no foreign key on purpose: history
        // outlives a queue's configuration.
        u"CREATE TABLE interactions ("
        " id {{autoid}},"
        " channel TEXT NOT NULL,"
        " direction TEXT NOT NULL,"
        " state TEXT NOT NULL,"
        " customer_id BIGINT REFERENCES customers (id),"
        " queue_id TEXT NOT NULL,"
        " required_skills TEXT NOT NULL,"
        " priority INTEGER NOT NULL,"
        " agent_id BIGINT REFERENCES agents (id),"
        " subject TEXT NOT NULL,"
        " external_ref TEXT NOT NULL,"
        " disposition_code TEXT NOT NULL,"
        " notes TEXT NOT NULL,"
        " resolved INTEGER NOT NULL,"
        " csat INTEGER,"
        " created_ms BIGINT NOT NULL,"
        " queued_ms BIGINT NOT NULL,"
        " offered_ms BIGINT NOT NULL,"
        " connected_ms BIGINT NOT NULL,"
        " wrap_up_ms BIGINT NOT NULL,"
        " closed_ms BIGINT NOT NULL,"
        " abandoned_ms BIGINT NOT NULL,"
        " callback_requested_ms BIGINT NOT NULL,"
        " held_since_ms BIGINT NOT NULL,"
        " total_hold_ms BIGINT NOT NULL)"_s,
        // The customer timeline reads this index in order and
        // stops after one page.
        u"CREATE INDEX interactions_customer_created"
        " ON interactions (customer_id, created_ms DESC, id DESC)"_s,
        u"CREATE INDEX interactions_created ON interactions (created_ms)"_s,
        u"CREATE INDEX interactions_agent_created ON interactions (agent_id, created_ms)"_s,
        u"CREATE INDEX interactions_external_ref ON interactions "
        u"(external_ref)"
        " WHERE external_ref <> ''"_s,
        u"CREATE INDEX interactions_unfinished ON interactions (created_ms)"
        " WHERE state NOT IN ('closed', 'abandoned', 'blocked')"_s,

        u"CREATE TABLE messages ("
        " id {{autoid}},"
        " interaction_id BIGINT NOT NULL REFERENCES interactions (id) ON "
        "DELETE CASCADE,"
        " sender TEXT NOT NULL,"
        " sender_name TEXT NOT NULL,"
        " subject TEXT NOT NULL,"
        " body TEXT NOT NULL,"
        " sent_ms BIGINT NOT NULL,"
        " attachments TEXT NOT NULL)"_s,
        u"CREATE INDEX messages_interaction ON messages (interaction_id, sent_ms, id)"_s,

        u"CREATE TABLE work_items ("
        " id {{autoid}},"
        " customer_id BIGINT REFERENCES customers (id),"
        " source_interaction_id BIGINT REFERENCES interactions (id),"
        " queue_id TEXT NOT NULL,"
        " title TEXT NOT NULL,"
        " description TEXT NOT NULL,"
        " created_ms BIGINT NOT NULL,"
        " due_ms BIGINT NOT NULL,"
        " status TEXT NOT NULL,"
        " assigned_agent_id BIGINT REFERENCES agents (id))"_s,
        u"CREATE INDEX work_items_customer ON work_items (customer_id, status, due_ms)"_s,
        u"CREATE INDEX work_items_status_due ON work_items (status, due_ms)"_s,

        u"CREATE TABLE disposition_codes ("
        " code TEXT PRIMARY KEY,"
        " label_en TEXT NOT NULL,"
        " label_ko TEXT NOT NULL,"
        " sort_order INTEGER NOT NULL)"_s,
        u"INSERT INTO disposition_codes (code, label_en, "
        u"label_ko, sort_order) VALUES"
        " ('resolved', 'Resolved', '해결', 10),"
        " ('information', 'Information given', '정보 안내', 20),"
        " ('follow-up', 'Follow-up needed', '후속 조치 필요', "
        "30),"
        " ('callback-scheduled', 'Callback scheduled', '콜백 "
        "예약', 40),"
        " ('escalated', 'Escalated', '상위 부서 이관', 50),"
        " ('sale', 'Sale made', '판매 성공', 60),"
        " ('no-sale', 'No sale', '판매 실패', 70),"
        " ('complaint', 'Complaint recorded', '불만 접수', 80),"
        " ('cancellation', 'Cancellation request', '해지 요청', "
        "90),"
        " ('technical-issue', 'Technical issue', '기술 문제', "
        "100),"
        " ('wrong-number', 'Wrong number', '잘못 걸린 전화', "
        "110),"
        " ('no-answer', 'No answer', '응답 없음', 120),"
        " ('voicemail', 'Left voicemail', '음성 메시지 남김', "
        "130),"
        " ('spam', 'Spam or abuse', '스팸/악성', 140)"_s,
    };
    return migration;
}

// The routing engine's journal (core/routing/sqlroutingjournal.h): open contacts with their place
// in line, agents' presence, last-agent affinity and campaign progress, each written before the
// engine acknowledges it, so that a restarted engine rebuilds its queues exactly. Records are
// JSON text, read and written whole; finished contacts are deleted (history is `interactions`).
static Migration routingJournal()
{
    Migration migration;
    migration.version = 2;
    migration.description = u"routing journal"_s;
    migration.statements = {
        u"CREATE TABLE routing_contacts ("
        " id BIGINT PRIMARY KEY,"
        " queue_id TEXT NOT NULL,"
        " state TEXT NOT NULL,"
        " record TEXT NOT NULL)"_s,
        u"CREATE TABLE routing_agents (agent_id BIGINT PRIMARY KEY, record TEXT NOT NULL)"_s,
        u"CREATE TABLE routing_affinity ("
        " customer_id BIGINT PRIMARY KEY,"
        " agent_id BIGINT NOT NULL,"
        " served_ms BIGINT NOT NULL)"_s,
        u"CREATE TABLE routing_campaigns (id TEXT PRIMARY KEY, record TEXT NOT NULL)"_s,
        u"CREATE TABLE routing_counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL)"_s,
    };
    return migration;
}

const QList<Migration> &Migrations::standard()
{
    static const QList<Migration> list = {initialSchema(), routingJournal()};
    return list;
}

int Migrations::latestVersion()
{
    return standard().constLast().version;
}

} // namespace ContactDesk
