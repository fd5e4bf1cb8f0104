#include "FieldSchema.h"
#include "LenientJson.h"

#include <QJsonArray>
#include <QtTest>

class TestLenientJson : public QObject
{
    Q_OBJECT

private slots:
    void integersFromNumbersAndStrings();
    void booleansFromBoolsAndStrings();
    void enumsByNumberOrName();
    void keysInAnyCase();
    void parseObjectRejectsBadBodies();
    void schemaIsAllOrNothing();
    void schemaEnforcesLimits();
};

void TestLenientJson::integersFromNumbersAndStrings()
{
    QCOMPARE(LenientJson::toInteger(QJsonValue(5)).value(), 5);
    QCOMPARE(LenientJson::toInteger(QJsonValue(QStringLiteral(" 17 "))).value(), 17);
    QVERIFY(!LenientJson::toInteger(QJsonValue(1.5)));
    QVERIFY(!LenientJson::toInteger(QJsonValue(QStringLiteral("12abc"))));
    QVERIFY(!LenientJson::toInteger(QJsonValue(true)));
    QVERIFY(!LenientJson::toInteger(QJsonValue(1e300)));
}

void TestLenientJson::booleansFromBoolsAndStrings()
{
    QCOMPARE(LenientJson::toBool(QJsonValue(true)).value(), true);
    QCOMPARE(LenientJson::toBool(QJsonValue(QStringLiteral("false"))).value(), false);
    QCOMPARE(LenientJson::toBool(QJsonValue(QStringLiteral("TRUE"))).value(), true);
    QVERIFY(!LenientJson::toBool(QJsonValue(1)));
    QVERIFY(!LenientJson::toBool(QJsonValue(QStringLiteral("yes"))));
}

void TestLenientJson::enumsByNumberOrName()
{
    const LenientJson::EnumNames names{{0, QStringLiteral("version4")}, {2, QStringLiteral("bothVersions")}};
    QCOMPARE(LenientJson::toEnum(QJsonValue(QStringLiteral("bothVersions")), names).value(), 2);
    QCOMPARE(LenientJson::toEnum(QJsonValue(QStringLiteral("BOTHVERSIONS")), names).value(), 2);
    QCOMPARE(LenientJson::toEnum(QJsonValue(QStringLiteral("0")), names).value(), 0);
    QVERIFY(!LenientJson::toEnum(QJsonValue(1), names));
    QVERIFY(!LenientJson::toEnum(QJsonValue(QStringLiteral("version5")), names));
}

void TestLenientJson::keysInAnyCase()
{
    const QJsonObject object{{QStringLiteral("ipversion"), 1}};
    QCOMPARE(LenientJson::findKey(object, QStringLiteral("ipVersion")), QStringLiteral("ipversion"));
    QCOMPARE(LenientJson::valueOf(object, QStringLiteral("IPVERSION")).toInt(), 1);
    QVERIFY(LenientJson::valueOf(object, QStringLiteral("other")).isUndefined());
}

void TestLenientJson::parseObjectRejectsBadBodies()
{
    ApiResponse error;
    QVERIFY(!LenientJson::parseObject("{\"a\":", &error));
    QCOMPARE(error.status, 400);
    QVERIFY(!LenientJson::parseObject("[1,2]", &error));
    QVERIFY(!LenientJson::parseObject("", &error));
    QVERIFY(LenientJson::parseObject("", &error, true).has_value());
    QVERIFY(!LenientJson::parseObject(QByteArray("\xff\xfe{}", 4), &error));
    QByteArray deep(100000, '[');
    QVERIFY(!LenientJson::parseObject(deep, &error));
}

void TestLenientJson::schemaIsAllOrNothing()
{
    const FieldSchema schema({FieldSpec::boolean(QStringLiteral("enabled")), FieldSpec::integer(QStringLiteral("port"), 1, 65535)});
    QJsonObject target{{QStringLiteral("enabled"), true}, {QStringLiteral("port"), 80}};
    ApiResponse error;
    // One good and one bad property: nothing is written.
    QVERIFY(!schema.apply(QJsonObject{{QStringLiteral("ENABLED"), QStringLiteral("false")}, {QStringLiteral("port"), 0}},
                          &target, &error));
    QCOMPARE(error.status, 400);
    QCOMPARE(target.value(QLatin1String("enabled")).toBool(), true);
    const auto written = schema.apply(QJsonObject{{QStringLiteral("ENABLED"), QStringLiteral("false")}}, &target, &error);
    QVERIFY(written);
    QCOMPARE(*written, QStringList{QStringLiteral("enabled")});
    QCOMPARE(target.value(QLatin1String("enabled")).toBool(), false);
    QVERIFY(!schema.apply(QJsonObject{{QStringLiteral("unknown"), 1}}, &target, &error));
    QVERIFY(QJsonDocument::fromJson(error.body).object().value(QLatin1String("errors")).toObject().contains(QLatin1String("unknown")));
}

void TestLenientJson::schemaEnforcesLimits()
{
    const FieldSchema schema({FieldSpec::string(QStringLiteral("server"), 1, 255), FieldSpec::stringList(QStringLiteral("macs"))});
    QJsonObject target;
    ApiResponse error;
    QVERIFY(!schema.apply(QJsonObject{{QStringLiteral("server"), QString()}}, &target, &error));
    QVERIFY(!schema.apply(QJsonObject{{QStringLiteral("server"), QString(256, QLatin1Char('a'))}}, &target, &error));
    QVERIFY(!schema.apply(QJsonObject{{QStringLiteral("server"), 5}}, &target, &error));
    QVERIFY(schema.apply(QJsonObject{{QStringLiteral("server"), QString(255, QLatin1Char('a'))}}, &target, &error));
    QVERIFY(!schema.apply(QJsonObject{{QStringLiteral("macs"), QJsonArray{1}}}, &target, &error));
    QVERIFY(schema.apply(QJsonObject{{QStringLiteral("macs"), QJsonArray{QStringLiteral("00:11")}}}, &target, &error));
}

QTEST_GUILESS_MAIN(TestLenientJson)
#include "tst_lenientjson.moc"
