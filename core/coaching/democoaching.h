#pragma once

#include "store/storeresult.h"

#include <QtGlobal>

namespace ContactDesk {

class Database;
class RecordingArchive;

struct DemoCoachingSummary
{
    qint64 users = 0;
    qint64 leadUserId = 0;  // the team lead's account
    qint64 leadAgentId = 0; // the agent record they work as: the demo agent with the lowest id
    qint64 recordings = 0;
    qint64 evaluations = 0; // submitted
    qint64 drafts = 0;
    qint64 comments = 0;
};

// What a new installation coaches with, so that the coaching view is alive at first start
// (issue #6), on a database with demo agents and their history (DemoDataGenerator):
//  - an account per agent (UserRepository, login as the agent's) with a random password nobody
//    knows: they only matter to a server once an admin sets one (contactdesk-cli user passwd);
//    the first agent (the lowest id, whom the desktop signs in as by default) is a team lead,
//    everyone else an agent;
//  - the demo scorecard (DemoScorecard), saved by that team lead;
//  - with an archive: recordings of other agents' recent closed contacts (calls assembled from
//    the voice clips in the customer's language, one with a paused card payment; chats as
//    transcripts), submitted evaluations of most of them with timestamped comments, and one
//    draft.
// Everything in one transaction (except the vault files, which the archive removes again when
// their row does not commit).
class DemoCoaching final
{
public:
    static constexpr int CallRecordings = 4;
    static constexpr int ChatRecordings = 2;

    // Writes all that when the database has no user accounts yet, and nothing otherwise (then
    // the accounts are someone's real ones; the summary is empty). `archive` may be null: no
    // vault, so accounts and the scorecard only.
    static StoreResult<DemoCoachingSummary> seedIfNoUsers(Database &database, RecordingArchive *archive,
                                                          qint64 nowMs);
};

} // namespace ContactDesk
