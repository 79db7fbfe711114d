#pragma once

#include "domain/domainerror.h"

#include <QCoreApplication>

#include <optional>

class QWidget;

namespace ContactDesk {

class Database;
class RecordingArchive;

// First start: an empty workspace teaches nothing, so a new SQLite database gets a modest demo
// data set (a few hundred customers with their histories) before the window opens.
class DemoDataSeeder final
{
    Q_DECLARE_TR_FUNCTIONS(ContactDesk::DemoDataSeeder)

public:
    static constexpr int Customers = 300;
    static constexpr int Interactions = 3000;

    // Writes the demo data when `database` has no customers; does nothing otherwise. Shows a
    // progress dialog over `parent` while it works (it takes a moment). On failure the database
    // is left as it was and the error says why.
    static std::optional<DomainError> seedIfEmpty(Database &database, qint64 nowMs,
                                                  QWidget *parent = nullptr);
    // The coaching a new user looks at (DemoCoaching): accounts for the demo agents (the first a
    // team lead), the demo scorecard and, with an archive, evaluated recordings of other agents'
    // contacts. Only while the database has no accounts, so it also reaches a demo database made
    // before coaching existed; nothing otherwise.
    static std::optional<DomainError> seedCoachingIfNew(Database &database, RecordingArchive *archive,
                                                        qint64 nowMs);
};

} // namespace ContactDesk
