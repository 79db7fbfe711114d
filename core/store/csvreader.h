#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ContactDesk {

// One record of a CSV file and the line it starts on (1-based; a quoted field may span lines).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
    QString error; // why this record is malformed (e.g. text after a closing quote); empty if fine
};

// An RFC 4180 reader: comma-separated, fields optionally in double quotes, a doubled quote inside
// quotes is one quote, quoted fields may hold commas and line breaks; CRLF, LF or CR end a record.
// Blank lines are skipped. A malformed record is returned with `error` set and reading goes on
// with the next line; only a quote left open at the end of the text makes the whole text
// unreadable, since everything after it would be one field.
class CsvReader final
{
public:
    struct Result
    {
        QList<CsvRecord> records;
        QString fatalError; // empty when the text could be read
        int fatalLine = 0;
    };

    static Result read(const QString &text);
};

} // namespace ContactDesk
