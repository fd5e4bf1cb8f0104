// The emulator's router over arbitrary requests from a logged-on administrator: it must never crash,
// and a request it rejects (any 4xx or 5xx) must leave the farm exactly as it was.
#include "FarmSeeder.h"
#include "FarmState.h"
#include "RasApiRouter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace {

const char *const kMethods[] = {"GET", "POST", "PUT", "DELETE", "PATCH"};

struct Fixture
{
    RasApiRouter router{QStringLiteral("administrator"), QStringLiteral("pw"), 0};
    QByteArray token;

    Fixture()
    {
        QString error;
        if (!FarmSeeder::seed(&router.farm(), QStringLiteral("demo"), &error))
            std::abort();
        ApiRequest logon;
        logon.method = QStringLiteral("POST");
        logon.segments = {QStringLiteral("session"), QStringLiteral("logon")};
        logon.body = R"({"username":"administrator","password":"pw"})";
        logon.remoteAddress = QStringLiteral("127.0.0.1");
        const ApiResponse answer = router.handle(logon);
        token = QJsonDocument::fromJson(answer.body).object().value(QLatin1String("authToken")).toString().toLatin1();
        if (token.isEmpty())
            std::abort();
    }
};

// Everything a request may change, as bytes, to compare before and after.
QByteArray snapshot(const FarmState &farm)
{
    QByteArray bytes;
    for (const QList<QJsonObject> *objects : {&farm.sites, &farm.brokers, &farm.gateways, &farm.policies}) {
        for (const QJsonObject &object : *objects)
            bytes += QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
        bytes += "--\n";
    }
    QList<int> brokers = farm.unappliedBrokers.values();
    QList<int> gateways = farm.unappliedGateways.values();
    std::sort(brokers.begin(), brokers.end());
    std::sort(gateways.begin(), gateways.end());
    for (const int id : brokers + QList<int>{-1} + gateways)
        bytes += QByteArray::number(id) + ',';
    for (const int value : {farm.pendingChanges, farm.appliedCount, farm.nextSiteId, farm.nextBrokerId, farm.nextGatewayId,
                            farm.nextPolicyId})
        bytes += QByteArray::number(value) + ';';
    return bytes;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Fixture fixture; // one farm for the whole run: state carries over, as on a real server
    if (size < 1)
        return 0;
    // Byte 0 picks the method; then a path line; the rest is the body.
    const QByteArray input(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    const qsizetype newline = input.indexOf('\n');
    const QByteArray pathLine = newline < 0 ? input : input.left(newline);
    ApiRequest request;
    request.method = QLatin1String(kMethods[data[0] % (sizeof kMethods / sizeof *kMethods)]);
    const QString path = QString::fromUtf8(pathLine);
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    if (!RasApiRouter::splitPath(QStringLiteral("/api/") + (question < 0 ? path : path.left(question)), &request.segments))
        return 0;
    if (question >= 0)
        request.query = QUrlQuery(path.mid(question + 1));
    request.body = newline < 0 ? QByteArray() : input.mid(newline + 1);
    request.authToken = fixture.token;
    request.remoteAddress = QStringLiteral("127.0.0.1");
    // A log-off or a promote would end the fixture's session; keep it for the rest of the run.
    if (!request.segments.isEmpty() && request.segments.first() == QLatin1String("session"))
        return 0;

    const QByteArray before = snapshot(fixture.router.farm());
    const ApiResponse answer = fixture.router.handle(request);
    if (answer.status >= 400 && snapshot(fixture.router.farm()) != before) {
        std::fprintf(stderr, "a rejected %s %s (%d) changed the farm\n", qPrintable(request.method),
                     pathLine.constData(), answer.status);
        std::abort();
    }
    return 0;
}
