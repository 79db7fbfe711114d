// Customer CSV import on real files: the fixtures in data/ plus binary and non-UTF-8 files made
// here. Every refused file must leave the database exactly as it was.
#include "store/csvreader.h"
#include "store/customercsvimporter.h"
#include "store/customerrepository.h"
#include "store/database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ContactDesk;
using namespace Qt::StringLiterals;

static constexpr qint64 ImportedAt = 1767225600000;

#define VERIFY_OK(expression)                                         \
    do {                                                              \
        const std::optional<DomainError> error_ = (expression);       \
        QVERIFY2(!error_, error_ ? qPrintable(error_->message) : ""); \
    } while (false)

static QString fixture(const QString &name)
{
    return QStringLiteral(CONTACTDESK_TEST_DATA_DIR) + u'/' + name;
}

static QString describe(const CsvImportReport &report)
{
    QStringList lines;
    if (report.refused)
        lines << u"refused: "_s + report.refusal;
    for (const CsvImportIssue &issue : report.rejected)
        lines << u"line %1: %2"_s.arg(issue.line).arg(issue.reason);
    return lines.join(u'\n');
}

class TestCustomerCsvImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void readerFollowsRfc4180_data();
    void readerFollowsRfc4180();
    void readerReportsMalformedRecords();

    void goodFileImportsEveryRow();
    void importingTwiceAddsNobodyTwice();
    void badRowsAreSkippedWithLineAndReason();
    void defaultRegionReadsNationalNumbers();
    void fileThatIsNotCsvChangesNothing_data();
    void fileThatIsNotCsvChangesNothing();

private:
    qint64 customerCount();

    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<Database> m_database;
};

void TestCustomerCsvImport::init()
{
    m_folder = std::make_unique<QTemporaryDir>();
    QVERIFY(m_folder->isValid());
    m_database = std::make_unique<Database>();
    VERIFY_OK(m_database->open(m_folder->filePath(u"import.sqlite"_s)));
}

void TestCustomerCsvImport::cleanup()
{
    m_database.reset();
    m_folder.reset();
}

qint64 TestCustomerCsvImport::customerCount()
{
    CustomerRepository customers(*m_database);
    auto count = customers.count();
    return count ? count.value() : -1;
}

void TestCustomerCsvImport::readerFollowsRfc4180_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::addColumn<QList<int>>("lines");

    QTest::newRow("plain") << u"a,b,c\n1,2,3\n"_s
                           << QList<QStringList>{{u"a"_s, u"b"_s, u"c"_s}, {u"1"_s, u"2"_s, u"3"_s}}
                           << QList<int>{1, 2};
    QTest::newRow("crlf, no final newline")
        << u"a,b\r\n1,2"_s << QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}} << QList<int>{1, 2};
    QTest::newRow("quoted comma and quote")
        << u"\"x, y\",\"say \"\"hi\"\"\"\n"_s << QList<QStringList>{{u"x, y"_s, u"say \"hi\""_s}}
        << QList<int>{1};
    QTest::newRow("newline inside quotes")
        << u"\"two\r\nlines\",b\nnext,row\n"_s
        << QList<QStringList>{{u"two\nlines"_s, u"b"_s}, {u"next"_s, u"row"_s}} << QList<int>{1, 3};
    QTest::newRow("empty fields") << u",,\n"_s << QList<QStringList>{{QString(), QString(), QString()}}
                                  << QList<int>{1};
    QTest::newRow("blank lines skipped")
        << u"a\n\n\r\nb\n"_s << QList<QStringList>{{u"a"_s}, {u"b"_s}} << QList<int>{1, 4};
    QTest::newRow("korean") << u"이름,회사\n김민준,\"한빛, 전자\"\n"_s
                            << QList<QStringList>{{u"이름"_s, u"회사"_s}, {u"김민준"_s, u"한빛, 전자"_s}}
                            << QList<int>{1, 2};
    QTest::newRow("old mac line ends")
        << u"a,b\r1,2\r"_s << QList<QStringList>{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}} << QList<int>{1, 2};
}

void TestCustomerCsvImport::readerFollowsRfc4180()
{
    QFETCH(QString, text);
    QFETCH(QList<QStringList>, records);
    QFETCH(QList<int>, lines);

    const CsvReader::Result result = CsvReader::read(text);
    QCOMPARE(result.fatalError, QString());
    QCOMPARE(result.records.size(), records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        QCOMPARE(result.records.at(i).fields, records.at(i));
        QCOMPARE(result.records.at(i).line, lines.at(i));
        QCOMPARE(result.records.at(i).error, QString());
    }
}

void TestCustomerCsvImport::readerReportsMalformedRecords()
{
    const CsvReader::Result result = CsvReader::read(u"a,b\n\"x\"y,z\nok,\"fine\"\nq\"uote,w\n"_s);
    QCOMPARE(result.fatalError, QString());
    QCOMPARE(result.records.size(), 4);
    QVERIFY(result.records.at(1).error.contains(u"closing quote"_s));
    QCOMPARE(result.records.at(1).line, 2);
    QCOMPARE(result.records.at(2).fields, (QStringList{u"ok"_s, u"fine"_s}));
    QCOMPARE(result.records.at(2).error, QString());
    QVERIFY(result.records.at(3).error.contains(u"does not start with one"_s));

    const CsvReader::Result open = CsvReader::read(u"a,b\n1,2\n\"never closed,3\n4,5\n"_s);
    QCOMPARE(open.fatalLine, 3);
    QVERIFY(open.fatalError.contains(u"line 3"_s));
}

void TestCustomerCsvImport::goodFileImportsEveryRow()
{
    CustomerCsvImporter importer(*m_database, u"KR"_s, ImportedAt);
    const CsvImportReport report = importer.importFile(fixture(u"customers_good.csv"_s));
    QVERIFY2(report.allImported(), qPrintable(describe(report)));
    QCOMPARE(report.rows, 4);
    QCOMPARE(report.imported, 4);
    QCOMPARE(customerCount(), 4);

    CustomerRepository customers(*m_database);
    auto kim = customers.findByContactPoint(ContactKind::Phone, u"+82 10 1234 5678"_s);
    QVERIFY2(kim.ok(), qPrintable(kim.error().message));
    QCOMPARE(kim->displayName(), u"김민준"_s);
    QCOMPARE(kim->company, u"한빛전자"_s);
    QCOMPARE(kim->segment, Segment::Corporate);
    QCOMPARE(kim->valueTier, ValueTier::Gold);
    QCOMPARE(kim->lifetimeValueMinor, 1234500);
    QCOMPARE(kim->vip, true);
    QCOMPARE(kim->marketingConsent, false);
    QCOMPARE(kim->recordingConsent, true);
    QCOMPARE(kim->createdAtMs, ImportedAt);
    QCOMPARE(kim->contactPoints.at(1).value, u"min.kim@hanbit.kr"_s);

    // The row's region (US) reads its national number; 1234.56 USD is 123456 cents.
    auto emily = customers.findByContactPoint(ContactKind::Email, u"EMILY@ACME.COM"_s);
    QVERIFY2(emily.ok(), qPrintable(emily.error().message));
    QCOMPARE(emily->company, u"Acme, Inc."_s);
    QCOMPARE(emily->preferredLanguage, u"en"_s);
    QCOMPARE(emily->segment, Segment::SmallBusiness);
    QCOMPARE(emily->valueTier, ValueTier::Platinum);
    QCOMPARE(emily->currency, u"USD"_s);
    QCOMPARE(emily->lifetimeValueMinor, 123456);
    QCOMPARE(emily->recordingConsent, false);
    QCOMPARE(emily->contactPoints.constFirst().value, u"+14155550132"_s);

    // A quoted field with quotes, a comma-free line break, two phones and two e-mails.
    auto park = customers.findByContactPoint(ContactKind::Phone, u"02-312-3456"_s);
    QVERIFY2(park.ok(), qPrintable(park.error().message));
    QCOMPARE(park->company, u"\"Best\" Foods\nSeoul Branch"_s);
    QCOMPARE(park->contactPoints.size(), 4);
    QCOMPARE(park->contactPoints.at(0).value, u"+821098765432"_s);
    QVERIFY(park->contactPoints.at(0).primary);
    QVERIFY(!park->contactPoints.at(1).primary);
    QCOMPARE(park->contactPoints.at(3).value, u"s.park@work.example"_s);

    auto lee = customers.findByContactPoint(ContactKind::Phone, u"+1 (212) 555-0199"_s);
    QVERIFY2(lee.ok(), qPrintable(lee.error().message));
    QCOMPARE(lee->preferredLanguage, u"en"_s);
    QCOMPARE(lee->vip, false);
    QCOMPARE(lee->marketingConsent, true);
}

void TestCustomerCsvImport::importingTwiceAddsNobodyTwice()
{
    CustomerCsvImporter importer(*m_database, u"KR"_s, ImportedAt);
    QVERIFY(importer.importFile(fixture(u"customers_good.csv"_s)).allImported());
    const CsvImportReport again = importer.importFile(fixture(u"customers_good.csv"_s));
    QVERIFY(!again.refused);
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.rejected.size(), 4);
    QCOMPARE(again.rejected.at(0).line, 2);
    QVERIFY2(again.rejected.at(0).reason.contains(u"+821012345678 already belongs to customer"_s),
             qPrintable(describe(again)));
    QCOMPARE(again.rejected.at(2).line, 4);
    QCOMPARE(again.rejected.at(3).line, 7);
    QCOMPARE(customerCount(), 4);
}

void TestCustomerCsvImport::badRowsAreSkippedWithLineAndReason()
{
    CustomerCsvImporter importer(*m_database, u"KR"_s, ImportedAt);
    const CsvImportReport report = importer.importFile(fixture(u"customers_mixed.csv"_s));
    QVERIFY2(!report.refused, qPrintable(report.refusal));
    QCOMPARE(report.rows, 13);
    QCOMPARE(report.imported, 2);

    const QList<std::pair<int, QString>> expected = {
        {3, u"phone '123' is not a phone number"_s},
        {4, u"email 'not-an-email' is not an e-mail address"_s},
        {5, u"segment 'vip-club' is not one of"_s},
        {6, u"the row has 3 fields, the header has 9"_s},
        {7, u"vip 'maybe' is not yes/no"_s},
        {8, u"lifetime_value '12.5' has more decimals than its currency allows (0)"_s},
        {9, u"needs a given name, a family name or a company"_s},
        {10, u"phone +821012345678 is also on line 2 of this file"_s},
        {11, u"text follows the closing quote of field 2"_s},
        {12, u"region 'KOR' is not a two-letter region code"_s},
        {14, u"field 2 has a quote but does not start with one"_s},
    };
    QCOMPARE(report.rejected.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(report.rejected.at(i).line, expected.at(i).first);
        QVERIFY2(report.rejected.at(i).reason.contains(expected.at(i).second), qPrintable(describe(report)));
    }

    CustomerRepository customers(*m_database);
    QCOMPARE(customerCount(), 2);
    auto emily = customers.findByContactPoint(ContactKind::Phone, u"+1 415 555 0132"_s);
    QVERIFY(emily.ok());
    QCOMPARE(emily->lifetimeValueMinor, 9999);
    QCOMPARE(emily->segment, Segment::SmallBusiness);
    QVERIFY(customers.findByContactPoint(ContactKind::Phone, u"010-2222-3333"_s).isNotFound());
}

void TestCustomerCsvImport::defaultRegionReadsNationalNumbers()
{
    const QString path = m_folder->filePath(u"us.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("given_name,phone\nEmily,(415) 555-0132\nMinjun,010-1234-5678\n");
    file.close();

    CustomerCsvImporter importer(*m_database, u"us"_s, ImportedAt);
    const CsvImportReport report = importer.importFile(path);
    QCOMPARE(report.imported, 1);
    QCOMPARE(report.rejected.size(), 1);
    QCOMPARE(report.rejected.constFirst().line, 3);
    QVERIFY2(report.rejected.constFirst().reason.contains(u"(region US)"_s), qPrintable(describe(report)));
    CustomerRepository customers(*m_database);
    QVERIFY(customers.findByContactPoint(ContactKind::Phone, u"+14155550132"_s).ok());
}

void TestCustomerCsvImport::fileThatIsNotCsvChangesNothing_data()
{
    QTest::addColumn<QString>("fixtureName"); // a file in data/, or empty to use `bytes`
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("because");

    QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000010000000100806000000");
    png += QByteArray(64, '\0');
    QTest::newRow("binary") << QString() << png << u"binary"_s;
    QTest::newRow("latin-1") << QString()
                             << QByteArray("given_name,family_name\nJos\xe9,Garc\xed"
                                           "a\n")
                             << u"line 2 is not UTF-8"_s;
    QTest::newRow("empty") << QString() << QByteArray("\n \r\n") << u"empty"_s;
    QTest::newRow("unterminated quote") << u"customers_unterminated.csv"_s << QByteArray()
                                        << u"the quoted field that starts on line 3 is never closed"_s;
    QTest::newRow("no header") << u"customers_no_header.csv"_s << QByteArray()
                               << u"no recognisable header row"_s;
    QTest::newRow("unknown column") << u"customers_unknown_column.csv"_s << QByteArray()
                                    << u"unknown column(s) emial"_s;
    QTest::newRow("no name column") << QString() << QByteArray("phone,email\n010-1234-5678,a@b.kr\n")
                                    << u"none of given_name, family_name, company"_s;
    QTest::newRow("column twice") << QString() << QByteArray("given_name,phone,Phone\nA,010-1234-5678,\n")
                                  << u"names column 'phone' twice"_s;
    QTest::newRow("missing file") << u"no-such-file.csv"_s << QByteArray() << u"cannot read"_s;
}

void TestCustomerCsvImport::fileThatIsNotCsvChangesNothing()
{
    QFETCH(QString, fixtureName);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, because);

    // Something already accepted, which a refused file must not disturb.
    CustomerRepository customers(*m_database);
    Customer existing;
    existing.givenName = u"Existing"_s;
    VERIFY_OK(customers.insert(existing));

    QString path = fixtureName.isEmpty() ? QString() : fixture(fixtureName);
    if (path.isEmpty()) {
        path = m_folder->filePath(u"input.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    CustomerCsvImporter importer(*m_database, QString(), ImportedAt);
    const CsvImportReport report = importer.importFile(path);
    QVERIFY(report.refused);
    QVERIFY2(report.refusal.contains(because), qPrintable(report.refusal));
    QCOMPARE(report.imported, 0);
    QVERIFY(!report.allImported());
    QCOMPARE(customerCount(), 1);
    QVERIFY(customers.findById(existing.id).ok());
}

QTEST_GUILESS_MAIN(TestCustomerCsvImport)
#include "tst_customercsvimport.moc"
