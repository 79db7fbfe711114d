#include "phone/phonenumbers.h"

#include <QTest>

using namespace ContactDesk;

class TestPhoneNumbers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writtenFormsReachTheSameE164_data();
    void writtenFormsReachTheSameE164();
    void parseGivesEveryFormat();
    void oddInputIsRefusedClearly_data();
    void oddInputIsRefusedClearly();
    void parsedButInvalidSaysWhy();
    void formatsForTheAgentsRegion();
    void exampleNumbersAreValid();
};

void TestPhoneNumbers::writtenFormsReachTheSameE164_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("e164");
    const QString kr = QStringLiteral("KR");
    const QString mobile = QStringLiteral("+821023456789");
    QTest::newRow("national dashes") << QStringLiteral("010-2345-6789") << kr << mobile;
    QTest::newRow("national plain") << QStringLiteral("01023456789") << kr << mobile;
    QTest::newRow("spaces") << QStringLiteral("010 2345 6789") << kr << mobile;
    QTest::newRow("international") << QStringLiteral("+82 10-2345-6789") << kr << mobile;
    QTest::newRow("international from US") << QStringLiteral("+82 10 2345 6789") << QStringLiteral("US")
                                                                                                   << mobile;
    QTest::newRow("parentheses") << QStringLiteral("(010) 2345-6789") << kr << mobile;
    QTest::newRow("seoul landline") << QStringLiteral("02-312-3456") << kr << QStringLiteral("+8223123456");
    QTest::newRow("us national") << QStringLiteral("(415) 555-2671")
                                                   << QStringLiteral("US") << QStringLiteral("+14155552671");
    QTest::newRow("us dotted") << QStringLiteral("415.555.2671")
                                                 << QStringLiteral("us") << QStringLiteral("+14155552671");
    QTest::newRow("us with 1") << QStringLiteral("1-415-555-2671")
                                                 << QStringLiteral("US") << QStringLiteral("+14155552671");
}

void TestPhoneNumbers::writtenFormsReachTheSameE164()
{
    QFETCH(QString, written);
    QFETCH(QString, region);
    QFETCH(QString, e164);
    QCOMPARE(PhoneNumbers::toE164(written, region).value_or(QString()), e164);
}

void TestPhoneNumbers::parseGivesEveryFormat()
{
    const PhoneNumberInfo info = PhoneNumbers::parse(QStringLiteral("010-2345-6789"));
    QVERIFY(info.parsed);
    QVERIFY(info.valid);
    QCOMPARE(info.e164, QStringLiteral("+821023456789"));
    QCOMPARE(info.international, QStringLiteral("+82 10-2345-6789"));
    QCOMPARE(info.national, QStringLiteral("010-2345-6789"));
    QCOMPARE(info.region, QStringLiteral("KR"));
    QCOMPARE(info.type, PhoneNumberType::Mobile);
    QVERIFY(info.error.isEmpty());
}

void TestPhoneNumbers::oddInputIsRefusedClearly_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << QString();
    QTest::newRow("letters") << QStringLiteral("call me maybe");
    QTest::newRow("plus only") << QStringLiteral("+");
    QTest::newRow("one digit") << QStringLiteral("5");
    QTest::newRow("unknown country") << QStringLiteral("+999 123 4567");
    QTest::newRow("far too long") << QStringLiteral("0101234567890123456789");
}

void TestPhoneNumbers::oddInputIsRefusedClearly()
{
    QFETCH(QString, input);
    const PhoneNumberInfo info = PhoneNumbers::parse(input);
    QVERIFY(!info.valid);
    QVERIFY(!info.error.isEmpty());
    QCOMPARE(info.input, input);
    QVERIFY(!PhoneNumbers::toE164(input).has_value());
}

void TestPhoneNumbers::parsedButInvalidSaysWhy()
{
    // A well-formed Korean number with an unassigned prefix: parsed, formatted, but not valid.
    const PhoneNumberInfo info = PhoneNumbers::parse(QStringLiteral("+82 10 1234"));
    QVERIFY(!info.valid);
    QVERIFY(info.error.contains(QStringLiteral("valid")) || !info.parsed);
}

void TestPhoneNumbers::formatsForTheAgentsRegion()
{
    const QString seoul = QStringLiteral("+8223123456");
    QCOMPARE(PhoneNumbers::formatForRegion(seoul, QStringLiteral("KR")), QStringLiteral("02-312-3456"));
    QCOMPARE(PhoneNumbers::formatForRegion(seoul, QStringLiteral("US")), QStringLiteral("+82 2-312-3456"));
    QCOMPARE(PhoneNumbers::regionOf(QStringLiteral("+14155552671")), QStringLiteral("US"));
}

void TestPhoneNumbers::exampleNumbersAreValid()
{
    for (const QString &region : {QStringLiteral("KR"), QStringLiteral("US")}) {
        const QString number = PhoneNumbers::exampleNumber(region, PhoneNumberType::Mobile);
        QVERIFY(!number.isEmpty());
        QVERIFY(PhoneNumbers::parse(number, region).valid);
    }
}

QTEST_APPLESS_MAIN(TestPhoneNumbers)
#include "tst_phonenumbers.moc"
