#include "customercsvimporter.h"

#include "csvreader.h"
#include "customerrepository.h"
#include "database.h"
#include "phone/phonenumbers.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace ContactDesk {

namespace {

enum class Column
{
    GivenName,
    FamilyName,
    Company,
    Language,
    Segment,
    ValueTier,
    LifetimeValue,
    Currency,
    Vip,
    MarketingConsent,
    RecordingConsent,
    Phone,
    Email,
    Region,
};

struct ColumnName
{
    Column column;
    const char16_t *name;
};

constexpr ColumnName columnNames[] = {
    {Column::GivenName, u"given_name"},
    {Column::FamilyName, u"family_name"},
    {Column::Company, u"company"},
    {Column::Language, u"language"},
    {Column::Segment, u"segment"},
    {Column::ValueTier, u"value_tier"},
    {Column::LifetimeValue, u"lifetime_value"},
    {Column::Currency, u"currency"},
    {Column::Vip, u"vip"},
    {Column::MarketingConsent, u"marketing_consent"},
    {Column::RecordingConsent, u"recording_consent"},
    {Column::Phone, u"phone"},
    {Column::Email, u"email"},
    {Column::Region, u"region"},
};

// A row after checking: the customer to write, or why not.
struct ParsedRow
{
    int line = 0;
    Customer customer;
    QString error;
};

class RowParser
{
public:
    RowParser(const QHash<Column, int> &columns, const QString &defaultRegion)
        : m_columns(columns)
        , m_defaultRegion(defaultRegion)
    {}

    ParsedRow parse(const CsvRecord &record, qint64 createdAtMs) const;

private:
    QString field(const CsvRecord &record, Column column) const
    {
        const int index = m_columns.value(column, -1);
        return index < 0 ? QString() : record.fields.at(index).trimmed();
    }

    QHash<Column, int> m_columns;
    QString m_defaultRegion;
};

// "Small Business", "small_business" and "small-business" all name the same key.
QString keyForm(const QString &text)
{
    QString key = text.trimmed().toLower();
    key.replace(QLatin1Char('_'), QLatin1Char('-'));
    key.replace(QLatin1Char(' '), QLatin1Char('-'));
    return key;
}

std::optional<bool> parseFlag(const QString &text)
{
    static const QStringList yes = {u"1"_s, u"true"_s, u"yes"_s, u"y"_s, u"예"_s};
    static const QStringList no = {u"0"_s, u"false"_s, u"no"_s, u"n"_s, u"아니요"_s, u"아니오"_s};
    const QString value = text.trimmed().toLower();
    if (yes.contains(value))
        return true;
    if (no.contains(value))
        return false;
    return std::nullopt;
}

// "1234.5" in major units to minor units of a currency with `minorDigits` decimals.
std::optional<qint64> parseAmount(const QString &text, int minorDigits, QString *why)
{
    QString value = text.trimmed();
    value.remove(QLatin1Char(' '));
    value.remove(QLatin1Char(',')); // thousands separators, as spreadsheets write them
    static const QRegularExpression pattern(u"^([0-9]{1,15})(?:\\.([0-9]+))?$"_s);
    const QRegularExpressionMatch match = pattern.match(value);
    if (!match.hasMatch()) {
        *why = u"lifetime_value '%1' is not a number of zero or more"_s.arg(text);
        return std::nullopt;
    }
    const QString fraction = match.captured(2);
    if (fraction.size() > minorDigits) {
        *why = u"lifetime_value '%1' has more decimals than its currency allows (%2)"_s.arg(text).arg(
            minorDigits);
        return std::nullopt;
    }
    qint64 amount = match.captured(1).toLongLong();
    for (int i = 0; i < minorDigits; ++i)
        amount = amount * 10 + (i < fraction.size() ? fraction.at(i).digitValue() : 0);
    return amount;
}

QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(QLatin1Char(';'))) {
        if (!item.trimmed().isEmpty())
            items << item.trimmed();
    }
    return items;
}

ParsedRow RowParser::parse(const CsvRecord &record, qint64 createdAtMs) const
{
    ParsedRow row;
    row.line = record.line;
    Customer &customer = row.customer;
    customer.givenName = field(record, Column::GivenName);
    customer.familyName = field(record, Column::FamilyName);
    customer.company = field(record, Column::Company);
    customer.createdAtMs = createdAtMs;

    if (const QString language = field(record, Column::Language); !language.isEmpty())
        customer.preferredLanguage = language.toLower();

    if (const QString text = field(record, Column::Segment); !text.isEmpty()) {
        const auto segment = segmentFromKey(keyForm(text));
        if (!segment) {
            row.error = u"segment '%1' is not one of consumer, small-business, corporate, "
                        "public-sector"_s.arg(text);
            return row;
        }
        customer.segment = *segment;
    }
    if (const QString text = field(record, Column::ValueTier); !text.isEmpty()) {
        const auto tier = valueTierFromKey(keyForm(text));
        if (!tier) {
            row.error = u"value_tier '%1' is not one of bronze, silver, gold, platinum"_s.arg(text);
            return row;
        }
        customer.valueTier = *tier;
    }
    if (const QString currency = field(record, Column::Currency); !currency.isEmpty())
        customer.currency = currency.toUpper();
    if (const QString text = field(record, Column::LifetimeValue); !text.isEmpty()) {
        const auto amount = parseAmount(text, currencyMinorDigits(customer.currency), &row.error);
        if (!amount)
            return row;
        customer.lifetimeValueMinor = *amount;
    }

    const struct
    {
        Column column;
        const char *name;
        bool *target;
    } flags[] = {{Column::Vip, "vip", &customer.vip},
                 {Column::MarketingConsent, "marketing_consent", &customer.marketingConsent},
                 {Column::RecordingConsent, "recording_consent", &customer.recordingConsent}};
    for (const auto &flag : flags) {
        const QString text = field(record, flag.column);
        if (text.isEmpty())
            continue;
        const auto value = parseFlag(text);
        if (!value) {
            row.error = u"%1 '%2' is not yes/no, true/false or 1/0"_s.arg(QLatin1String(flag.name), text);
            return row;
        }
        *flag.target = *value;
    }

    QString region = field(record, Column::Region).toUpper();
    if (!region.isEmpty()) {
        static const QRegularExpression twoLetters(u"^[A-Z]{2}$"_s);
        if (!twoLetters.match(region).hasMatch()) {
            row.error = u"region '%1' is not a two-letter region code such as KR or US"_s.arg(region);
            return row;
        }
    } else {
        region =
            m_defaultRegion.isEmpty() ? QString::fromUtf16(PhoneNumbers::DefaultRegion) : m_defaultRegion;
    }

    for (const QString &phone : splitList(field(record, Column::Phone))) {
        const auto e164 = PhoneNumbers::toE164(phone, region);
        if (!e164 || !ContactPoint::isE164(*e164)) {
            row.error = u"phone '%1' is not a phone number (region %2)"_s.arg(phone, region);
            return row;
        }
        ContactPoint point;
        point.kind = ContactKind::Phone;
        point.value = *e164;
        point.primary = customer.contactPoints.isEmpty();
        customer.contactPoints.append(point);
    }
    bool firstEmail = true;
    for (const QString &email : splitList(field(record, Column::Email))) {
        ContactPoint point;
        point.kind = ContactKind::Email;
        point.value = ContactPoint::normalizeEmail(email);
        point.primary = firstEmail;
        firstEmail = false;
        if (point.validate()) {
            row.error = u"email '%1' is not an e-mail address"_s.arg(email);
            return row;
        }
        customer.contactPoints.append(point);
    }

    if (auto error = customer.validate())
        row.error = error->message;
    return row;
}

// The first line of text whose bytes are not valid UTF-8, or 0.
int firstInvalidUtf8Line(const QByteArray &data)
{
    int line = 1;
    for (const QByteArray &bytes : data.split('\n')) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder.decode(bytes);
        Q_UNUSED(decoded);
        if (decoder.hasError())
            return line;
        ++line;
    }
    return 0;
}

CsvImportReport refuse(const QString &why)
{
    CsvImportReport report;
    report.refused = true;
    report.refusal = why;
    return report;
}

} // namespace

CustomerCsvImporter::CustomerCsvImporter(Database &database, const QString &defaultRegion,
                                         qint64 importedAtMs)
    : m_database(database)
    , m_defaultRegion(defaultRegion.trimmed().toUpper())
    , m_importedAtMs(importedAtMs)
{}

QStringList CustomerCsvImporter::knownColumns()
{
    QStringList names;
    for (const ColumnName &column : columnNames)
        names << QString::fromUtf16(column.name);
    return names;
}

CsvImportReport CustomerCsvImporter::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(u"cannot read '%1': %2"_s.arg(path, file.errorString()));
    return importData(file.readAll());
}

CsvImportReport CustomerCsvImporter::importData(const QByteArray &data)
{
    if (data.trimmed().isEmpty())
        return refuse(u"the file is empty"_s);
    if (data.contains('\0'))
        return refuse(u"the file is binary (it contains NUL bytes), not CSV text"_s);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError()) {
        return refuse(
            u"line %1 is not UTF-8 text; save the file as \"CSV UTF-8\""_s.arg(firstInvalidUtf8Line(data)));
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    const CsvReader::Result csv = CsvReader::read(text);
    if (!csv.fatalError.isEmpty())
        return refuse(u"the file is not valid CSV: %1"_s.arg(csv.fatalError));
    if (csv.records.isEmpty())
        return refuse(u"the file has no header row"_s);

    // The header: every column must be known, so that a misspelt one is not silently dropped.
    const CsvRecord &header = csv.records.constFirst();
    if (!header.error.isEmpty())
        return refuse(u"the header row on line %1 is malformed: %2"_s.arg(header.line).arg(header.error));
    QHash<Column, int> columns;
    QStringList unknown;
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString name = keyForm(header.fields.at(i)).replace(QLatin1Char('-'), QLatin1Char('_'));
        const auto known =
            std::find_if(std::begin(columnNames), std::end(columnNames),
                         [&](const ColumnName &column) { return name == QStringView(column.name); });
        if (known == std::end(columnNames)) {
            unknown << header.fields.at(i).trimmed();
            continue;
        }
        if (columns.contains(known->column))
            return refuse(u"the header names column '%1' twice"_s.arg(name));
        columns.insert(known->column, int(i));
    }
    if (columns.isEmpty()) {
        QString firstLine = header.fields.join(QLatin1Char(','));
        if (firstLine.size() > 60)
            firstLine = firstLine.left(57) + u"..."_s;
        return refuse(u"no recognisable header row (the first line is '%1'); the header names the "
                      "columns, e.g. given_name,family_name,phone,email"_s.arg(firstLine));
    }
    if (!unknown.isEmpty()) {
        return refuse(u"unknown column(s) %1 in the header; known columns are %2"_s.arg(
            unknown.join(u", "_s), knownColumns().join(u", "_s)));
    }
    if (!columns.contains(Column::GivenName) && !columns.contains(Column::FamilyName)
        && !columns.contains(Column::Company)) {
        return refuse(u"the header has none of given_name, family_name, company: no row could "
                      "name a customer"_s);
    }

    CsvImportReport report;
    const RowParser parser(columns, m_defaultRegion);
    QList<ParsedRow> valid;
    QHash<QString, int> seenInFile; // "kind value" -> line
    CustomerRepository customers(m_database);

    for (qsizetype r = 1; r < csv.records.size(); ++r) {
        const CsvRecord &record = csv.records.at(r);
        const bool blank = std::all_of(record.fields.cbegin(), record.fields.cend(),
                                       [](const QString &field) { return field.trimmed().isEmpty(); });
        if (blank && record.error.isEmpty())
            continue;
        ++report.rows;
        if (!record.error.isEmpty()) {
            report.rejected.append({record.line, record.error});
            continue;
        }
        if (record.fields.size() != header.fields.size()) {
            report.rejected.append(
                {record.line, u"the row has %1 fields, the header has %2"_s.arg(record.fields.size())
                                  .arg(header.fields.size())});
            continue;
        }
        ParsedRow row = parser.parse(record, m_importedAtMs);
        if (!row.error.isEmpty()) {
            report.rejected.append({row.line, row.error});
            continue;
        }

        QString duplicate;
        for (const ContactPoint &point : row.customer.contactPoints) {
            const QString key = contactKindKey(point.kind) + QLatin1Char(' ') + point.value;
            if (const int earlier = seenInFile.value(key); earlier > 0) {
                duplicate =
                    u"%1 %2 is also on line %3 of this file"_s.arg(contactKindKey(point.kind), point.value)
                        .arg(earlier);
                break;
            }
            auto stored = customers.findByContactPoint(point.kind, point.value);
            if (stored) {
                duplicate = u"%1 %2 already belongs to customer %3 (%4)"_s
                                .arg(contactKindKey(point.kind), point.value)
                                .arg(stored->id)
                                .arg(stored->displayName());
                break;
            }
            if (!stored.isNotFound())
                return refuse(u"cannot read the database: %1"_s.arg(stored.error().message));
        }
        if (!duplicate.isEmpty()) {
            report.rejected.append({row.line, duplicate});
            continue;
        }
        for (const ContactPoint &point : row.customer.contactPoints)
            seenInFile.insert(contactKindKey(point.kind) + QLatin1Char(' ') + point.value, row.line);
        valid.append(row);
    }

    int imported = 0;
    QList<CsvImportIssue> failedWrites;
    auto error = m_database.transaction([&]() -> std::optional<DomainError> {
        for (ParsedRow &row : valid) {
            // Each insert is its own savepoint: a row the database refuses is reported and the
            // others still go in.
            if (auto rowError = customers.insert(row.customer, m_defaultRegion))
                failedWrites.append({row.line, rowError->message});
            else
                ++imported;
        }
        return std::nullopt;
    });
    if (error) {
        CsvImportReport failed =
            refuse(u"the database refused the import (%1); nothing was imported"_s.arg(error->message));
        failed.rows = report.rows;
        return failed;
    }
    report.imported = imported;
    report.rejected += failedWrites;
    std::sort(report.rejected.begin(), report.rejected.end(),
              [](const CsvImportIssue &a, const CsvImportIssue &b) { return a.line < b.line; });
    return report;
}

} // namespace ContactDesk
