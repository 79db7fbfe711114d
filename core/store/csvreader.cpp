#include "csvreader.h"

using namespace Qt::StringLiterals;

namespace ContactDesk {

static bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

// Consumes one line break (CRLF, LF or CR) at `i`, if there is one.
static void skipLineBreak(const QString &text, qsizetype &i, int &line)
{
    if (i < text.size() && text.at(i) == u'\r')
        ++i;
    if (i < text.size() && text.at(i) == u'\n')
        ++i;
    ++line;
}

CsvReader::Result CsvReader::read(const QString &text)
{
    Result result;
    const qsizetype n = text.size();
    qsizetype i = 0;
    int line = 1;

    while (i < n) {
        if (isLineBreak(text.at(i))) {
            skipLineBreak(text, i, line);
            continue;
        }

        CsvRecord record;
        record.line = line;
        bool recordDone = false;
        while (!recordDone) {
            QString field;
            if (i < n && text.at(i) == u'"') {
                const int quoteLine = line;
                ++i;
                bool closed = false;
                while (i < n) {
                    const QChar c = text.at(i);
                    if (c == u'"') {
                        if (i + 1 < n && text.at(i + 1) == u'"') {
                            field += QLatin1Char('"');
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (isLineBreak(c)) {
                        // A line break inside quotes is part of the field; keep it as one "\n".
                        skipLineBreak(text, i, line);
                        field += QLatin1Char('\n');
                        continue;
                    }
                    field += c;
                    ++i;
                }
                if (!closed) {
                    result.fatalLine = quoteLine;
                    result.fatalError =
                        u"the quoted field that starts on line %1 is never closed"_s.arg(quoteLine);
                    return result;
                }
                if (i < n && text.at(i) != u',' && !isLineBreak(text.at(i)) && record.error.isEmpty()) {
                    record.error = u"text follows the closing quote of field %1 (a quote inside a "
                                   "quoted field must be doubled)"_s.arg(record.fields.size() + 1);
                }
            } else {
                while (i < n && text.at(i) != u',' && !isLineBreak(text.at(i))) {
                    if (text.at(i) == u'"' && record.error.isEmpty()) {
                        record.error = u"field %1 has a quote but does not start with one (quote the "
                                       "whole field and double the quote)"_s.arg(record.fields.size() + 1);
                    }
                    field += text.at(i);
                    ++i;
                }
            }

            if (!record.error.isEmpty()) {
                // Give up on this record: skip to the end of its line and go on with the next one.
                while (i < n && !isLineBreak(text.at(i)))
                    ++i;
            }
            record.fields.append(field);

            if (i >= n) {
                recordDone = true;
            } else if (text.at(i) == u',') {
                ++i;
            } else {
                skipLineBreak(text, i, line);
                recordDone = true;
            }
        }
        result.records.append(record);
    }
    return result;
}

} // namespace ContactDesk
