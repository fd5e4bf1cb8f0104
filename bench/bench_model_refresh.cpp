// bench-model-refresh: a 10,000-row broker model with status, behind the sort/filter proxy as the
// view has it (sorted by CPU, a text filter set); a refresh in which 1 % of the rows changed,
// compared with the same refresh done as reset-and-reload (medians of several rounds, and their ratio).
// Each is timed until the filter shows its result, including texts read again while idle.
#include "BrokerModel.h"
#include "RecordFilterProxy.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <algorithm>
#include <cstdio>

namespace {

constexpr int kRows = 10000;
constexpr int kChanged = 100;

QList<Broker> makeBrokers()
{
    QList<Broker> brokers;
    brokers.reserve(kRows);
    for (int i = 0; i < kRows; ++i) {
        Broker broker;
        broker.id = i + 1;
        // As a server lists them: Site by Site, in priority order.
        broker.siteId = i < kRows / 2 ? 1 : 2;
        broker.priority = i < kRows / 2 ? i : i - kRows / 2;
        broker.server = QStringLiteral("cb-%1.farm.example.com").arg(i + 1, 5, 10, QLatin1Char('0'));
        broker.ip = QStringLiteral("10.%1.%2.%3").arg(i / 65536).arg(i / 256 % 256).arg(i % 256);
        broker.description = QStringLiteral("Broker %1").arg(i + 1);
        brokers << broker;
    }
    return brokers;
}

QList<BrokerStatus> makeStatuses(int salt)
{
    QList<BrokerStatus> statuses;
    statuses.reserve(kRows);
    for (int i = 0; i < kRows; ++i) {
        BrokerStatus status;
        status.numericId = i + 1;
        status.id = QString::number(i + 1);
        status.agentState = Ras::AgentState::Ok;
        // The changed rows are the same 1 % as the brokers' (every 100th), scattered as in real life.
        status.cpuLoad = (i * 7 + (i % (kRows / kChanged) == 0 ? salt : 0)) % 100;
        status.memLoad = (i * 13) % 100;
        status.agentVersion = QStringLiteral("20.1 (build 25319)");
        statuses << status;
    }
    return statuses;
}

// Until the filter shows what the refresh brought: a change of most rows (the reset's status)
// is filtered by the rows' new texts only once they are read while idle, and that work belongs
// to the refresh it came with.
void filterSettles(const RecordFilterProxy &proxy)
{
    while (proxy.hasStaleTexts())
        QCoreApplication::processEvents();
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    BrokerModel model;
    RecordFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setDynamicSortFilter(true);
    proxy.sort(BrokerModel::Cpu, Qt::DescendingOrder);
    proxy.setText(QStringLiteral("farm.example"));

    const QList<Broker> brokers = makeBrokers();
    model.setBrokers(brokers);
    model.setStatuses(makeStatuses(0));

    int signalCount = 0;
    const auto count = [&signalCount] { ++signalCount; };
    QObject::connect(&model, &QAbstractItemModel::dataChanged, &model, count);
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &model, count);
    QObject::connect(&model, &QAbstractItemModel::rowsRemoved, &model, count);
    QObject::connect(&model, &QAbstractItemModel::rowsMoved, &model, count);
    QObject::connect(&model, &QAbstractItemModel::modelReset, &model, count);

    // Several rounds, each a new refresh in which 1 % of the rows changed (their description and
    // their CPU load), done once as a merge and once as reset-and-reload; medians of both.
    constexpr int kRounds = 9;
    QList<double> mergeMs;
    QList<double> resetMs;
    int mergeSignals = 0;
    for (int round = 1; round <= kRounds; ++round) {
        QList<Broker> changed = brokers;
        for (int i = 0; i < kChanged; ++i)
            changed[i * (kRows / kChanged)].description = QStringLiteral("changed %1").arg(round);
        const QList<BrokerStatus> statuses = makeStatuses(round * 7);

        signalCount = 0;
        QElapsedTimer timer;
        timer.start();
        model.setBrokers(changed);
        model.setStatuses(statuses);
        filterSettles(proxy);
        mergeMs << timer.nsecsElapsed() / 1e6;
        mergeSignals = signalCount;

        timer.restart();
        model.resetFarm();
        model.setBrokers(changed);
        model.setStatuses(statuses);
        filterSettles(proxy);
        resetMs << timer.nsecsElapsed() / 1e6;
    }
    std::sort(mergeMs.begin(), mergeMs.end());
    std::sort(resetMs.begin(), resetMs.end());
    const double merge = mergeMs.at(kRounds / 2);
    const double reset = resetMs.at(kRounds / 2);
    std::printf("{\"bench\":\"model-refresh\",\"rows\":%d,\"changed\":%d,\"ms\":%.2f,\"resetMs\":%.2f,\"ratio\":%.1f,"
                "\"bestMs\":%.2f,\"bestResetMs\":%.2f,\"signals\":%d}\n",
                kRows, kChanged, merge, reset, reset / merge, mergeMs.first(), resetMs.first(), mergeSignals);
    return proxy.rowCount() == kRows ? 0 : 1;
}
