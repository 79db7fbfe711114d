#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ContactDesk {

// One step of the schema. Versions start at 1 and rise by one; a released migration is never
// edited, a change is a new migration (see docs/STORAGE.md).
//
// Statements are SQL that SQLite and PostgreSQL both accept, with one placeholder for what the
// two spell differently: "{{autoid}}" becomes the auto-numbered 64-bit primary key column type.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

class Migrations final
{
public:
    // The product's schema, oldest first.
    static const QList<Migration> &standard();
    static int latestVersion();
};

} // namespace ContactDesk
