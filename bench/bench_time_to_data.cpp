// bench-time-to-data: log on and load the whole farm (FarmLoader) from ras-emulator --latency-ms 20
// --seed large:1000, compared in the same run with the same requests made by curl --parallel.
#include "FarmLoader.h"
#include "SessionService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>

namespace {

constexpr int kLatencyMs = 20;
const QString kPassword = QStringLiteral("bench-password");
const QStringList kPaths{QStringLiteral("api/Site"), QStringLiteral("api/Broker"), QStringLiteral("api/Broker/status"),
                         QStringLiteral("api/Gateway"), QStringLiteral("api/Gateway/status"), QStringLiteral("api/ClientPolicies")};

qint64 consoleRun(const QString &url, int *requests)
{
    QNetworkAccessManager manager;
    RasClient client(&manager);
    QString error;
    client.setServer(url, &error);
    FarmLoader loader(&client);
    // Housekeeping queued by the previous round (memory trimming) is not this round's time.
    QCoreApplication::processEvents();
    QElapsedTimer timer;
    timer.start();
    bool done = false;
    SessionService(&client).logOn(QStringLiteral("administrator"), kPassword, &loader, [&](const RasResult<SessionInfo> &session) {
        if (!session) {
            std::fprintf(stderr, "log-on failed: %s\n", qPrintable(session.error().toString()));
            done = true;
            return;
        }
        loader.load(FarmLoader::All, [&](const FarmSnapshot &snapshot) {
            if (!snapshot.complete())
                std::fprintf(stderr, "load incomplete: %s\n", qPrintable(snapshot.errors().first().toString()));
            done = true;
        });
    });
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    *requests = static_cast<int>(client.requestCount());
    return timer.elapsed();
}

qint64 curlRun(const QString &url)
{
    QTemporaryDir dir;
    QElapsedTimer timer;
    timer.start();
    QProcess logon;
    logon.start(QStringLiteral("curl"), {QStringLiteral("-sS"), QStringLiteral("-X"), QStringLiteral("POST"), url + QStringLiteral("/api/Session/logon"),
                                         QStringLiteral("-H"), QStringLiteral("Content-Type: application/json; api-version=1.0"),
                                         QStringLiteral("--data"),
                                         QStringLiteral("{\"username\":\"administrator\",\"password\":\"%1\"}").arg(kPassword)});
    logon.waitForFinished(30000);
    const QString token = QJsonDocument::fromJson(logon.readAllStandardOutput()).object().value(QLatin1String("authToken")).toString();
    QStringList arguments{QStringLiteral("-sS"), QStringLiteral("--parallel"), QStringLiteral("--parallel-immediate"),
                          QStringLiteral("-H"), QStringLiteral("Content-Type: application/json; api-version=1.0"),
                          QStringLiteral("-H"), QStringLiteral("auth_token: ") + token};
    int n = 0;
    for (const auto &path : kPaths)
        arguments << url + QLatin1Char('/') + path << QStringLiteral("-o") << dir.filePath(QString::number(n++));
    QProcess load;
    load.start(QStringLiteral("curl"), arguments);
    load.waitForFinished(30000);
    return token.isEmpty() || load.exitCode() != 0 ? -1 : timer.elapsed();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QProcess emulator;
    emulator.start(QCoreApplication::applicationDirPath() + QStringLiteral("/ras-emulator"),
                   {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--password"), kPassword, QStringLiteral("--seed"),
                    QStringLiteral("large:1000"), QStringLiteral("--latency-ms"), QString::number(kLatencyMs)});
    if (!emulator.waitForStarted() || !emulator.waitForReadyRead(10000)) {
        std::fprintf(stderr, "bench-time-to-data: ras-emulator did not start\n");
        return 1;
    }
    const QString url = QString::fromUtf8(emulator.readLine()).trimmed().mid(QStringLiteral("listening on ").size());

    // Best of three for both, interleaved so both see the same machine.
    qint64 best = std::numeric_limits<qint64>::max();
    qint64 bestCurl = std::numeric_limits<qint64>::max();
    int requests = 0;
    for (int round = 0; round < 3; ++round) {
        best = qMin(best, consoleRun(url, &requests));
        const qint64 curl = curlRun(url);
        if (curl < 0) {
            std::fprintf(stderr, "bench-time-to-data: curl failed (is curl installed?)\n");
            return 1;
        }
        bestCurl = qMin(bestCurl, curl);
    }
    emulator.terminate();
    emulator.waitForFinished(5000);
    std::printf("{\"bench\":\"time-to-data\",\"latencyMs\":%d,\"ms\":%lld,\"curlMs\":%lld,\"ratioToCurl\":%.2f,\"requests\":%d}\n",
                kLatencyMs, static_cast<long long>(best), static_cast<long long>(bestCurl),
                static_cast<double>(best) / static_cast<double>(bestCurl), requests);
    return 0;
}
