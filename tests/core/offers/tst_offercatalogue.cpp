// The JSON catalogue: the demo catalogue reads, a catalogue survives a round trip, and every
// kind of broken file is refused with an error that names the place of the problem.
#include "offers/offercatalogue.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace ContactDesk;
using namespace Qt::StringLiterals;

static const QString DemoCatalogue = QStringLiteral(CONTACTDESK_SOURCE_DIR "/resources/demo/offers.json");

// A small valid catalogue; the error rows below break one thing in it.
static QByteArray validCatalogue()
{
    return R"({
  "version": 1,
  "currency": "KRW",
  "products": [
    {"id": "internet-500m", "name_en": "Internet 500M", "name_ko": "인터넷 500M"},
    {"id": "iptv-basic", "name_en": "IPTV Basic", "name_ko": "IPTV 베이직"}
  ],
  "offers": [
    {"id": "cross-iptv", "name_en": "Add IPTV", "name_ko": "IPTV 추가", "category": "cross-sell",
     "product": "iptv-basic", "margin_minor": 120000, "valid_from": "2026-01-01", "valid_until": "2026-12-31",
     "eligibility": {"owned_any": ["internet-500m"], "segments": ["consumer"], "channels": ["voice", "chat"],
                     "min_tenure_days": 30}},
    {"id": "renew", "name_en": "Renew", "name_ko": "재약정", "category": "renewal", "product": "internet-500m",
     "margin_minor": 300000, "consent": "none", "cooldown_days": 60, "prior_acceptance": 0.25,
     "valid_from": "2026-01-01T09:00:00+09:00", "active": false}
  ]
})";
}

class TestOfferCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAValidCatalogue();
    void readsTheDemoCatalogue();
    void roundTrip();
    void refusesBrokenDocuments_data();
    void refusesBrokenDocuments();
    void fileErrorsNameTheFile();
};

void TestOfferCatalogue::readsAValidCatalogue()
{
    auto catalogue = OfferCatalogue::fromJson(validCatalogue());
    QVERIFY2(catalogue.ok(), qPrintable(catalogue.error().message));
    QCOMPARE(catalogue->products.size(), 2);
    QCOMPARE(catalogue->offers.size(), 2);

    const Offer &iptv = catalogue->offers.at(0);
    QCOMPARE(iptv.category, OfferCategory::CrossSell);
    QCOMPARE(iptv.marginMinor, 120'000);
    QCOMPARE(iptv.currency, u"KRW"_s);
    QCOMPARE(iptv.requiredConsent, OfferConsent::Marketing); // the safe default
    QCOMPARE(iptv.cooldownDays, 30);
    QCOMPARE(iptv.validFromMs, 1767225600000);  // 2026-01-01 00:00 UTC
    QCOMPARE(iptv.validUntilMs, 1798761600000); // through 2026-12-31: up to 2027-01-01 00:00 UTC
    QCOMPARE(iptv.rules.ownedAny, QStringList{u"internet-500m"_s});
    QCOMPARE(iptv.rules.segments, QList<Segment>{Segment::Consumer});
    QCOMPARE(iptv.rules.channels, (QList<Channel>{Channel::Voice, Channel::Chat}));
    QCOMPARE(iptv.rules.minTenureDays, 30);
    QVERIFY(iptv.active);

    const Offer &renew = catalogue->offers.at(1);
    QCOMPARE(renew.requiredConsent, OfferConsent::None);
    QCOMPARE(renew.cooldownDays, 60);
    QCOMPARE(renew.priorAcceptance, 0.25);
    QCOMPARE(renew.validFromMs, 1767225600000);
    QCOMPARE(renew.validUntilMs, 0);
    QVERIFY(!renew.active);
}

void TestOfferCatalogue::readsTheDemoCatalogue()
{
    auto catalogue = OfferCatalogue::readFile(DemoCatalogue);
    QVERIFY2(catalogue.ok(), qPrintable(catalogue.error().message));
    QVERIFY(catalogue->offers.size() >= 20);
    QSet<OfferCategory> categories;
    QSet<QString> productIds;
    for (const OfferProduct &product : std::as_const(catalogue->products)) {
        QVERIFY(!product.nameEn.isEmpty());
        QVERIFY(!product.nameKo.isEmpty());
        productIds.insert(product.id);
    }
    for (const Offer &offer : std::as_const(catalogue->offers)) {
        categories.insert(offer.category);
        QVERIFY2(productIds.contains(offer.productId), qPrintable(offer.id));
        for (const QString &owned : offer.rules.ownedAny)
            QVERIFY2(productIds.contains(owned), qPrintable(offer.id + u": "_s + owned));
    }
    QCOMPARE(categories.size(), OfferCategoryCount); // every kind of offer is shown
}

void TestOfferCatalogue::roundTrip()
{
    auto catalogue = OfferCatalogue::readFile(DemoCatalogue);
    QVERIFY(catalogue.ok());
    const QByteArray written = QJsonDocument(catalogue->toJson()).toJson();
    auto again = OfferCatalogue::fromJson(written);
    QVERIFY2(again.ok(), qPrintable(again.error().message));
    QCOMPARE(again->products, catalogue->products);
    QCOMPARE(again->offers, catalogue->offers);
}

void TestOfferCatalogue::refusesBrokenDocuments_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("expected");

    QTest::newRow("not JSON") << u"\"offers\": ["_s << u"\"offers\": [[,"_s
                              << u"line 8, column 16: not valid JSON"_s;
    QTest::newRow("unknown top-level key")
        << u"\"currency\""_s << u"\"curency\""_s << u"(top level): unknown key 'curency'"_s;
    QTest::newRow("offers not an array") << QString() << u"{\"offers\": {\"a\": 1}}"_s
                                         << u"offers: must be an array of offers, not an object"_s;
    QTest::newRow("not an object") << QString() << u"[1, 2]"_s << u"the document must be a JSON object"_s;
    QTest::newRow("unknown category")
        << u"\"cross-sell\""_s << u"\"crosssell\""_s
        << u"offers[0].category: unknown category 'crosssell' (one of up-sell,"_s;
    QTest::newRow("margin as text") << u"120000"_s << u"\"120000\""_s
                                    << u"offers[0].margin_minor: must be a whole number, not a string"_s;
    QTest::newRow("fractional margin")
        << u"120000"_s << u"1200.5"_s << u"offers[0].margin_minor: must be a whole number"_s;
    QTest::newRow("negative margin") << u"120000"_s << u"-1"_s
                                     << u"offers[0].margin_minor: -1 is out of range"_s;
    QTest::newRow("missing product") << u"\"product\": \"internet-500m\","_s << QString()
                                     << u"offers[1]: 'product' is missing"_s;
    QTest::newRow("unknown segment") << u"[\"consumer\"]"_s << u"[\"consumer\", \"vip\"]"_s
                                     << u"offers[0].eligibility.segments[1]: unknown segment 'vip'"_s;
    QTest::newRow("unknown channel") << u"\"chat\"]"_s << u"\"fax\"]"_s
                                     << u"offers[0].eligibility.channels[1]: unknown channel 'fax'"_s;
    QTest::newRow("typo in eligibility") << u"\"min_tenure_days\""_s << u"\"min_tenure\""_s
                                         << u"offers[0].eligibility: unknown key 'min_tenure'"_s;
    QTest::newRow("bad date") << u"\"2026-12-31\""_s << u"\"31.12.2026\""_s
                              << u"offers[0].valid_until: '31.12.2026' is not a date"_s;
    QTest::newRow("date-time without offset")
        << u"2026-01-01T09:00:00+09:00"_s << u"2026-01-01T09:00:00"_s
        << u"offers[1].valid_from: '2026-01-01T09:00:00' is not a date"_s;
    QTest::newRow("ends before it starts") << u"\"2026-12-31\""_s << u"\"2025-12-31\""_s
                                           << u"offers[0]: offer 'cross-iptv': it must end after it starts"_s;
    QTest::newRow("unknown consent") << u"\"consent\": \"none\""_s << u"\"consent\": \"maybe\""_s
                                     << u"offers[1].consent: unknown consent 'maybe'"_s;
    QTest::newRow("prior as a percentage")
        << u"0.25"_s << u"25"_s << u"offers[1].prior_acceptance: must be a number from 0.001"_s;
    QTest::newRow("duplicate offer id") << u"\"id\": \"renew\""_s << u"\"id\": \"cross-iptv\""_s
                                        << u"offers[1].id: offer 'cross-iptv' is listed twice"_s;
    QTest::newRow("bad offer id") << u"\"id\": \"renew\""_s << u"\"id\": \"Renew Now\""_s
                                  << u"offers[1].id: 'Renew Now' is not an id"_s;
    QTest::newRow("product without Korean name")
        << u", \"name_ko\": \"IPTV 베이직\""_s << QString() << u"products[1]: 'name_ko' is missing"_s;
    QTest::newRow("duplicate product") << u"\"id\": \"iptv-basic\""_s << u"\"id\": \"internet-500m\""_s
                                       << u"products[1].id: product 'internet-500m' is listed twice"_s;
    QTest::newRow("active as text") << u"\"active\": false"_s << u"\"active\": \"no\""_s
                                    << u"offers[1].active: must be true or false, not a string"_s;
    QTest::newRow("region in lower case")
        << u"\"min_tenure_days\": 30"_s << u"\"min_tenure_days\": 30, \"regions\": [\"kr\"]"_s
        << u"offers[0].eligibility.regions[0]: 'kr' is not a two-letter"_s;
    QTest::newRow("version 2") << u"\"version\": 1"_s << u"\"version\": 2"_s
                               << u"version: 2 is out of range"_s;
}

void TestOfferCatalogue::refusesBrokenDocuments()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, expected);
    // an empty `from` replaces the whole document
    QString text = from.isEmpty() ? to : QString::fromUtf8(validCatalogue());
    if (!from.isEmpty()) {
        QVERIFY2(text.contains(from), qPrintable(from));
        text.replace(text.indexOf(from), from.size(), to);
    }
    auto catalogue = OfferCatalogue::fromJson(text.toUtf8());
    QVERIFY(!catalogue.ok());
    QCOMPARE(catalogue.error().code, OfferErrorCode::InvalidCatalogue.toString());
    QVERIFY2(catalogue.error().message.startsWith(expected) || catalogue.error().message.contains(expected),
             qPrintable(catalogue.error().message));
}

void TestOfferCatalogue::fileErrorsNameTheFile()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString missing = folder.filePath(u"missing.json"_s);
    auto notThere = OfferCatalogue::readFile(missing);
    QVERIFY(!notThere.ok());
    QVERIFY2(notThere.error().message.startsWith(missing + u": cannot be read"_s),
             qPrintable(notThere.error().message));

    const QString broken = folder.filePath(u"broken.json"_s);
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QString::fromUtf8(validCatalogue())
                   .replace(u"\"vip\""_s, u"x"_s)
                   .replace(u"consumer"_s, u"vip"_s)
                   .toUtf8());
    file.close();
    auto refused = OfferCatalogue::readFile(broken);
    QVERIFY(!refused.ok());
    QCOMPARE(
        refused.error().message,
        broken
            + u": offers[0].eligibility.segments[0]: unknown segment 'vip' (one of consumer, small-business, "
              u"corporate, public-sector)"_s);
}

QTEST_APPLESS_MAIN(TestOfferCatalogue)
#include "tst_offercatalogue.moc"
