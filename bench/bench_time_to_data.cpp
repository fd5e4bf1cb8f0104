// bench-time-to-data: log on and load the whole farm (FarmLoader) from ras-emulator --seed large:1000,
// compared in the same run with the same requests made by curl --parallel.
//   plain: over HTTP, the emulator answering each request after --latency-ms 20 (one round trip);
//   --tls: over HTTPS, through a proxy that delays every chunk by half of a 50 ms round trip in
//          each direction and a connection's first bytes by one more (the TCP handshake).
#include "CertificateInfo.h"
#include "DelayProxy.h"
#include "FarmLoader.h"
#include "SessionService.h"

#include <QFile>
#include <QSslCertificate>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>
#include <memory>

namespace {

constexpr int kLatencyMs = 20;
constexpr int kTlsRoundTripMs = 50;
constexpr int kRounds = 5;
const QString kPassword = QStringLiteral("bench-password");
const QStringList kPaths{QStringLiteral("api/Site"), QStringLiteral("api/Broker"), QStringLiteral("api/Broker/status"),
                         QStringLiteral("api/Gateway"), QStringLiteral("api/Gateway/status"), QStringLiteral("api/ClientPolicies")};

qint64 consoleRun(const QString &url, const QString &fingerprint, int *requests)
{
    QNetworkAccessManager manager;
    RasClient client(&manager);
    client.setOpensLoadConnections(true); // as the console's FarmController does
    QString error;
    client.setServer(url, &error);
    if (!fingerprint.isEmpty())
        client.setPinnedFingerprint(fingerprint);
    FarmLoader loader(&client);
    // Housekeeping queued by the previous round (memory trimming) is not this round's time.
    QCoreApplication::processEvents();
    QElapsedTimer timer;
    timer.start();
    bool done = false;
    // RAS_BENCH_VERBOSE=1 prints when log-on and load ended in each round.
    const bool verbose = qEnvironmentVariableIntValue("RAS_BENCH_VERBOSE") != 0;
    if (verbose)
        QObject::connect(&client, &RasClient::answerReceived, &loader, [&timer](const QByteArray &body) {
            std::fprintf(stderr, "answer of %lld bytes after %lld ms\n", static_cast<long long>(body.size()), static_cast<long long>(timer.elapsed()));
        });
    SessionService(&client).logOn(QStringLiteral("administrator"), kPassword, &loader, [&](const RasResult<SessionInfo> &session) {
        if (!session) {
            std::fprintf(stderr, "log-on failed: %s\n", qPrintable(session.error().toString()));
            done = true;
            return;
        }
        if (verbose)
            std::fprintf(stderr, "logged on after %lld ms\n", static_cast<long long>(timer.elapsed()));
        loader.load(FarmLoader::All, [&](const FarmSnapshot &snapshot) {
            if (!snapshot.complete())
                std::fprintf(stderr, "load incomplete: %s\n", qPrintable(snapshot.errors().first().toString()));
            done = true;
        });
    });
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    if (verbose)
        std::fprintf(stderr, "loaded after %lld ms\n", static_cast<long long>(timer.elapsed()));
    *requests = static_cast<int>(client.requestCount());
    return timer.elapsed();
}

qint64 curlRun(const QString &url)
{
    QTemporaryDir dir;
    QElapsedTimer timer;
    timer.start();
    QProcess logon;
    logon.start(QStringLiteral("curl"), {QStringLiteral("-sS"), QStringLiteral("-k"), QStringLiteral("-X"), QStringLiteral("POST"), url + QStringLiteral("/api/Session/logon"),
                                         QStringLiteral("-H"), QStringLiteral("Content-Type: application/json; api-version=1.0"),
                                         QStringLiteral("--data"),
                                         QStringLiteral("{\"username\":\"administrator\",\"password\":\"%1\"}").arg(kPassword)});
    logon.waitForFinished(30000);
    const QString token = QJsonDocument::fromJson(logon.readAllStandardOutput()).object().value(QLatin1String("authToken")).toString();
    QStringList arguments{QStringLiteral("-sS"), QStringLiteral("-k"), QStringLiteral("--parallel"), QStringLiteral("--parallel-immediate"),
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
    const bool tls = app.arguments().contains(QStringLiteral("--tls"));
    const QString tlsDir = QStringLiteral(RAS_TEST_DATA_DIR "/tls");
    QStringList emulatorArguments{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--password"), kPassword,
                                  QStringLiteral("--seed"), QStringLiteral("large:1000")};
    if (tls)
        emulatorArguments << QStringLiteral("--tls") << QStringLiteral("--cert") << tlsDir + QStringLiteral("/server.crt")
                          << QStringLiteral("--key") << tlsDir + QStringLiteral("/server.key");
    else
        emulatorArguments << QStringLiteral("--latency-ms") << QString::number(kLatencyMs);
    QProcess emulator;
    emulator.start(QCoreApplication::applicationDirPath() + QStringLiteral("/ras-emulator"), emulatorArguments);
    if (!emulator.waitForStarted() || !emulator.waitForReadyRead(10000)) {
        std::fprintf(stderr, "bench-time-to-data: ras-emulator did not start\n");
        return 1;
    }
    QString url = QString::fromUtf8(emulator.readLine()).trimmed().mid(QStringLiteral("listening on ").size());
    const int roundTripMs = tls ? kTlsRoundTripMs : kLatencyMs;

    QString fingerprint;
    std::unique_ptr<DelayProxy> proxy;
    if (tls) {
        QFile certificate(tlsDir + QStringLiteral("/server.crt"));
        certificate.open(QIODevice::ReadOnly);
        fingerprint = CertificateInfo::from(QSslCertificate(certificate.readAll())).sha256;
        proxy = std::make_unique<DelayProxy>(static_cast<quint16>(QUrl(url).port()), kTlsRoundTripMs);
        const quint16 port = proxy->start();
        if (port == 0) {
            std::fprintf(stderr, "bench-time-to-data: the delay proxy could not listen\n");
            return 1;
        }
        url = QStringLiteral("https://127.0.0.1:%1").arg(port);
    }

    // Best of several rounds for both, interleaved so both see the same machine.
    qint64 best = std::numeric_limits<qint64>::max();
    qint64 bestCurl = std::numeric_limits<qint64>::max();
    int requests = 0;
    for (int round = 0; round < kRounds; ++round) {
        best = qMin(best, consoleRun(url, fingerprint, &requests));
        const qint64 curl = curlRun(url);
        if (curl < 0) {
            std::fprintf(stderr, "bench-time-to-data: curl failed (is curl installed?)\n");
            return 1;
        }
        bestCurl = qMin(bestCurl, curl);
    }
    proxy.reset();
    emulator.terminate();
    emulator.waitForFinished(5000);
    std::printf("{\"bench\":\"time-to-data\",\"tls\":%s,\"rttMs\":%d,\"ms\":%lld,\"curlMs\":%lld,\"ratioToCurl\":%.2f,"
                "\"roundTrips\":%.2f,\"requests\":%d}\n",
                tls ? "true" : "false", roundTripMs, static_cast<long long>(best), static_cast<long long>(bestCurl),
                static_cast<double>(best) / static_cast<double>(bestCurl), static_cast<double>(best) / roundTripMs, requests);
    return 0;
}
