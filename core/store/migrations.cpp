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

// The next-best-offer engine (core/offers, docs/OFFERS.md): the catalogue, what customers own,
// offer outcomes recorded on interactions, and the learned model. offer_model holds each offer's
// model as JSON: outcome counts per context (sufficient statistics, also what reasons quote) and
// the posterior fitted to them, so that loading never replays offer_outcomes. offer_outcomes.offer_id
// has no foreign key on purpose: history outlives an offer in the catalogue.
static Migration offersSchema()
{
    Migration migration;
    migration.version = 3;
    migration.description = u"next-best offers"_s;
    migration.statements = {
        u"CREATE TABLE offer_products (id TEXT PRIMARY KEY, name_en TEXT NOT NULL, name_ko TEXT NOT NULL)"_s,
        u"CREATE TABLE offers ("
        " id TEXT PRIMARY KEY,"
        " name_en TEXT NOT NULL,"
        " name_ko TEXT NOT NULL,"
        " category TEXT NOT NULL,"
        " product_id TEXT NOT NULL REFERENCES offer_products (id),"
        " margin_minor BIGINT NOT NULL,"
        " currency TEXT NOT NULL,"
        " valid_from_ms BIGINT NOT NULL,"
        " valid_until_ms BIGINT NOT NULL,"
        " rules TEXT NOT NULL,"
        " required_consent TEXT NOT NULL,"
        " cooldown_days INTEGER NOT NULL,"
        " prior_acceptance DOUBLE PRECISION NOT NULL,"
        " active INTEGER NOT NULL,"
        " updated_ms BIGINT NOT NULL)"_s,
        u"CREATE TABLE customer_products ("
        " customer_id BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,"
        " product_id TEXT NOT NULL,"
        " since_ms BIGINT NOT NULL,"
        " PRIMARY KEY (customer_id, product_id))"_s,
        u"CREATE TABLE offer_outcomes ("
        " id {{autoid}},"
        " interaction_id BIGINT NOT NULL REFERENCES interactions (id) ON DELETE CASCADE,"
        " offer_id TEXT NOT NULL,"
        " agent_id BIGINT REFERENCES agents (id),"
        " customer_id BIGINT REFERENCES customers (id),"
        " segment TEXT NOT NULL,"
        " value_tier TEXT NOT NULL,"
        " channel TEXT NOT NULL,"
        " contact_reason TEXT NOT NULL,"
        " outcome TEXT NOT NULL,"
        " revenue_minor BIGINT NOT NULL,"
        " currency TEXT NOT NULL,"
        " recorded_ms BIGINT NOT NULL,"
        " UNIQUE (interaction_id, offer_id))"_s,
        // The cool-down check at every suggestion: "when did this customer last decline what?"
        u"CREATE INDEX offer_outcomes_customer ON offer_outcomes (customer_id, outcome, offer_id, recorded_ms)"_s,
        u"CREATE INDEX offer_outcomes_recorded ON offer_outcomes (recorded_ms)"_s,
        u"CREATE INDEX offer_outcomes_agent ON offer_outcomes (agent_id, recorded_ms)"_s,
        u"CREATE TABLE offer_model ("
        " offer_id TEXT PRIMARY KEY,"
        " model TEXT NOT NULL,"
        " observations BIGINT NOT NULL,"
        " updated_ms BIGINT NOT NULL)"_s,
    };
    return migration;
}

// The live contact centre (core/centre, docs/ARCHITECTURE.md "Live centre"): where each live
// interaction came from (an unknown caller's number, to search and link after a restart), the
// reply templates of the composer, and the agents' internal help chat. Templates are seeded in
// Korean and English with the placeholders the composer fills ({customer.firstName},
// {customer.name}, {agent.name}, {interaction.subject}); channels is a JSON list of channel
// keys, empty for every channel.
static Migration liveCentreSchema()
{
    Migration migration;
    migration.version = 4;
    migration.description = u"live contact centre"_s;
    migration.statements = {
        u"CREATE TABLE interaction_origins ("
        " interaction_id BIGINT PRIMARY KEY REFERENCES interactions (id) ON DELETE CASCADE,"
        " address TEXT NOT NULL)"_s,
        u"CREATE TABLE canned_responses ("
        " id TEXT PRIMARY KEY,"
        " language TEXT NOT NULL,"
        " title TEXT NOT NULL,"
        " body TEXT NOT NULL,"
        " channels TEXT NOT NULL,"
        " sort_order INTEGER NOT NULL)"_s,
        u"INSERT INTO canned_responses (id, language, title, body, channels, sort_order) VALUES"
        " ('ko-greeting', 'ko', '인사', '안녕하세요 {customer.name} 고객님, 상담사 {agent.name}입니다. "
        "무엇을 도와드릴까요?', '[\"chat\",\"sms\",\"social\"]', 10),"
        " ('ko-checking', 'ko', '확인 중', '말씀 감사합니다. 확인해 드릴 테니 잠시만 기다려 주세요.', '[]', "
        "20),"
        " ('ko-still-checking', 'ko', '계속 확인 중', '계속 확인하고 있습니다. 기다려 주셔서 감사합니다.', "
        "'[\"chat\",\"sms\",\"social\"]', 30),"
        " ('ko-verify', 'ko', '본인 확인', '본인 확인을 위해 생년월일과 휴대폰 번호 뒷자리 4자리를 말씀해 "
        "주시겠어요?', '[\"chat\",\"sms\",\"social\",\"voice\"]', 40),"
        " ('ko-payment', 'ko', '납부 방법', '요금은 카드, 계좌이체, 자동이체로 납부하실 수 있으며 앱의 요금 "
        "> 납부 메뉴에서 언제든 바꾸실 수 있습니다.', '[]', 50),"
        " ('ko-technician', 'ko', '기사 방문', '기사 방문은 오전 9시부터 오후 6시 사이에 가능합니다. 편하신 "
        "날짜를 알려 주시겠어요?', '[]', 60),"
        " ('ko-follow-up', 'ko', '후속 조치 안내', '이 건은 후속 처리로 등록했습니다. 영업일 기준 1일 이내에 "
        "다시 연락드리겠습니다.', '[]', 70),"
        " ('ko-anything-else', 'ko', '추가 문의', '더 궁금하신 점 있으실까요?', "
        "'[\"chat\",\"sms\",\"social\"]', 80),"
        " ('ko-closing', 'ko', '마무리 인사', '{customer.name} 고객님, 문의해 주셔서 감사합니다. 좋은 하루 "
        "보내세요!', '[\"chat\",\"sms\",\"social\"]', 90),"
        " ('ko-email-reply', 'ko', '이메일 답변', '{customer.name} 고객님께,\n\n\"{interaction.subject}\" "
        "관련 문의 주셔서 감사합니다.\n\n\n\n{agent.name} 드림\n누리텔레콤 고객센터 | 1588-0000', "
        "'[\"email\"]', 100),"
        " ('en-greeting', 'en', 'Greeting', 'Hello {customer.firstName}, this is {agent.name}. How can I "
        "help you today?', '[\"chat\",\"sms\",\"social\"]', 10),"
        " ('en-checking', 'en', 'Checking', 'Thank you, {customer.firstName}. Let me check that for you; it "
        "will take a moment.', '[]', 20),"
        " ('en-still-checking', 'en', 'Still checking', 'I''m still looking into it. Thank you for your "
        "patience.', '[\"chat\",\"sms\",\"social\"]', 30),"
        " ('en-verify', 'en', 'Verify identity', 'For your security, could you confirm your date of birth "
        "and the last four digits of your phone number?', '[\"chat\",\"sms\",\"social\",\"voice\"]', 40),"
        " ('en-payment', 'en', 'Payment options', 'You can pay by card, bank transfer or automatic debit; "
        "change it any time in the app under Billing > Payment.', '[]', 50),"
        " ('en-technician', 'en', 'Technician visit', 'A technician can visit between 9 AM and 6 PM. Which "
        "day works best for you?', '[]', 60),"
        " ('en-follow-up', 'en', 'Follow-up promised', 'I''ve opened a follow-up for this, and we will get "
        "back to you within one business day.', '[]', 70),"
        " ('en-anything-else', 'en', 'Anything else?', 'Is there anything else I can help you with today?', "
        "'[\"chat\",\"sms\",\"social\"]', 80),"
        " ('en-closing', 'en', 'Closing', 'Thank you for contacting us, {customer.firstName}. Have a great "
        "day!', '[\"chat\",\"sms\",\"social\"]', 90),"
        " ('en-email-reply', 'en', 'E-mail reply', 'Dear {customer.name},\n\nThank you for your e-mail about \"{interaction.subject}\".\n\n\n\nKind regards,\n{agent.name}\nNuri Telecom Customer Care', '[\"email\"]', 100)"_s,
        u"CREATE TABLE internal_messages ("
        " id {{autoid}},"
        " from_agent_id BIGINT NOT NULL REFERENCES agents (id),"
        " to_agent_id BIGINT REFERENCES agents (id),"
        " to_group TEXT NOT NULL,"
        " about_interaction_id BIGINT REFERENCES interactions (id) ON DELETE SET NULL,"
        " body TEXT NOT NULL,"
        " sent_ms BIGINT NOT NULL)"_s,
        u"CREATE INDEX internal_messages_to_agent ON internal_messages (to_agent_id, sent_ms)"_s,
        u"CREATE INDEX internal_messages_from_agent ON internal_messages (from_agent_id, sent_ms)"_s,
        u"CREATE INDEX internal_messages_to_group ON internal_messages (to_group, sent_ms)"_s,
    };
    return migration;
}

// Accounts (core/security, docs/ARCHITECTURE.md "Accounts and roles"): the people who sign in,
// with their role, the agent record they take contacts as, and an Argon2id password hash; and
// their sessions, keyed by a BLAKE2b hash of the session token (the token itself is never
// stored). Logins are stored normalized to lower case, so UNIQUE makes them unique whatever the
// case. One agent record belongs to at most one user; both back ends let NULLs repeat.
static Migration accountsSchema()
{
    Migration migration;
    migration.version = 5;
    migration.description = u"accounts and sessions"_s;
    migration.statements = {
        u"CREATE TABLE users ("
        " id {{autoid}},"
        " login TEXT NOT NULL UNIQUE,"
        " display_name TEXT NOT NULL,"
        " role TEXT NOT NULL CHECK (role IN ('agent', 'team-lead', 'supervisor', 'admin')),"
        " agent_id BIGINT NULL REFERENCES agents (id),"
        " password_hash TEXT NOT NULL,"
        " disabled INTEGER NOT NULL,"
        " created_ms BIGINT NOT NULL,"
        " password_changed_ms BIGINT NOT NULL)"_s,
        u"CREATE UNIQUE INDEX users_agent ON users (agent_id)"_s,
        u"CREATE TABLE sessions ("
        " token_hash TEXT PRIMARY KEY,"
        " user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,"
        " created_ms BIGINT NOT NULL,"
        " expires_ms BIGINT NOT NULL,"
        " last_seen_ms BIGINT NOT NULL,"
        " revoked INTEGER NOT NULL)"_s,
        u"CREATE INDEX sessions_user ON sessions (user_id)"_s,
        // Sign-in deletes the sessions that expired.
        u"CREATE INDEX sessions_expires ON sessions (expires_ms)"_s,
    };
    return migration;
}

// Coaching recordings and the audit log (core/coaching, core/security; docs/STORAGE.md
// "Recordings and the audit log"). A recording row describes what was recorded of one
// interaction; its content is an encrypted file in the recording vault, named by the row's id,
// never by customer data. The interaction's agent, team, queue, disposition and CSAT are copied in
// so that the library is searched without joins and shows who handled it even after an agent
// changes team. consent = 0 is a row saying the customer refused recording: it has no file.
// deleted_ms set marks a tombstone: the file is gone, the row stays as the record that it existed.
// audit_log is append-only (no code updates or deletes it): ids are assigned 1, 2, 3 ... by the
// writer, and each row's hash covers the previous row's hash, so an edit, a deletion or an
// insertion made outside ContactDesk breaks the chain. The audit log has no foreign keys: it
// outlives the users and recordings it names.
static Migration recordingsSchema()
{
    Migration migration;
    migration.version = 6;
    migration.description = u"recordings and audit log"_s;
    migration.statements = {
        u"CREATE TABLE recordings ("
        " id {{autoid}},"
        " interaction_id BIGINT NOT NULL UNIQUE REFERENCES interactions (id),"
        " agent_id BIGINT NOT NULL REFERENCES agents (id),"
        " team TEXT NOT NULL,"
        " queue_id TEXT NOT NULL,"
        " customer_id BIGINT NULL REFERENCES customers (id),"
        " channel TEXT NOT NULL,"
        " disposition_code TEXT NOT NULL,"
        " csat INTEGER NULL,"
        " started_ms BIGINT NOT NULL,"
        " duration_ms BIGINT NOT NULL,"
        " kind TEXT NOT NULL CHECK (kind IN ('audio', 'transcript')),"
        " checksum TEXT NOT NULL,"
        " size_bytes BIGINT NOT NULL,"
        " file_name TEXT NOT NULL,"
        " consent INTEGER NOT NULL,"
        " pauses TEXT NOT NULL,"
        " markers TEXT NOT NULL,"
        " legal_hold INTEGER NOT NULL,"
        " deleted_ms BIGINT NULL)"_s,
        // The library lists newest first, unfiltered or by agent, team or queue, and pages by
        // the keyset (started_ms, id); the other filters narrow what these ranges return.
        u"CREATE INDEX recordings_started ON recordings (started_ms DESC, id DESC)"_s,
        u"CREATE INDEX recordings_agent ON recordings (agent_id, started_ms DESC, id DESC)"_s,
        u"CREATE INDEX recordings_team ON recordings (team, started_ms DESC, id DESC)"_s,
        u"CREATE INDEX recordings_queue ON recordings (queue_id, started_ms DESC, id DESC)"_s,
        // Retention looks only at live recordings without a legal hold.
        u"CREATE INDEX recordings_retention ON recordings (started_ms)"
        " WHERE deleted_ms IS NULL AND legal_hold = 0"_s,
        u"CREATE TABLE audit_log ("
        " id BIGINT PRIMARY KEY,"
        " at_ms BIGINT NOT NULL,"
        " user_id BIGINT NOT NULL,"
        " login TEXT NOT NULL,"
        " role TEXT NOT NULL,"
        " action TEXT NOT NULL,"
        " resource TEXT NOT NULL,"
        " outcome TEXT NOT NULL,"
        " detail TEXT NOT NULL,"
        " prev_hash TEXT NOT NULL,"
        " hash TEXT NOT NULL)"_s,
        // The read-only view filters by resource ("who played recording 42?"), by user and by time.
        u"CREATE INDEX audit_log_resource ON audit_log (resource, id)"_s,
        u"CREATE INDEX audit_log_user ON audit_log (user_id, id)"_s,
        u"CREATE INDEX audit_log_at ON audit_log (at_ms)"_s,
    };
    return migration;
}

// Scorecards, evaluations and coaching (core/coaching, docs/KPIS.md "Evaluation score"). Every
// version of a form is a row of its own, the form as JSON, and an evaluation names the version it
// was scored with, so that editing a form never changes a score given. An evaluation keeps its
// answers (with their comments) as JSON and, once submitted, the score as computed then: the JSON
// of the score, and its percentage (NULL when none) for the trend chart. Evaluations are records
// about a person, so they are not removed with their interaction; the coaching comments on an
// interaction (a position in its recording or one of its messages) go with it. A coaching
// session's linked evaluations and clips are its items, in order.
static Migration coachingSchema()
{
    Migration migration;
    migration.version = 7;
    migration.description = u"scorecards, evaluations and coaching"_s;
    migration.statements = {
        u"CREATE TABLE scorecards ("
        " id TEXT NOT NULL,"
        " version INTEGER NOT NULL,"
        " name_en TEXT NOT NULL,"
        " name_ko TEXT NOT NULL,"
        " definition TEXT NOT NULL,"
        " created_ms BIGINT NOT NULL,"
        " created_by_user_id BIGINT NULL REFERENCES users (id),"
        " PRIMARY KEY (id, version))"_s,
        u"CREATE TABLE evaluations ("
        " id {{autoid}},"
        " interaction_id BIGINT NOT NULL REFERENCES interactions (id),"
        " agent_id BIGINT NOT NULL REFERENCES agents (id),"
        " evaluator_user_id BIGINT NOT NULL REFERENCES users (id),"
        " evaluator_name TEXT NOT NULL,"
        " scorecard_id TEXT NOT NULL,"
        " scorecard_version INTEGER NOT NULL,"
        " answers TEXT NOT NULL,"
        " overall_comment TEXT NOT NULL,"
        " status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'acknowledged', 'disputed')),"
        " agent_comment TEXT NOT NULL,"
        " created_ms BIGINT NOT NULL,"
        " updated_ms BIGINT NOT NULL,"
        " submitted_ms BIGINT NOT NULL,"
        " responded_ms BIGINT NOT NULL,"
        " score_percent DOUBLE PRECISION NULL,"
        " score TEXT NOT NULL,"
        " FOREIGN KEY (scorecard_id, scorecard_version) REFERENCES scorecards (id, version))"_s,
        u"CREATE INDEX evaluations_agent ON evaluations (agent_id, submitted_ms, id)"_s,
        u"CREATE INDEX evaluations_interaction ON evaluations (interaction_id, created_ms)"_s,
        u"CREATE INDEX evaluations_evaluator ON evaluations (evaluator_user_id, created_ms)"_s,
        // Retention asks which interactions still have evaluation work open.
        u"CREATE INDEX evaluations_open ON evaluations (interaction_id)"
        " WHERE status IN ('draft', 'submitted', 'disputed')"_s,
        u"CREATE TABLE evaluation_comments ("
        " id {{autoid}},"
        " interaction_id BIGINT NOT NULL REFERENCES interactions (id) ON DELETE CASCADE,"
        " author_user_id BIGINT NOT NULL REFERENCES users (id),"
        " author_name TEXT NOT NULL,"
        " body TEXT NOT NULL,"
        " anchor_kind TEXT NOT NULL CHECK (anchor_kind IN ('recording', 'message')),"
        " position_ms BIGINT NULL,"
        " message_id BIGINT NULL REFERENCES messages (id) ON DELETE CASCADE,"
        " created_ms BIGINT NOT NULL,"
        " CHECK ((anchor_kind = 'recording' AND position_ms IS NOT NULL AND message_id IS NULL)"
        " OR (anchor_kind = 'message' AND message_id IS NOT NULL AND position_ms IS NULL)))"_s,
        u"CREATE INDEX evaluation_comments_interaction ON evaluation_comments (interaction_id, position_ms)"_s,
        u"CREATE TABLE coaching_sessions ("
        " id {{autoid}},"
        " agent_id BIGINT NOT NULL REFERENCES agents (id),"
        " lead_user_id BIGINT NOT NULL REFERENCES users (id),"
        " title TEXT NOT NULL,"
        " notes TEXT NOT NULL,"
        " due_ms BIGINT NOT NULL,"
        " status TEXT NOT NULL CHECK (status IN ('open', 'done')),"
        " created_ms BIGINT NOT NULL,"
        " updated_ms BIGINT NOT NULL)"_s,
        u"CREATE INDEX coaching_sessions_agent ON coaching_sessions (agent_id, status, due_ms)"_s,
        u"CREATE INDEX coaching_sessions_lead ON coaching_sessions (lead_user_id, status, due_ms)"_s,
        u"CREATE TABLE coaching_session_items ("
        " id {{autoid}},"
        " session_id BIGINT NOT NULL REFERENCES coaching_sessions (id) ON DELETE CASCADE,"
        " sort_order INTEGER NOT NULL,"
        " kind TEXT NOT NULL CHECK (kind IN ('evaluation', 'clip')),"
        " evaluation_id BIGINT NULL REFERENCES evaluations (id),"
        " interaction_id BIGINT NULL REFERENCES interactions (id),"
        " start_ms BIGINT NULL,"
        " end_ms BIGINT NULL,"
        " note TEXT NOT NULL,"
        " UNIQUE (session_id, sort_order),"
        " CHECK ((kind = 'evaluation' AND evaluation_id IS NOT NULL)"
        " OR (kind = 'clip' AND interaction_id IS NOT NULL AND end_ms > start_ms)))"_s,
        u"CREATE INDEX coaching_session_items_evaluation ON coaching_session_items (evaluation_id)"_s,
    };
    return migration;
}

const QList<Migration> &Migrations::standard()
{
    static const QList<Migration> list = {initialSchema(),    routingJournal(), offersSchema(),
                                          liveCentreSchema(), accountsSchema(), recordingsSchema(),
                                          coachingSchema()};
    return list;
}

int Migrations::latestVersion()
{
    return standard().constLast().version;
}

} // namespace ContactDesk
