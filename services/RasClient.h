#pragma once

#include "RasResult.h"
#include "RequestLog.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
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
        // The call that was answered and its entry in the request log, so an answer that turns
        // out unreadable can name the call and be marked failed in the log.
        QByteArray method = {};
        QString path = {};
        quint64 logSerial = 0;
    };
    using Callback = std::function<void(const RasResult<Reply> &)>;

    static constexpr int kDefaultTimeoutMs = 30000;
    // Room for 100,000 of the largest records (a gateway is about 2.5 KB of JSON).
    static constexpr qint64 kDefaultMaxAnswerBytes = qint64(256) * 1024 * 1024;
    // The longest authToken accepted from a log-on answer.
    static constexpr int kMaxTokenLength = 4096;
    // Room kept free after every answer body: the JSON decoder reads a little past the end, and
    // with the room there it decodes the body in place instead of copying a 10 MB answer.
    static constexpr int kBodyPadding = 64;
    // Connections a farm load uses at once: Qt's limit per server for HTTP/1.1, one per list.
    static constexpr int kParallelConnections = 6;

    explicit RasClient(QNetworkAccessManager *manager, QObject *parent = nullptr);
    ~RasClient() override;

    // Refuses plain http:// to a host other than this machine unless allowPlainHttp() was set.
    bool setServer(const QString &input, QString *error);
    QUrl baseUrl() const { return m_baseUrl; }
    void setAllowPlainHttp(bool allow) { m_allowPlainHttp = allow; }
    bool allowsPlainHttp() const { return m_allowPlainHttp; }
    // The answer must start flowing within the idle timeout and be complete by the deadline.
    // setTimeoutMs sets both, so "--timeout 10" means ten seconds however slowly a server trickles.
    void setTimeoutMs(int ms)
    {
        m_timeoutMs = ms;
        m_deadlineMs = ms;
    }
    int timeoutMs() const { return m_timeoutMs; }
    void setDeadlineMs(int ms) { m_deadlineMs = ms; }
    int deadlineMs() const { return m_deadlineMs; }
    // An answer larger than this is cut off as soon as it is exceeded and reported as an error.
    void setMaxAnswerBytes(qint64 bytes) { m_maxAnswerBytes = bytes; }
    qint64 maxAnswerBytes() const { return m_maxAnswerBytes; }
    // Accepts a certificate with this SHA-256 fingerprint for the current server (and only it).
    void setPinnedFingerprint(const QString &sha256);
    QString pinnedFingerprint() const { return m_pinnedFingerprint; }

    void setCredentials(const QString &user, const QString &password);
    void forgetCredentials();
    bool hasCredentials() const { return !m_user.isEmpty() && m_hasPassword; }
    QString user() const { return m_user; }
    bool isLoggedOn() const { return !m_token.isEmpty(); }

    RequestLog *requestLog() { return &m_log; }
    // Where large answers are decoded, off the caller's thread. Owned here, so it ends with the
    // client (after finishing what it started) instead of living for the whole process.
    QThreadPool *decodePool() { return &m_decodePool; }
    qint64 requestCount() const { return m_requestCount; }
    int inFlight() const { return m_inFlight; }

    // When set, log-on opens the connections a farm load will need while its own answer is on the
    // way (TCP and TLS handshakes), so the load starts the moment log-on answers: 4 round trips to
    // data, not 6. Worth it for the console, which loads six lists next; a command line that sends
    // one or two requests would only open connections it never uses, so it is off by default.
    void setOpensLoadConnections(bool open) { m_opensLoadConnections = open; }
    bool opensLoadConnections() const { return m_opensLoadConnections; }
    // POST api/Session/logon with the credentials held; the answer's body is the Session object.
    void logOn(QObject *receiver, Callback callback);
    // Any API call. path is relative to the server, e.g. "api/Broker/2". The callback runs once,
    // and only while receiver lives.
    void send(const QByteArray &method, const QString &path, const QUrlQuery &query, const QByteArray &body,
              QObject *receiver, Callback callback);
    // Forgets the token without telling the server (after it ended the session itself).
    void dropToken() { m_token.clear(); }
    // A token goes into a raw header: only visible ASCII of sane length may (no CR LF injection).
    static bool isAcceptableToken(const QByteArray &token);

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
    void watchAnswer(const std::shared_ptr<Pending> &pending, QNetworkReply *reply);
    RasError transportError(const std::shared_ptr<Pending> &pending, QNetworkReply *reply) const;
    RasError limitError(const std::shared_ptr<Pending> &pending) const;
    void finishLogon(const std::shared_ptr<Pending> &pending, const Reply &answer);
    void takeAnswer(const std::shared_ptr<Pending> &pending, QNetworkReply *reply);
    // A large answer in Qt's own buffer is copied out on a worker, then succeeds; false when the
    // answer is not such (it is then taken on this thread).
    bool copyAnswerOnWorker(const std::shared_ptr<Pending> &pending, QNetworkReply *reply, int status);
    RequestLogEntry logEntry(const std::shared_ptr<Pending> &pending, int status, qint64 bytes);
    void succeed(const std::shared_ptr<Pending> &pending, int status, const QByteArray &body, const RequestLogEntry &entry);
    void setInFlight(int count);
    void openDataConnections();
    void preconnectSslErrors(QNetworkReply *reply, const QList<QSslError> &errors);

    QNetworkAccessManager *m_manager;
    QUrl m_baseUrl;
    int m_timeoutMs = kDefaultTimeoutMs;
    int m_deadlineMs = kDefaultTimeoutMs;
    qint64 m_maxAnswerBytes = kDefaultMaxAnswerBytes;
    bool m_allowPlainHttp = false;
    bool m_opensLoadConnections = false;
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
    // Last, so it is destroyed first: it waits for decodes under way before anything they use goes.
    QThreadPool m_decodePool;
};
