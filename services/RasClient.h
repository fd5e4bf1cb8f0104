#pragma once

#include "RasResult.h"
#include "RequestLog.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QSslError;

// The one place that talks HTTP to the RAS Web Administration Service. It owns no network
// manager (one is given), sets the headers the API wants, keeps the session token in memory only,
// and turns every answer into exactly one RasResult. On a 401 it logs on again once with the
// credentials it holds and retries the request once, so an expired session or a Promote (which
// always ends the session) is invisible to callers.
class RasClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RasClient)

public:
    struct Reply
    {
        int status = 0;
        QByteArray body;
    };
    using Callback = std::function<void(const RasResult<Reply> &)>;

    static constexpr int kDefaultTimeoutMs = 30000;
    // Room kept free after every answer body: the JSON decoder reads a little past the end, and
    // with the room there it decodes the body in place instead of copying a 10 MB answer.
    static constexpr int kBodyPadding = 64;
    // Connections a farm load uses at once: Qt's limit per server for HTTP/1.1, one per list.
    static constexpr int kParallelConnections = 6;

    explicit RasClient(QNetworkAccessManager *manager, QObject *parent = nullptr);
    ~RasClient() override;

    bool setServer(const QString &input, QString *error);
    QUrl baseUrl() const { return m_baseUrl; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    // Accepts a certificate with this SHA-256 fingerprint for the current server (and only it).
    void setPinnedFingerprint(const QString &sha256);
    QString pinnedFingerprint() const { return m_pinnedFingerprint; }

    void setCredentials(const QString &user, const QString &password);
    void forgetCredentials();
    bool hasCredentials() const { return !m_user.isEmpty() && m_hasPassword; }
    QString user() const { return m_user; }
    bool isLoggedOn() const { return !m_token.isEmpty(); }

    RequestLog *requestLog() { return &m_log; }
    qint64 requestCount() const { return m_requestCount; }
    int inFlight() const { return m_inFlight; }

    // POST api/Session/logon with the credentials held; the answer's body is the Session object.
    // While it is on its way, the connections the farm load will need are opened (TCP and TLS
    // handshakes), so the load starts the moment log-on answers: 4 round trips to data, not 6.
    void logOn(QObject *receiver, Callback callback);
    // Any API call. path is relative to the server, e.g. "api/Broker/2". The callback runs once,
    // and only while receiver lives.
    void send(const QByteArray &method, const QString &path, const QUrlQuery &query, const QByteArray &body,
              QObject *receiver, Callback callback);
    // Forgets the token without telling the server (after it ended the session itself).
    void dropToken() { m_token.clear(); }

    // Some resources moved between RAS releases (version 21 writes brokers under api/ConnectionBroker).
    // The services remember here, per server, which path a family of requests answered on, so only the
    // first request pays for finding out. Empty until learnt; forgotten when the server changes.
    QString learntPath(const QString &family) const { return m_learntPaths.value(family); }
    void learnPath(const QString &family, const QString &path) { m_learntPaths.insert(family, path); }

signals:
    void loggedOn();
    void reloggedOn();                      // a transparent re-log-on after a 401
    void sessionLost(const RasError &error); // the re-log-on failed: the UI may ask for the password
    void busyChanged(bool busy);
    // The body of every successful answer (not log-on's), as received: rasctl --json prints it.
    void answerReceived(const QByteArray &body);

private:
    struct Pending;

    void dispatch(const std::shared_ptr<Pending> &pending);
    void finished(const std::shared_ptr<Pending> &pending, QNetworkReply *reply);
    void complete(const std::shared_ptr<Pending> &pending, const RasResult<Reply> &result);
    void relogonThenRetry(const std::shared_ptr<Pending> &pending);
    RasError transportError(const std::shared_ptr<Pending> &pending, QNetworkReply *reply) const;
    void setInFlight(int count);
    void openDataConnections();
    void preconnectSslErrors(QNetworkReply *reply, const QList<QSslError> &errors);

    QNetworkAccessManager *m_manager;
    QUrl m_baseUrl;
    int m_timeoutMs = kDefaultTimeoutMs;
    QString m_pinnedFingerprint;
    QString m_user;
    QString m_password; // in memory only, for the one re-log-on after a 401
    bool m_hasPassword = false;
    QByteArray m_token;
    RequestLog m_log;
    qint64 m_requestCount = 0;
    int m_inFlight = 0;
    bool m_loggedOnOnce = false; // a later log-on is a re-log-on
    bool m_relogonRunning = false;
    QList<std::shared_ptr<Pending>> m_waitingForRelogon;
    QHash<QString, QString> m_learntPaths;
    // The certificate a connection opened ahead of log-on was refused for: a request that then fails
    // on that connection's handshake reports it (the refusal was signalled to the opener, not to it).
    CertificateInfo m_preconnectRefused;
};
