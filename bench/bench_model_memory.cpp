// bench-model-memory: 10,000 brokers, 10,000 gateways and 10,000 policies fetched from
// ras-emulator --seed large:10000 and loaded into the models, with the client that fetched them;
// prints the process's resident memory.
#include "BrokerModel.h"
#include "FarmLoader.h"
#include "GatewayModel.h"
#include "PolicyModel.h"
#include "ProcessMemory.h"
#include "RecordFilterProxy.h"
#include "SessionService.h"

#include <QFile>
#include <QGuiApplication>
#include <QNetworkAccessManager>
#include <QProcess>
#include <cstdio>

namespace {

double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QProcess emulator;
    emulator.start(QCoreApplication::applicationDirPath() + QStringLiteral("/ras-emulator"),
                   {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--password"), QStringLiteral("bench"),
                    QStringLiteral("--seed"), QStringLiteral("large:10000")});
    if (!emulator.waitForStarted() || !emulator.waitForReadyRead(20000)) {
        std::fprintf(stderr, "bench-model-memory: ras-emulator did not start\n");
        return 1;
    }
    const QString url = QString::fromUtf8(emulator.readLine()).trimmed().mid(QStringLiteral("listening on ").size());

    QNetworkAccessManager manager;
    RasClient client(&manager);
    QString error;
    client.setServer(url, &error);
    BrokerModel brokers;
    GatewayModel gateways;
    PolicyModel policies;
    RecordFilterProxy brokerView;
    RecordFilterProxy gatewayView;
    RecordFilterProxy policyView;
    brokerView.setSourceModel(&brokers);
    gatewayView.setSourceModel(&gateways);
    policyView.setSourceModel(&policies);
    brokerView.sort(BrokerModel::Priority);
    gatewayView.sort(GatewayModel::Server);
    policyView.sort(PolicyModel::Order);

    FarmLoader loader(&client);
    int rows = -1;
    SessionService(&client).logOn(QStringLiteral("administrator"), QStringLiteral("bench"), &loader,
                                  [&](const RasResult<SessionInfo> &session) {
                                      if (!session) {
                                          rows = 0;
                                          return;
                                      }
                                      loader.load(FarmLoader::All, [&](const FarmSnapshot &snapshot) {
                                          brokers.setBrokers(snapshot.brokers.records());
                                          brokers.setStatuses(snapshot.brokerStatus.records());
                                          gateways.setGateways(snapshot.gateways.records());
                                          gateways.setStatuses(snapshot.gatewayStatus.records());
                                          policies.setPolicies(snapshot.policies.records());
                                          rows = brokers.rowCount() + gateways.rowCount() + policies.rowCount();
                                      });
                                  });
    while (rows < 0)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    emulator.terminate();
    emulator.waitForFinished(5000);
    // Hand the worker threads' freed memory back, as the console does after a large load.
    ProcessMemory::releaseFreed();
    std::printf("{\"bench\":\"model-memory\",\"rows\":%d,\"rssMb\":%.1f}\n", rows, residentMb());
    return rows == 30000 ? 0 : 1;
}
