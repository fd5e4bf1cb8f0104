#include "FarmLoader.h"
#include "RasClient.h"
#include "RequestLog.h"

#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

// A server that answers 200 with half a body: the part failed, whatever the status said, and the
// failure names the call so the console keeps what that part showed.
class TestUnreadableAnswer : public QObject
{
    Q_OBJECT

private slots:
    void halfABodyIsAFailedPart();
};

void TestUnreadableAnswer::halfABodyIsAFailedPart()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    connect(&server, &QTcpServer::newConnection, &server, [&server] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                const QByteArray body = R"([{"id":1,"server":"ras-br01","siteId":1,"prio)";
                const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                        + QByteArray::number(body.size()) + "\r\n\r\n";
                socket->write(head);
                socket->write(body);
                socket->disconnectFromHost();
            });
        }
    });
    QNetworkAccessManager manager;
    RasClient client(&manager);
    QString error;
    QVERIFY(client.setServer(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()), &error));
    FarmLoader loader(&client);
    std::optional<FarmSnapshot> snapshot;
    loader.load(FarmLoader::Brokers | FarmLoader::Policies, [&snapshot](const FarmSnapshot &result) { snapshot = result; });
    QTRY_VERIFY_WITH_TIMEOUT(snapshot.has_value(), 10000);
    QCOMPARE(snapshot->errors().size(), 2);
    QStringList paths;
    const QList<RasError> errors = snapshot->errors();
    for (const RasError &failure : errors) {
        QCOMPARE(failure.kind, RasError::Kind::Malformed);
        QCOMPARE(failure.method, QStringLiteral("GET"));
        QVERIFY(failure.toString().contains(failure.path));
        paths << failure.path;
    }
    paths.sort();
    QCOMPARE(paths, (QStringList{QStringLiteral("api/Broker"), QStringLiteral("api/ClientPolicies")}));
    // The request log shows both calls as failed, not as a plain 200.
    const QList<RequestLogEntry> &entries = client.requestLog()->entries();
    QCOMPARE(entries.size(), 2);
    for (const RequestLogEntry &entry : entries) {
        QCOMPARE(entry.status, 200);
        QVERIFY2(entry.error.contains(QLatin1String("could not be read")), qPrintable(entry.error));
    }
}

QTEST_GUILESS_MAIN(TestUnreadableAnswer)
#include "tst_unreadableanswer.moc"
