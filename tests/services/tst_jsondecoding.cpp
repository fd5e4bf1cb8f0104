#include "ApiProbe.h"
#include "AgentStatus.h"
#include "Broker.h"
#include "ClientPolicy.h"
#include "Gateway.h"
#include "JsonDecoding.h"
#include "JsonParserPool.h"
#include "SecondaryConnection.h"
#include "Site.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QtTest>

// The one JSON decoder (simdjson on demand) against QJsonDocument: what one accepts, so does the
// other, and the lenient rules for values.
class TestJsonDecoding : public QObject
{
    Q_OBJECT

private:
    // Reads a list of objects of any shape, validating every value; the number of objects, or -1.
    static int countObjects(const QByteArray &body, QString *error)
    {
        static const Json::KeyTable none{};
        const auto list = Json::decodeList<int>(body, error, [](Json::Object object, Json::Reader &reader, int &, QString *) {
            reader.forEachField(object, none, [](int, Json::Value &) {});
            return true;
        });
        return list ? static_cast<int>(list->size()) : -1;
    }

    static bool qtAcceptsListOfObjects(const QByteArray &body, int *count)
    {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isArray())
            return false;
        const QJsonArray array = document.array();
        for (const auto &value : array) {
            if (!value.isObject())
                return false;
        }
        *count = static_cast<int>(array.size());
        return true;
    }

private slots:
    void edgeCases_data();
    void edgeCases();
    void agreesWithQJsonDocumentOnMutations();
    void recordDecodersRefuseWhatIsNotJson_data();
    void recordDecodersRefuseWhatIsNotJson();
    void lenientValues();
    void keysInAnyCase();
    void fieldsInChangingOrder();
    void keysThatOnlyStartLikeTheExpectedOne();
    void largeAnswerBuffersAreGivenBack();
};

void TestJsonDecoding::edgeCases_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("objects"); // -1: must be refused
    QTest::newRow("empty list") << QByteArray(" [ ] ") << 0;
    QTest::newRow("empty object") << QByteArray("[{}]") << 1;
    QTest::newRow("numbers") << QByteArray(R"([{"a":-0.5e3,"b":0,"c":1E+2,"d":123456789012345678901234567890}])") << 1;
    QTest::newRow("escaped key") << QByteArray(R"([{"\u0069d":1}])") << 1;
    QTest::newRow("utf8 value") << QByteArray("[{\"a\":\"Z\xc3\xbcrich\"}]") << 1;
    QTest::newRow("nested strings with brackets") << QByteArray(R"([{"a":{"b":"]}[{"},"c":[1,"]"]}])") << 1;
    QTest::newRow("trailing comma") << QByteArray(R"([{"a":1},])") << -1;
    QTest::newRow("garbage after") << QByteArray(R"([{"a":1}] x)") << -1;
    QTest::newRow("leading zero") << QByteArray(R"([{"a":01}])") << -1;
    QTest::newRow("bare word") << QByteArray(R"([{"a":nope}])") << -1;
    QTest::newRow("bad word deep inside") << QByteArray(R"([{"a":{"b":[1,{"c":nul}]}}])") << -1;
    QTest::newRow("bad number deep inside") << QByteArray(R"([{"a":[[-]]}])") << -1;
    QTest::newRow("bad escape in unknown key") << QByteArray(R"([{"\x":1}])") << 1; // QJsonDocument lets it pass
    QTest::newRow("missing colon") << QByteArray(R"([{"a" 1}])") << -1;
    // QJsonDocument lets these pass, and so does the decoder (through QJsonDocument's own reading).
    QTest::newRow("control char") << QByteArray("[{\"a\":\"x\ny\"}]") << 1;
    QTest::newRow("unknown escape") << QByteArray(R"([{"a":"\q"}])") << 1;
    QTest::newRow("unterminated") << QByteArray(R"([{"a":"x)") << -1;
    QTest::newRow("invalid utf8 key") << QByteArray("[{\"\xff\":1}]") << -1;
    QTest::newRow("deep nesting inside") << (QByteArray("[{\"a\":") + QByteArray(5000, '[')) << -1;
    QTest::newRow("deep but closed") << (QByteArray("[{\"a\":") + QByteArray(1100, '[') + QByteArray(1100, ']') + "}]") << -1;
    QTest::newRow("as deep as allowed") << (QByteArray("[{\"a\":") + QByteArray(1022, '[') + QByteArray(1022, ']') + "}]") << 1;
    QTest::newRow("one level too deep") << (QByteArray("[{\"a\":") + QByteArray(1023, '[') + QByteArray(1023, ']') + "}]") << -1;
}

void TestJsonDecoding::edgeCases()
{
    QFETCH(QByteArray, body);
    QFETCH(int, objects);
    QString error;
    const int seen = countObjects(body, &error);
    int qtCount = -1;
    const bool qtAccepts = qtAcceptsListOfObjects(body, &qtCount);
    if (objects < 0) {
        QCOMPARE(seen, -1);
        QVERIFY(!error.isEmpty());
        QVERIFY(!qtAccepts); // QJsonDocument agrees that these are not valid JSON
    } else {
        QVERIFY2(seen == objects, qPrintable(error));
        QVERIFY(qtAccepts);
        QCOMPARE(qtCount, objects);
    }
}

void TestJsonDecoding::agreesWithQJsonDocumentOnMutations()
{
    // Differential check: thousands of damaged copies of real answers, read both ways. Whatever
    // QJsonDocument accepts as a list of objects the decoder must accept with as many objects, and
    // whatever it refuses the decoder must refuse, so no answer reads differently on either path.
    const QList<QByteArray> seeds{testData(QStringLiteral("seed001-gateway-list.json")),
                                  testData(QStringLiteral("seed001-broker-status.json")),
                                  QByteArray(R"([{"a":"x\u00e9\"y","b":[1,{"c":null}],"d":-1.5e-3,"e":true},{}])")};
    QRandomGenerator random(20261122);
    const QByteArray alphabet = QByteArrayLiteral("{}[]\",:0123456789-+.eEtrufalsn \\\x80\xc3\xff");
    int agreedValid = 0;
    for (int round = 0; round < 20000; ++round) {
        QByteArray body = seeds.at(round % seeds.size());
        const int edits = 1 + static_cast<int>(random.bounded(3));
        for (int e = 0; e < edits; ++e) {
            const int at = static_cast<int>(random.bounded(static_cast<quint32>(body.size())));
            switch (random.bounded(3)) {
            case 0: body[at] = alphabet.at(static_cast<int>(random.bounded(static_cast<quint32>(alphabet.size())))); break;
            case 1: body.remove(at, 1); break;
            default: body.insert(at, alphabet.at(static_cast<int>(random.bounded(static_cast<quint32>(alphabet.size()))))); break;
            }
        }
        int qtCount = -1;
        const bool qtAccepts = qtAcceptsListOfObjects(body, &qtCount);
        QString error;
        const int decoded = countObjects(body, &error);
        QVERIFY2(qtAccepts == (decoded >= 0),
                 qPrintable(QStringLiteral("QJsonDocument %1, decoder %2 (%3) on: %4")
                                .arg(qtAccepts ? QStringLiteral("accepts") : QStringLiteral("refuses"),
                                     decoded >= 0 ? QStringLiteral("accepts") : QStringLiteral("refuses"), error,
                                     QString::fromLatin1(body.toPercentEncoding()))));
        if (qtAccepts) {
            QCOMPARE(decoded, qtCount);
            ++agreedValid;
        }
        // A record decoder never accepts what QJsonDocument refuses either.
        if (!qtAccepts) {
            QString ignored;
            QVERIFY(!Gateway::listFromJson(body, &ignored));
        }
    }
    QVERIFY(agreedValid > 10); // some mutations stay valid, so both sides of the rule are exercised
}

void TestJsonDecoding::recordDecodersRefuseWhatIsNotJson_data()
{
    QTest::addColumn<QByteArray>("body");
    // Found by fuzz_decoders: a known field's string value followed by a stray `:`. Taking the string
    // from the text without stepping over it let the object's iteration skip the rest unchecked.
    QTest::newRow("colon after a known string") << QByteArray(R"([{"iP":"":],"id":2}])");
    QTest::newRow("colon after a name") << QByteArray(R"([{"name":"x":1}])");
    QTest::newRow("bracket after a string") << QByteArray(R"([{"server":"gw"],"id":2}])");
    QTest::newRow("colon after an unknown string") << QByteArray(R"([{"zz":"":],"id":2}])");
    QTest::newRow("colon after a number") << QByteArray(R"([{"id":1:],"name":"x"}])");
    QTest::newRow("colon after a list") << QByteArray(R"([{"ipList":["a"]:1}])");
}

void TestJsonDecoding::recordDecodersRefuseWhatIsNotJson()
{
    QFETCH(QByteArray, body);
    int qtCount = -1;
    QVERIFY(!qtAcceptsListOfObjects(body, &qtCount));
    QString error;
    QVERIFY(!Broker::listFromJson(body, &error));
    QVERIFY(!Gateway::listFromJson(body, &error));
    QVERIFY(!ClientPolicy::listFromJson(body, &error));
    QVERIFY(!SecondaryConnection::listFromJson(body, &error));
    QVERIFY(!AgentStatus::listFromJson(body, &error));
    QVERIFY(!Site::listFromJson(body, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(countObjects(body, &error) < 0);
}

void TestJsonDecoding::lenientValues()
{
    // One object with every kind of value, read with each conversion.
    const QByteArray body = R"({"i1":7,"i2":" 8 ","i3":2.9,"i4":"x","i5":null,"i6":true,"i7":9000000000,
        "b1":true,"b2":"FALSE","b3":1,"b4":"maybe","b5":null,
        "s1":"text","s2":12.5,"s3":false,"s4":{"x":1},"s5":null,
        "l1":["a",2,null,{}],"l2":"not a list",
        "e1":"gatewaysslmode","e2":2,"e3":"42","e4":"nonsense"})";
    static const Json::KeyTable keys{"i1", "i2", "i3", "i4", "i5", "i6", "i7", "b1", "b2", "b3", "b4", "b5",
                                     "s1", "s2", "s3", "s4", "s5", "l1", "l2", "e1", "e2", "e3", "e4"};
    QVariantList values;
    QStringList problems;
    QString error;
    const auto decoded = Json::decodeObject<int>(body, &error, [&](Json::Object object, Json::Reader &reader, int &, QString *) {
        reader.forEachField(object, keys, [&](int index, Json::Value &value) {
            if (index <= 6)
                values << reader.toInt(value, "int", -1);
            else if (index <= 11)
                values << reader.toBool(value, "bool", false);
            else if (index <= 16)
                values << reader.toString(value, "string");
            else if (index <= 18)
                values << QVariant(reader.toStringList(value, "list"));
            else
                values << reader.toEnum(value, "enum", Ras::secondaryConnectionModeEntries(), -1);
        });
        problems = reader.problems();
        return true;
    });
    QVERIFY2(decoded, qPrintable(error));
    const QVariantList expected{7, 8, 2, -1, -1, -1, -1, true, false, true, false, false,
                                QStringLiteral("text"), QStringLiteral("12.5"), QStringLiteral("false"), QString(), QString(),
                                QVariant(QStringList{QStringLiteral("a"), QStringLiteral("2")}), QVariant(QStringList()),
                                2, 2, 42, -1};
    QCOMPARE(values, expected);
    // Each odd value is noted (the record decides what to make of it); nulls are not odd.
    QCOMPARE(problems.size(), 7);
}

void TestJsonDecoding::keysInAnyCase()
{
    const Json::KeyTable keys{"UserPortalPort", "iPs", "id", "i"};
    QCOMPARE(keys.indexOf("userportalport"), 0);
    QCOMPARE(keys.indexOf("IPS"), 1);
    QCOMPARE(keys.indexOf("ID"), 2);
    QCOMPARE(keys.indexOf("I"), 3);
    QCOMPARE(keys.indexOf("ids"), -1);
    QCOMPARE(keys.indexOf(""), -1);
}

QTEST_GUILESS_MAIN(TestJsonDecoding)
void TestJsonDecoding::fieldsInChangingOrder()
{
    // The decoder tries each key against the field found at the same position of the previous object;
    // objects whose fields move, vanish, change case or are interleaved with unknown ones read the same.
    const QByteArray body = R"([{"id":1,"server":"a","port":10,"enabled":true},
        {"server":"b","id":2,"enabled":false,"port":20},
        {"x":0,"ID":3,"Server":"c"},
        {"id":4,"server":"d","port":40,"enabled":true,"extra":[1,2]},
        {"id":5,"serveR":"e","porT":50,"enabled":false},
        {"port":60,"enabled":true,"server":"f","id":6}])";
    static const Json::KeyTable keys{"enabled", "id", "port", "server"};
    struct Row
    {
        int id = -1;
        QString server;
        int port = -1;
        bool enabled = false;
    };
    QString error;
    const auto rows = Json::decodeList<Row>(body, &error, [](Json::Object object, Json::Reader &reader, Row &row, QString *) {
        reader.forEachField(object, keys, [&](int index, Json::Value &value) {
            switch (index) {
            case 0: row.enabled = reader.toBool(value, "enabled", false); break;
            case 1: row.id = reader.toInt(value, "id", -1); break;
            case 2: row.port = reader.toInt(value, "port", -1); break;
            default: row.server = reader.toString(value, "server"); break;
            }
        });
        return true;
    });
    QVERIFY2(rows, qPrintable(error));
    QCOMPARE(rows->size(), 6);
    const QList<int> ports{10, 20, -1, 40, 50, 60};
    const QList<bool> enabled{true, false, false, true, false, true};
    for (int i = 0; i < 6; ++i) {
        const Row &row = rows->at(i);
        QCOMPARE(row.id, i + 1);
        QCOMPARE(row.server, QString(QLatin1Char(char('a' + i))));
        QCOMPARE(row.port, ports.at(i));
        QCOMPARE(row.enabled, enabled.at(i));
    }
}

void TestJsonDecoding::keysThatOnlyStartLikeTheExpectedOne()
{
    // A key is first compared, where it stands, with the key at the same position of the previous
    // object. Longer keys, shorter ones (the last one reaching into the text's end), escaped ones and
    // other letter cases must still be told apart.
    const QByteArray body = R"([{"server":"a","id":1},{"serverX":"b","id":2},{"ser\u0076er":"c","id":3},)"
                            R"({"SERVER":"d","id":4},{"server":"e","i":5}])";
    static const Json::KeyTable keys{"server", "id"};
    struct Row
    {
        QString server;
        int id = -1;
    };
    const auto decode = [](const QByteArray &text) {
        QString error;
        auto rows = Json::decodeList<Row>(text, &error, [](Json::Object object, Json::Reader &reader, Row &row, QString *) {
            reader.forEachField(object, keys, [&](int index, Json::Value &value) {
                if (index == 0)
                    row.server = reader.toString(value, "server");
                else
                    row.id = reader.toInt(value, "id", -1);
            });
            return true;
        });
        return rows.value_or(QList<Row>());
    };
    // Once exactly as long as the text (the decoder copies it into padded room), once with room after it.
    QByteArray roomy;
    roomy.reserve(body.size() + 256);
    roomy.append(body);
    for (const QByteArray &text : {QByteArray(body.constData(), body.size()), roomy}) {
        const QList<Row> rows = decode(text);
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows.at(0).server, QStringLiteral("a"));
        QCOMPARE(rows.at(1).server, QString()); // "serverX" is another field
        QCOMPARE(rows.at(1).id, 2);
        QCOMPARE(rows.at(2).server, QStringLiteral("c"));
        QCOMPARE(rows.at(3).server, QStringLiteral("d"));
        QCOMPARE(rows.at(4).server, QStringLiteral("e"));
        QCOMPARE(rows.at(4).id, -1); // "i" is not "id"
    }
}

void TestJsonDecoding::largeAnswerBuffersAreGivenBack()
{
    // A large answer's parser buffers are kept for the next answer of the load, and given back
    // when asked (once the load is on screen); the decoder works the same afterwards.
    JsonParserPool::releaseLargeBuffers();
    QJsonArray list;
    for (int i = 0; i < 20000; ++i)
        list.append(QJsonObject{{QStringLiteral("id"), i + 1}, {QStringLiteral("server"), QStringLiteral("gw-%1.example.com").arg(i)},
                                {QStringLiteral("description"), QStringLiteral("Secure Gateway in the second data centre")}});
    const QByteArray large = QJsonDocument(list).toJson(QJsonDocument::Compact);
    QVERIFY(large.size() > 1024 * 1024);
    QString error;
    auto gateways = Gateway::listFromJson(large, &error);
    QVERIFY2(gateways, qPrintable(error));
    QCOMPARE(gateways->size(), 20000);
    QVERIFY(JsonParserPool::pooledCapacity() >= std::size_t(large.size()));

    JsonParserPool::releaseLargeBuffers();
    QVERIFY(JsonParserPool::pooledCapacity() < std::size_t(large.size()));
    gateways = Gateway::listFromJson(large, &error);
    QVERIFY2(gateways, qPrintable(error));
    QCOMPARE(gateways->last().server, QStringLiteral("gw-19999.example.com"));
}

#include "tst_jsondecoding.moc"
