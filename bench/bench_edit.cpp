// bench-edit: what one edit costs on the wire against ras-emulator --seed large:10000. The console's
// FarmController logs on and loads the farm once; then each kind of edit runs and is counted from
// the request it sends to the moment the models hold the server's version (changeMerged): requests,
// and bytes of request and answer bodies. The full load is printed alongside for comparison.
#include "FarmController.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QProcess>
#include <cstdio>

namespace {

const QString kPassword = QStringLiteral("bench-password");
constexpr int kObjects = 10000;

struct Cost
{
    QString name;
    int requests = 0;
    qint64 bytes = 0;
    qint64 ms = 0;
};

Cost measure(FarmController *farm, const QString &name, const std::function<void(QObject *, OutcomeHandler)> &edit)
{
    const qsizetype first = farm->client()->requestLog()->entries().size();
    QObject caller;
    bool merged = false;
    std::optional<OperationOutcome> outcome;
    const auto connection = QObject::connect(farm, &FarmController::changeMerged, &caller, [&merged] { merged = true; });
    QElapsedTimer timer;
    timer.start();
    edit(&caller, [&outcome](const OperationOutcome &result) { outcome = result; });
    while (!outcome || (outcome->succeeded() && !merged))
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    Cost cost{name, 0, 0, timer.elapsed()};
    QObject::disconnect(connection);
    if (!outcome->succeeded()) {
        std::fprintf(stderr, "bench-edit: %s failed: %s\n", qPrintable(name), qPrintable(outcome->error->toString()));
        std::exit(1);
    }
    const auto &entries = farm->client()->requestLog()->entries();
    for (qsizetype i = first; i < entries.size(); ++i) {
        ++cost.requests;
        cost.bytes += entries.at(i).bytes + entries.at(i).body.size();
    }
    return cost;
}

// A secondary broker in the middle of the first Site's order.
int middleBroker(const BrokerModel *brokers, int siteId)
{
    int count = 0;
    for (const Broker &broker : brokers->brokerList())
        count += broker.siteId == siteId ? 1 : 0;
    for (const Broker &broker : brokers->brokerList()) {
        if (broker.siteId == siteId && broker.priority == count / 2)
            return broker.id;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QProcess emulator;
    emulator.start(QCoreApplication::applicationDirPath() + QStringLiteral("/ras-emulator"),
                   {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--password"), kPassword,
                    QStringLiteral("--seed"), QStringLiteral("large:%1").arg(kObjects)});
    if (!emulator.waitForStarted() || !emulator.waitForReadyRead(30000)) {
        std::fprintf(stderr, "bench-edit: ras-emulator did not start\n");
        return 1;
    }
    const QString url = QString::fromUtf8(emulator.readLine()).trimmed().mid(QStringLiteral("listening on ").size());

    QNetworkAccessManager manager;
    FarmController farm(&manager);
    farm.setAutoRefreshSeconds(0); // nothing but the edits on the wire
    QString error;
    if (!farm.setServer(url, &error)) {
        std::fprintf(stderr, "bench-edit: %s\n", qPrintable(error));
        return 1;
    }
    bool loaded = false;
    QObject::connect(&farm, &FarmController::loaded, &app, [&loaded] { loaded = true; });
    farm.logOn(QStringLiteral("administrator"), kPassword, &app, [](const RasResult<SessionInfo> &session) {
        if (!session) {
            std::fprintf(stderr, "bench-edit: log-on failed: %s\n", qPrintable(session.error().toString()));
            std::exit(1);
        }
    });
    while (!loaded)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    qint64 loadBytes = 0;
    for (const RequestLogEntry &entry : farm.client()->requestLog()->entries())
        loadBytes += entry.bytes + entry.body.size();
    const int loadRequests = static_cast<int>(farm.client()->requestLog()->entries().size());

    const int broker = middleBroker(farm.brokers(), 1);
    const int promoted = middleBroker(farm.brokers(), 2);
    const int gateway = farm.gateways()->index(kObjects / 2, 0).data(RecordTableModel::IdRole).toInt();
    const int policy = farm.policies()->index(kObjects / 2, 0).data(RecordTableModel::IdRole).toInt();
    const SecondaryConnection connection{Ras::SecondaryConnectionMode::GatewaySsl, QStringLiteral("gw-bench.example.com"), 443};

    QList<Cost> costs;
    costs << measure(&farm, QStringLiteral("updateBroker"), [&](QObject *caller, OutcomeHandler done) {
        BrokerChanges changes;
        changes.description = QStringLiteral("Changed by bench-edit");
        changes.standby = true;
        farm.updateBroker(broker, changes, caller, done);
    });
    costs << measure(&farm, QStringLiteral("moveBroker"),
                     [&](QObject *caller, OutcomeHandler done) { farm.moveBroker(broker, true, caller, done); });
    costs << measure(&farm, QStringLiteral("promoteBroker"),
                     [&](QObject *caller, OutcomeHandler done) { farm.promoteBroker(promoted, caller, done); });
    costs << measure(&farm, QStringLiteral("updateGateway"), [&](QObject *caller, OutcomeHandler done) {
        Gateway after = *farm.gateways()->gatewayAt(farm.gateways()->rowOf(gateway));
        after.description = QStringLiteral("Changed by bench-edit");
        after.enableHSTS = true;
        after.hstsMaxAge = 24;
        farm.updateGateway(gateway, GatewayChanges::between(*farm.gateways()->gatewayAt(farm.gateways()->rowOf(gateway)), after),
                           caller, done);
    });
    costs << measure(&farm, QStringLiteral("addConnection"),
                     [&](QObject *caller, OutcomeHandler done) { farm.addConnection(policy, connection, caller, done); });
    costs << measure(&farm, QStringLiteral("removeConnection"),
                     [&](QObject *caller, OutcomeHandler done) { farm.removeConnection(policy, connection, caller, done); });
    costs << measure(&farm, QStringLiteral("apply"), [&](QObject *caller, OutcomeHandler done) { farm.apply(caller, done); });

    emulator.terminate();
    emulator.waitForFinished(5000);

    int maxRequests = 0;
    qint64 maxBytes = 0;
    QStringList details;
    for (const Cost &cost : std::as_const(costs)) {
        maxRequests = qMax(maxRequests, cost.requests);
        maxBytes = qMax(maxBytes, cost.bytes);
        details << QStringLiteral("\"%1\":{\"requests\":%2,\"bytes\":%3,\"ms\":%4}")
                       .arg(cost.name)
                       .arg(cost.requests)
                       .arg(cost.bytes)
                       .arg(cost.ms);
    }
    std::printf("{\"bench\":\"edit\",\"objects\":%d,\"maxRequests\":%d,\"maxBytes\":%lld,\"edits\":{%s},"
                "\"fullLoadRequests\":%d,\"fullLoadBytes\":%lld}\n",
                kObjects, maxRequests, static_cast<long long>(maxBytes), qPrintable(details.join(QLatin1Char(','))),
                loadRequests, static_cast<long long>(loadBytes));
    return 0;
}
