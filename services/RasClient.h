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

    // Records keep the server's own JSON object (unknown fields included) only when asked: rasctl
    // --json prints it; the console does not need it and it would double the memory of a large farm.
    void setKeepRawJson(bool keep) { m_keepRawJson = keep; }
    bool keepsRawJson() const { return m_keepRawJson; }

    RequestLog *requestLog() { return &m_log; }
    // Where large answers are decoded, off the caller's thread. Owned here, so it ends with the
    // client (after finishing what it started) instead of living for the whole process.
    QThreadPool *decodePool() { return &m_decodePool; }
    qint64 requestCount() const { return m_requestCount; }
    int inFlight() const { return m_inFlight; }

    // POST api/Session/logon with the credentials held; the answer's body is the Session object.
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

private:
    struct Pending;

    void dispatch(const std::shared_ptr<Pending> &pending);
    void finished(const std::shared_ptr<Pending> &pending, QNetworkReply *reply);
    void complete(const std::shared_ptr<Pending> &pending, const RasResult<Reply> &result);
    void relogonThenRetry(const std::shared_ptr<Pending> &pending);
    RasError transportError(const std::shared_ptr<Pending> &pending, QNetworkReply *reply) const;
    void setInFlight(int count);

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
    bool m_keepRawJson = false;
    bool m_loggedOnOnce = false; // a later log-on is a re-log-on
    bool m_relogonRunning = false;
    QList<std::shared_ptr<Pending>> m_waitingForRelogon;
    QHash<QString, QString> m_learntPaths;
    // Last, so it is destroyed first: it waits for decodes under way before anything they use goes.
    QThreadPool m_decodePool;
};
