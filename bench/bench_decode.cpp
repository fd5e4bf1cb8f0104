// bench-decode: decoding 10,000 full gateway objects (50 fields each, the official sample) into
// records, compared with QJsonDocument::fromJson of the same bytes alone.
#include "Gateway.h"
#include "ServiceSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    constexpr int kObjects = 10000;
    constexpr int kRounds = 11;

    QFile sampleFile(QStringLiteral(RAS_TEST_DATA_DIR "/seed001-gateway-get.json"));
    if (!sampleFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench-decode: cannot read the sample gateway\n");
        return 1;
    }
    const QJsonObject sample = QJsonDocument::fromJson(sampleFile.readAll()).object();
    QJsonArray array;
    for (int i = 0; i < kObjects; ++i) {
        QJsonObject gateway = sample;
        gateway.insert(QStringLiteral("id"), i + 1);
        gateway.insert(QStringLiteral("server"), QStringLiteral("gw-%1.farm.example.com").arg(i + 1));
        array.append(gateway);
    }
    const QByteArray text = QJsonDocument(array).toJson(QJsonDocument::Compact);
    // As RasClient reads an answer: with the decoder's padding room after it.
    QByteArray body;
    body.reserve(text.size() + RasClient::kBodyPadding);
    body.append(text);

    // Best of several rounds for each, so a scheduler hiccup does not decide the figure.
    qint64 parseNs = std::numeric_limits<qint64>::max();
    qint64 decodeNs = std::numeric_limits<qint64>::max();
    for (int round = 0; round < kRounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        const QJsonDocument document = QJsonDocument::fromJson(body);
        parseNs = qMin(parseNs, timer.nsecsElapsed());
        if (document.array().size() != kObjects)
            return 1;

        timer.restart();
        // The console's path: records read straight from the text.
        const auto gateways = ServiceSupport::decodeList<Gateway>(RasClient::Reply{200, body});
        decodeNs = qMin(decodeNs, timer.nsecsElapsed());
        if (!gateways.ok() || gateways.value().size() != kObjects)
            return 1;
    }
    std::printf("{\"bench\":\"decode-gateway\",\"objects\":%d,\"perObjectUs\":%.2f,\"ratioToParse\":%.2f}\n", kObjects,
                decodeNs / 1000.0 / kObjects, static_cast<double>(decodeNs) / static_cast<double>(parseNs));
    return 0;
}
