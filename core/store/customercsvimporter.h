#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ContactDesk {

class Database;

struct CsvImportIssue
{
    int line = 0; // line of the file where the rejected row starts
    QString reason;
};

struct CsvImportReport
{
    // True when the file as a whole was refused (not CSV, no usable header ...); then nothing
    // was written and `refusal` says why.
    bool refused = false;
    QString refusal;
    int rows = 0;     // data rows read (header excluded)
    int imported = 0; // rows written
    QList<CsvImportIssue> rejected;

    bool allImported() const { return !refused && rejected.isEmpty(); }
};

// Imports customers from a UTF-8 CSV file with a header row (columns in docs/STORAGE.md). Rows
// with an error are rejected with their line number and reason; all other rows are written in one
// transaction, so an import either lands completely or, if the database fails, not at all. A row
// whose phone number or e-mail already belongs to a customer (stored, or earlier in the file) is
// rejected as a duplicate, so importing the same file twice adds nobody twice.
class CustomerCsvImporter final
{
public:
    // `defaultRegion`: region for phone numbers without a country code when a row has no
    // `region` column value (empty: KR). `importedAtMs`: creation time given to the customers.
    CustomerCsvImporter(Database &database, const QString &defaultRegion, qint64 importedAtMs);

    CsvImportReport importFile(const QString &path);
    CsvImportReport importData(const QByteArray &data);

    static QStringList knownColumns();

private:
    Database &m_database;
    QString m_defaultRegion;
    qint64 m_importedAtMs = 0;
};

} // namespace ContactDesk
