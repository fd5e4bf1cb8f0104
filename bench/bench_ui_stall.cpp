// bench-ui-stall: the console's real main window (offscreen) logs on to ras-emulator --seed
// large:10000, loads every page, switches between them, runs a status and a configuration refresh
// and types a filter, while a 1 ms timer on the GUI thread records every gap between two of its
// turns. Prints the longest gap and the 99th percentile (and the longest per phase, to find it).
#include "BrokersPage.h"
#include "FarmController.h"
#include "GatewaysPage.h"
#include "MainWindow.h"
#include "PoliciesPage.h"
#include "RecordTablePage.h"
#include "TimeFormat.h"

#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <ctime>

namespace {

// One clock for the stall meter and the event timings, so a gap can be matched with its events.
const QElapsedTimer &benchClock()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer started;
        started.start();
        return started;
    }();
    return clock;
}

// With RAS_BENCH_VERBOSE=1: the GUI thread's events that took a while, kept so that each long gap
// can be printed with what filled it.
struct TimedEvent
{
    qint64 endNs;
    double ms;
    QByteArray what;
};
struct EventTally
{
    int count = 0;
    double ms = 0;
};
EventTally &eventTally()
{
    static EventTally tally;
    return tally;
}
// What verbose mode reports, printed when the run is over: printing as it happens would itself
// lengthen the gaps being measured.
QByteArray &verboseLog()
{
    static QByteArray log;
    return log;
}
QList<TimedEvent> &recentEvents()
{
    static QList<TimedEvent> events;
    return events;
}

const QString kPassword = QStringLiteral("bench-password");
constexpr int kObjects = 10000;

// Gaps between turns of the GUI thread's event loop, seen by a 1 ms timer.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 now = benchClock().nsecsElapsed();
            if (m_last > 0) {
                m_gaps.append(static_cast<double>(now - m_last) / 1e6);
                if (m_verbose && m_gaps.last() > 12) {
                    verboseLog() += QStringLiteral("gap of %1 ms ending at %2 ms, %3 events taking %4 ms, the longest:\n")
                                        .arg(m_gaps.last(), 0, 'f', 1)
                                        .arg(now / 1000000)
                                        .arg(eventTally().count)
                                        .arg(eventTally().ms, 0, 'f', 1)
                                        .toUtf8();
                    for (const TimedEvent &event : std::as_const(recentEvents())) {
                        if (event.endNs > m_last && event.endNs <= now)
                            verboseLog() += "    " + QByteArray::number(event.ms, 'f', 1) + " ms " + event.what + '\n';
                    }
                }
                recentEvents().clear();
                eventTally() = EventTally();
            }
            m_last = now;
        });
        m_timer.start();
    }
    const QList<double> &gaps() const { return m_gaps; }

private:
    QTimer m_timer;
    const bool m_verbose = qEnvironmentVariableIntValue("RAS_BENCH_VERBOSE") != 0;
    qint64 m_last = 0;
    QList<double> m_gaps;
};

void waitFor(const std::function<bool()> &condition, int timeoutMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    if (!condition()) {
        std::fprintf(stderr, "bench-ui-stall: timed out\n");
        std::exit(1);
    }
}

// The calling thread's CPU time: an event that took much longer than that waited for a core.
qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// With RAS_BENCH_VERBOSE=1: every event whose handling took longer than a frame, by type and
// receiver, so a stall can be traced to what caused it.
class EventTimingApplication final : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        // Only the GUI thread's outermost events: the others run beside it and stall nothing.
        if (!m_verbose || m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        ++m_depth;
        // Named before it is handled: a deferred delete leaves no receiver to name afterwards.
        const char *receiverClass = receiver->metaObject()->className();
        const char *parentClass = receiver->parent() ? receiver->parent()->metaObject()->className() : nullptr;
        QElapsedTimer timer;
        timer.start();
        const qint64 cpuBefore = threadCpuNs();
        const int type = event->type();
        const bool handled = QApplication::notify(receiver, event);
        const double ms = timer.nsecsElapsed() / 1e6;
        const double cpuMs = (threadCpuNs() - cpuBefore) / 1e6;
        --m_depth;
        ++eventTally().count;
        eventTally().ms += ms;
        if (ms > 1) {
            QByteArray what = "(cpu " + QByteArray::number(cpuMs, 'f', 1) + " ms) event " + QByteArray::number(type) + " to " + receiverClass;
            if (parentClass)
                what += QByteArray(" in ") + parentClass;
            recentEvents().append({benchClock().nsecsElapsed(), ms, what});
        }
        if (ms > m_reportMs)
            verboseLog() += QStringLiteral("  %1 ms: event %2 to %3 in %4 (ended at %5 ms)\n")
                                .arg(ms, 0, 'f', 1)
                                .arg(type)
                                .arg(QLatin1String(receiverClass), QLatin1String(parentClass ? parentClass : "-"))
                                .arg(benchClock().elapsed())
                                .toUtf8();
        return handled;
    }

private:
    const bool m_verbose = qEnvironmentVariableIntValue("RAS_BENCH_VERBOSE") != 0;
    const double m_reportMs = qEnvironmentVariableIsSet("RAS_BENCH_EVENT_MS") ? qEnvironmentVariable("RAS_BENCH_EVENT_MS").toDouble() : 16;
    int m_depth = 0;
};

// Lets the window settle (paint, deferred work) for a while, as a user looking at it would.
void idle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimeFormat::readLocalTimeZoneOnce(); // as the console does at start-up
    EventTimingApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // the window's settings are not the user's
    QCoreApplication::setOrganizationName(QStringLiteral("RAS Console Benchmarks"));
    QCoreApplication::setApplicationName(QStringLiteral("bench-ui-stall"));

    QProcess emulator;
    emulator.start(QCoreApplication::applicationDirPath() + QStringLiteral("/ras-emulator"),
                   {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--password"), kPassword,
                    QStringLiteral("--seed"), QStringLiteral("large:%1").arg(kObjects)});
    if (!emulator.waitForStarted() || !emulator.waitForReadyRead(30000)) {
        std::fprintf(stderr, "bench-ui-stall: ras-emulator did not start\n");
        return 1;
    }
    const QString url = QString::fromUtf8(emulator.readLine()).trimmed().mid(QStringLiteral("listening on ").size());

    QNetworkAccessManager manager;
    FarmController farm(&manager);
    farm.setAutoRefreshSeconds(0); // the refreshes below run when the benchmark says
    QString error;
    if (!farm.setServer(url, &error)) {
        std::fprintf(stderr, "bench-ui-stall: %s\n", qPrintable(error));
        return 1;
    }
    MainWindow window(&farm, false);
    window.resize(1280, 800);
    window.show();
    idle(200);

    StallMeter meter;
    QList<QPair<QString, double>> phases;
    qsizetype phaseStart = 0;
    const auto endPhase = [&](const QString &name) {
        const auto &gaps = meter.gaps();
        double longest = 0;
        for (qsizetype i = phaseStart; i < gaps.size(); ++i)
            longest = std::max(longest, gaps.at(i));
        phases.append({name, longest});
        if (qEnvironmentVariableIntValue("RAS_BENCH_VERBOSE"))
            verboseLog() += QStringLiteral("phase %1 ended: longest gap %2 ms (ended at %3 ms)\n")
                                .arg(name)
                                .arg(longest, 0, 'f', 1)
                                .arg(benchClock().elapsed())
                                .toUtf8();
        phaseStart = gaps.size();
    };

    int loads = 0;
    QObject::connect(&farm, &FarmController::loaded, &app, [&loads] { ++loads; });
    farm.logOn(QStringLiteral("administrator"), kPassword, &app, [](const RasResult<SessionInfo> &session) {
        if (!session) {
            std::fprintf(stderr, "bench-ui-stall: log-on failed: %s\n", qPrintable(session.error().toString()));
            std::exit(1);
        }
    });
    waitFor([&] { return loads == 1; });
    idle(300);
    endPhase(QStringLiteral("logOnAndLoad"));

    // Every page once, then back and forth.
    for (int round = 0; round < 2; ++round) {
        window.showBrokers(1);
        idle(150);
        window.showBrokers(2);
        idle(150);
        window.showGateways(1);
        idle(150);
        window.showGateways(2);
        idle(150);
        window.showPolicies();
        idle(150);
    }
    endPhase(QStringLiteral("switchPages"));

    window.showBrokers(1);
    idle(100);
    bool statusDone = false;
    QObject::connect(&farm, &FarmController::statusRefreshed, &app, [&statusDone] { statusDone = true; });
    farm.refreshStatus();
    waitFor([&] { return statusDone; });
    idle(300);
    endPhase(QStringLiteral("statusRefresh"));

    farm.refreshAll();
    waitFor([&] { return loads == 2; });
    idle(300);
    endPhase(QStringLiteral("configurationRefresh"));

    // A filter typed one key at a time, then cleared, on the page on show.
    QLineEdit *filter = window.brokerPage()->table()->filterEdit();
    const QString typed = QStringLiteral("cb-012");
    for (int length = 1; length <= typed.size(); ++length) {
        filter->setText(typed.left(length));
        idle(120);
    }
    filter->clear();
    idle(200);
    endPhase(QStringLiteral("filter"));

    emulator.terminate();
    emulator.waitForFinished(5000);
    std::fputs(verboseLog().constData(), stderr);

    QList<double> gaps = meter.gaps();
    std::sort(gaps.begin(), gaps.end());
    const double maxStall = gaps.isEmpty() ? 0 : gaps.last();
    const double p99 = gaps.isEmpty() ? 0 : gaps.at(std::min<qsizetype>(gaps.size() - 1, gaps.size() * 99 / 100));
    QStringList phaseText;
    for (const auto &[name, longest] : std::as_const(phases))
        phaseText << QStringLiteral("\"%1\":%2").arg(name).arg(longest, 0, 'f', 1);
    std::printf("{\"bench\":\"ui-stall\",\"objects\":%d,\"maxStallMs\":%.1f,\"p99StallMs\":%.1f,\"phasesMaxMs\":{%s}}\n",
                kObjects, maxStall, p99, qPrintable(phaseText.join(QLatin1Char(','))));
    return 0;
}
