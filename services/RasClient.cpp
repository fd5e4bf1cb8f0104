#include "RasClient.h"

#include "JsonDecoding.h"
#include "ServerAddress.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslError>

struct RasClient::Pending
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QByteArray body;
    QPointer<QObject> receiver;
    bool hadReceiver = false;
    Callback callback;
    bool isLogon = false;
    bool retried = false;
    QElapsedTimer timer;
    CertificateInfo refusedCertificate;
    bool certificateChanged = false;
    bool abortedForTls = false;

    QString pathWithQuery() const
    {
        return query.isEmpty() ? path : path + QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
    }
};

namespace {

// The session token of a log-on answer (authToken, in any letter case); empty when there is none.
QByteArray authTokenOf(const QByteArray &body)
{
    static const Json::KeyTable keys{"authToken"};
    QString ignored;
    const auto token = Json::decodeObject<QByteArray>(
        body, &ignored, [](Json::Object object, Json::Reader &reader, QByteArray &found, QString *) {
            reader.forEachField(object, keys, [&](int, Json::Value &value) { found = reader.toString(value, "authToken").toLatin1(); });
            return true;
        });
    return token.value_or(QByteArray());
}

// The whole answer, with kBodyPadding bytes of room after it.
QByteArray readBody(QNetworkReply *reply)
{
    QByteArray body;
    const qint64 available = reply->bytesAvailable();
    body.reserve(available + RasClient::kBodyPadding);
    body.resize(available);
    const qint64 read = reply->read(body.data(), available);
    body.resize(qMax<qint64>(read, 0));
    if (reply->bytesAvailable() > 0) // not seen in practice: the reply holds the whole answer by now
        body += reply->readAll();
    return body;
}

bool isPreconnect(const QNetworkReply *reply)
{
    return reply->url().scheme().startsWith(QLatin1String("preconnect-"));
}

} // namespace

RasClient::RasClient(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
{
    // Connections opened ahead of requests (see logOn) have no reply of ours: their certificate is
    // judged here by the same pin, and their replies are cleaned up once the handshakes are done.
    connect(m_manager, &QNetworkAccessManager::sslErrors, this, &RasClient::preconnectSslErrors);
    connect(m_manager, &QNetworkAccessManager::finished, this, [](QNetworkReply *reply) {
        if (isPreconnect(reply))
            reply->deleteLater();
    });
    // A publicly trusted certificate raises no sslErrors: the pin is checked here as for requests.
    connect(m_manager, &QNetworkAccessManager::encrypted, this, [this](QNetworkReply *reply) {
        if (!isPreconnect(reply) || m_pinnedFingerprint.isEmpty())
            return;
        const CertificateInfo info = CertificateInfo::from(reply->sslConfiguration().peerCertificate());
        if (info.sha256 != m_pinnedFingerprint) {
            m_preconnectRefused = info;
            reply->abort();
        }
    });
}

RasClient::~RasClient() = default;

bool RasClient::setServer(const QString &input, QString *error)
{
    const QUrl base = ServerAddress::parse(input, error);
    if (!base.isValid())
        return false;
    if (base != m_baseUrl) {
        m_token.clear();
        m_pinnedFingerprint.clear();
        m_preconnectRefused = CertificateInfo();
        m_learntPaths.clear();
    }
    m_baseUrl = base;
    return true;
}

void RasClient::setPinnedFingerprint(const QString &sha256)
{
    m_pinnedFingerprint = CertificateInfo::normalizeFingerprint(sha256);
}

void RasClient::setCredentials(const QString &user, const QString &password)
{
    m_user = user;
    m_password = password;
    m_hasPassword = true;
}

void RasClient::forgetCredentials()
{
    m_password.fill(QLatin1Char('\0'));
    m_password.clear();
    m_hasPassword = false;
}

void RasClient::logOn(QObject *receiver, Callback callback)
{
    auto pending = std::make_shared<Pending>();
    pending->method = "POST";
    pending->path = QStringLiteral("api/Session/logon");
    pending->body = QJsonDocument(QJsonObject{{QStringLiteral("username"), m_user}, {QStringLiteral("password"), m_password}})
                        .toJson(QJsonDocument::Compact);
    pending->receiver = receiver;
    pending->hadReceiver = receiver != nullptr;
    pending->callback = std::move(callback);
    pending->isLogon = true;
    dispatch(pending);
    openDataConnections();
}

void RasClient::openDataConnections()
{
    if (!m_baseUrl.isValid())
        return;
    const bool encrypted = m_baseUrl.scheme() == QLatin1String("https");
    const auto port = static_cast<quint16>(m_baseUrl.port(encrypted ? 443 : 80));
    // The log-on's own connection carries the first of the load's requests afterwards.
    for (int i = 1; i < kParallelConnections; ++i) {
        if (encrypted)
            m_manager->connectToHostEncrypted(m_baseUrl.host(), port, QSslConfiguration::defaultConfiguration());
        else
            m_manager->connectToHost(m_baseUrl.host(), port);
    }
}

void RasClient::preconnectSslErrors(QNetworkReply *reply, const QList<QSslError> &errors)
{
    if (!isPreconnect(reply) || reply->url().host() != m_baseUrl.host())
        return;
    QSslCertificate certificate = reply->sslConfiguration().peerCertificate();
    if (certificate.isNull() && !errors.isEmpty())
        certificate = errors.first().certificate();
    const CertificateInfo info = CertificateInfo::from(certificate);
    if (!m_pinnedFingerprint.isEmpty() && info.sha256 == m_pinnedFingerprint) {
        reply->ignoreSslErrors(errors);
        return;
    }
    m_preconnectRefused = info; // refused: the request that needed the connection reports why
}

void RasClient::send(const QByteArray &method, const QString &path, const QUrlQuery &query, const QByteArray &body,
                     QObject *receiver, Callback callback)
{
    auto pending = std::make_shared<Pending>();
    pending->method = method;
    pending->path = path;
    pending->query = query;
    pending->body = body;
    pending->receiver = receiver;
    pending->hadReceiver = receiver != nullptr;
    pending->callback = std::move(callback);
    if (m_token.isEmpty() && hasCredentials() && !m_relogonRunning && m_waitingForRelogon.isEmpty()) {
        // Not logged on yet (or the session was dropped): log on first, then send.
        pending->retried = true;
        relogonThenRetry(pending);
        return;
    }
    if (m_relogonRunning) {
        m_waitingForRelogon << pending;
        return;
    }
    dispatch(pending);
}

void RasClient::setInFlight(int count)
{
    const bool wasBusy = m_inFlight > 0;
    m_inFlight = count;
    if (wasBusy != (m_inFlight > 0))
        emit busyChanged(m_inFlight > 0);
}

void RasClient::dispatch(const std::shared_ptr<Pending> &pending)
{
    if (!m_baseUrl.isValid()) {
        RasError error;
        error.kind = RasError::Kind::Network;
        error.message = tr("No server has been chosen.");
        complete(pending, error);
        return;
    }
    QUrl url = m_baseUrl;
    url.setPath(QLatin1Char('/') + pending->path);
    url.setQuery(pending->query);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; api-version=1.0"));
    request.setRawHeader("Accept", "application/json; api-version=1.0");
    if (!pending->isLogon && !m_token.isEmpty())
        request.setRawHeader("auth_token", m_token);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // HTTP/1.1 on parallel connections. With HTTP/2 allowed, Qt uses one connection per server
    // until the TLS handshake has told which protocol the server speaks: the farm load's requests
    // would wait for the connections opened during log-on instead of using them.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);

    ++m_requestCount;
    setInFlight(m_inFlight + 1);
    pending->timer.start();
    QNetworkReply *reply = pending->body.isEmpty() && pending->method != "POST" && pending->method != "PUT"
                               ? m_manager->sendCustomRequest(request, pending->method)
                               : m_manager->sendCustomRequest(request, pending->method, pending->body);

    connect(reply, &QNetworkReply::sslErrors, this, [this, pending, reply](const QList<QSslError> &errors) {
        QSslCertificate certificate = reply->sslConfiguration().peerCertificate();
        if (certificate.isNull() && !errors.isEmpty())
            certificate = errors.first().certificate();
        const CertificateInfo info = CertificateInfo::from(certificate);
        if (!m_pinnedFingerprint.isEmpty() && info.sha256 == m_pinnedFingerprint) {
            reply->ignoreSslErrors(errors);
            return;
        }
        pending->refusedCertificate = info;
        pending->certificateChanged = !m_pinnedFingerprint.isEmpty();
    });
    connect(reply, &QNetworkReply::encrypted, this, [this, pending, reply] {
        // A publicly trusted certificate raises no sslErrors; a pin must still hold.
        if (m_pinnedFingerprint.isEmpty())
            return;
        const CertificateInfo info = CertificateInfo::from(reply->sslConfiguration().peerCertificate());
        if (info.sha256 != m_pinnedFingerprint) {
            pending->refusedCertificate = info;
            pending->certificateChanged = true;
            pending->abortedForTls = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, pending, reply] { finished(pending, reply); });
}

RasError RasClient::transportError(const std::shared_ptr<Pending> &pending, QNetworkReply *reply) const
{
    RasError error;
    const auto code = reply->error();
    if (pending->refusedCertificate.isNull() && code == QNetworkReply::SslHandshakeFailedError && !m_preconnectRefused.isNull()) {
        pending->refusedCertificate = m_preconnectRefused;
        pending->certificateChanged = !m_pinnedFingerprint.isEmpty();
    }
    if (!pending->refusedCertificate.isNull() || pending->abortedForTls || code == QNetworkReply::SslHandshakeFailedError) {
        error.kind = RasError::Kind::Tls;
        error.certificate = pending->refusedCertificate;
        error.certificateChanged = pending->certificateChanged;
        error.message = pending->certificateChanged
                            ? tr("The server presented a different certificate than the one trusted for it "
                                 "(SHA-256 %1). The connection was refused.")
                                  .arg(pending->refusedCertificate.sha256)
                            : tr("The server's certificate is not trusted (SHA-256 %1).")
                                  .arg(pending->refusedCertificate.sha256);
    } else if (code == QNetworkReply::OperationCanceledError || code == QNetworkReply::TimeoutError) {
        error.kind = RasError::Kind::Timeout;
        error.message = tr("No answer within %1 seconds.").arg(m_timeoutMs / 1000.0, 0, 'g', 3);
    } else {
        error.kind = RasError::Kind::Network;
        error.message = reply->errorString();
    }
    return error;
}

void RasClient::finished(const std::shared_ptr<Pending> &pending, QNetworkReply *reply)
{
    reply->deleteLater();
    setInFlight(m_inFlight - 1);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = readBody(reply);

    RequestLogEntry entry;
    entry.when = QDateTime::currentDateTime();
    entry.method = QString::fromLatin1(pending->method);
    entry.path = RequestLog::redactQuery(pending->pathWithQuery());
    entry.status = status;
    entry.durationMs = pending->timer.elapsed();
    entry.bytes = body.size();
    entry.body = pending->isLogon ? RequestLog::redactLogonBody(pending->body) : pending->body;

    if (status == 0) {
        const RasError error = transportError(pending, reply);
        entry.error = error.message;
        m_log.add(entry);
        complete(pending, error);
        return;
    }
    if (status >= 200 && status < 300) {
        m_log.add(entry);
        if (pending->isLogon) {
            const QByteArray token = authTokenOf(body);
            if (token.isEmpty()) {
                RasError error;
                error.kind = RasError::Kind::Malformed;
                error.httpStatus = status;
                error.message = tr("The log-on answer carries no authToken.");
                complete(pending, error);
                return;
            }
            m_token = token;
            m_loggedOnOnce = true;
            emit loggedOn();
        } else {
            emit answerReceived(body);
        }
        complete(pending, Reply{status, body});
        return;
    }
    RasError error = RasError::fromHttp(status, body, reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    entry.error = error.message;
    m_log.add(entry);
    if (status == 401 && !pending->isLogon) {
        m_token.clear();
        if (!pending->retried && hasCredentials()) {
            pending->retried = true;
            relogonThenRetry(pending);
            return;
        }
    }
    complete(pending, error);
}

void RasClient::relogonThenRetry(const std::shared_ptr<Pending> &pending)
{
    m_waitingForRelogon << pending;
    if (m_relogonRunning)
        return;
    m_relogonRunning = true;
    const bool wasLoggedOnBefore = m_loggedOnOnce;
    logOn(this, [this, wasLoggedOnBefore](const RasResult<Reply> &result) {
        m_relogonRunning = false;
        const auto waiting = std::exchange(m_waitingForRelogon, {});
        if (!result) {
            RasError error = result.error();
            if (error.kind == RasError::Kind::Unauthorized || error.kind == RasError::Kind::Rejected)
                error.kind = RasError::Kind::Unauthorized;
            emit sessionLost(error);
            for (const auto &waiter : waiting)
                complete(waiter, error);
            return;
        }
        if (wasLoggedOnBefore)
            emit reloggedOn();
        for (const auto &waiter : waiting)
            dispatch(waiter);
    });
}

void RasClient::complete(const std::shared_ptr<Pending> &pending, const RasResult<Reply> &result)
{
    if (pending->hadReceiver && !pending->receiver)
        return; // the receiver is gone; so is the interest in the answer
    if (!result) {
        RasError error = result.error();
        error.method = QString::fromLatin1(pending->method);
        error.path = RequestLog::redactQuery(pending->pathWithQuery());
        pending->callback(error);
        return;
    }
    pending->callback(result);
}
