#include "RasClient.h"

#include "JsonDecoding.h"
#include "ServerAddress.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <algorithm>

namespace {
// What Qt's network thread may hold for an answer without a declared length (chunked) before the
// window's thread takes it. Each readyRead hands over at most this much, so taking a 10 MB answer
// is many short turns of the event loop (copying 4 MB at once, into fresh memory, took 20-60 ms).
constexpr qint64 kReadBufferBytes = 256 * 1024;
// An answer of known length at least this large is copied out of Qt's download buffer on a worker.
constexpr qint64 kWorkerCopyBytes = 256 * 1024;
// The largest answer Qt is asked to keep in one buffer of its own. The copy made from it doubles the
// answer for a moment; above this (a farm of tens of thousands of objects) the answer is read as it
// arrives instead, into one buffer only.
constexpr qint64 kDownloadBufferMaxBytes = qint64(64) * 1024 * 1024;

// Qt's buffer for an answer of known length, written on Qt's network thread (null without one).
QSharedPointer<char> downloadBuffer(const QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::DownloadBufferAttribute).value<QSharedPointer<char>>();
}
} // namespace

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
    QByteArray answer;         // read as it arrives, so its size is known at every moment
    bool sent = false;         // known to have reached the server (it may have acted on it)
    bool tooLarge = false;     // aborted: the answer exceeded the size cap
    bool pastDeadline = false; // aborted: the overall deadline passed

    // A change the server may have made even though its answer never arrived complete.
    bool isWrite() const { return !isLogon && method != "GET" && method != "HEAD"; }

    QString pathWithQuery() const
    {
        return query.isEmpty() ? path : path + QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
    }
};

namespace {

// The session token of a log-on answer (authToken, in any letter case); empty when there is none
// or it is not a string.
QString authTokenOf(const QByteArray &body)
{
    static const Json::KeyTable keys{"authToken"};
    QString ignored;
    const auto token = Json::decodeObject<QString>(
        body, &ignored, [](Json::Object object, Json::Reader &reader, QString &found, QString *) {
            reader.forEachField(object, keys, [&](int, Json::Value &value) {
                if (Json::get(value.type()) == simdjson::ondemand::json_type::string)
                    found = reader.toString(value, "authToken");
                else
                    reader.skip(value);
            });
            return true;
        });
    return token.value_or(QString());
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
    // Two decodes at a time: the parts of a farm load overlap without starving the window.
    m_decodePool.setMaxThreadCount(2);
    m_decodePool.setExpiryTimeout(30000);
}

RasClient::~RasClient() = default;

bool RasClient::setServer(const QString &input, QString *error)
{
    const QUrl base = ServerAddress::parse(input, error);
    if (!base.isValid())
        return false;
    if (ServerAddress::needsPlainHttpConsent(base) && !m_allowPlainHttp) {
        *error = tr("Plain http:// would send the password unencrypted to %1. Use https://, or allow plain HTTP "
                    "explicitly.")
                     .arg(base.host());
        return false;
    }
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
    // The connections first: Qt opens one per preconnect only while no request waits beside it
    // (it pairs a preconnect with a waiting request). Asked before log-on, all six open, log-on
    // takes the first that is ready, and the load's six requests find six connections.
    if (m_opensLoadConnections)
        openDataConnections();
    dispatch(pending);
}

void RasClient::openDataConnections()
{
    // Over HTTPS only. Plain HTTP is for this machine's own emulator, where a TCP handshake costs
    // nothing; and QNetworkAccessManager::connectToHost() allows HTTP/2 (h2c), which files its
    // connections apart from the HTTP/1.1 ones our requests use, so they would never be used.
    if (!m_baseUrl.isValid() || m_baseUrl.scheme() != QLatin1String("https"))
        return;
    const auto port = static_cast<quint16>(m_baseUrl.port(443));
    // Without HTTP/2 among its protocols, the configuration makes Qt file these connections with
    // the HTTP/1.1 ones our requests ask for (see dispatch), so the load finds them.
    for (int i = 0; i < kParallelConnections; ++i)
        m_manager->connectToHostEncrypted(m_baseUrl.host(), port, QSslConfiguration::defaultConfiguration());
}

namespace {
// The certificate the server showed: the peer's, or the one the first TLS error names.
CertificateInfo presentedCertificate(QNetworkReply *reply, const QList<QSslError> &errors)
{
    QSslCertificate certificate = reply->sslConfiguration().peerCertificate();
    if (certificate.isNull() && !errors.isEmpty())
        certificate = errors.first().certificate();
    return CertificateInfo::from(certificate);
}

// A certificate the user pinned for this server is accepted despite its errors (self-signed, unknown issuer).
bool acceptPinned(QNetworkReply *reply, const QList<QSslError> &errors, const CertificateInfo &info,
                  const QString &pinnedFingerprint)
{
    if (pinnedFingerprint.isEmpty() || info.sha256 != pinnedFingerprint)
        return false;
    reply->ignoreSslErrors(errors);
    return true;
}
} // namespace

void RasClient::preconnectSslErrors(QNetworkReply *reply, const QList<QSslError> &errors)
{
    if (!isPreconnect(reply) || reply->url().host() != m_baseUrl.host())
        return;
    const CertificateInfo info = presentedCertificate(reply, errors);
    if (acceptPinned(reply, errors, info, m_pinnedFingerprint))
        return;
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
    if (ServerAddress::needsPlainHttpConsent(m_baseUrl) && !m_allowPlainHttp) {
        RasError error;
        error.kind = RasError::Kind::Network;
        error.message = tr("Plain http:// to another machine has not been allowed.");
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
    // Log-on goes ahead of the connections opened beside it (openDataConnections): the first
    // connection to finish its handshake carries it, instead of first working through the queue.
    if (pending->isLogon)
        request.setPriority(QNetworkRequest::HighPriority);
    // An answer that declares its length is written by Qt's network thread straight into one buffer
    // of that size, which the window's thread never copies: touching megabytes of fresh memory
    // there took milliseconds per 256 KB on some machines.
    request.setAttribute(QNetworkRequest::MaximumDownloadBufferSizeAttribute, std::min(m_maxAnswerBytes, kDownloadBufferMaxBytes));

    ++m_requestCount;
    setInFlight(m_inFlight + 1);
    pending->timer.start();
    QNetworkReply *reply = pending->body.isEmpty() && pending->method != "POST" && pending->method != "PUT"
                               ? m_manager->sendCustomRequest(request, pending->method)
                               : m_manager->sendCustomRequest(request, pending->method, pending->body);

    connect(reply, &QNetworkReply::sslErrors, this, [this, pending, reply](const QList<QSslError> &errors) {
        const CertificateInfo info = presentedCertificate(reply, errors);
        if (acceptPinned(reply, errors, info, m_pinnedFingerprint))
            return;
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
    // Without a bound Qt buffers what arrives faster than it is taken; the cap counts only what was taken.
    reply->setReadBufferSize(kReadBufferBytes);
    watchAnswer(pending, reply);
    connect(reply, &QNetworkReply::finished, this, [this, pending, reply] { finished(pending, reply); });
}

void RasClient::watchAnswer(const std::shared_ptr<Pending> &pending, QNetworkReply *reply)
{
    connect(reply, &QNetworkReply::requestSent, this, [pending] { pending->sent = true; });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, pending, reply] {
        pending->sent = true;
        // A declared size over the cap is refused before a byte of it is read.
        const qint64 declared = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (declared > m_maxAnswerBytes) {
            pending->tooLarge = true;
            reply->abort();
        } else if (declared > pending->answer.size()) {
            // The whole answer and the decoder's room in one allocation, never regrown.
            pending->answer.reserve(declared + kBodyPadding);
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, pending, reply] {
        // In Qt's buffer of the declared length (see dispatch): taken whole when it is complete.
        if (!downloadBuffer(reply).isNull())
            return;
        // Read as it arrives: an answer that never ends (chunked, or lying about its length) is
        // stopped as soon as it passes the cap, whatever it announced.
        takeAnswer(pending, reply);
        if (pending->answer.size() > m_maxAnswerBytes) {
            pending->tooLarge = true;
            pending->answer = QByteArray();
            reply->abort();
        }
    });
    // setTransferTimeout restarts with every byte; a server trickling one byte at a time would
    // never time out without an overall deadline.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    deadline->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    connect(deadline, &QTimer::timeout, this, [pending, reply] {
        pending->pastDeadline = true;
        reply->abort();
    });
    if (m_deadlineMs > 0)
        deadline->start(m_deadlineMs);
}

RequestLogEntry RasClient::logEntry(const std::shared_ptr<Pending> &pending, int status, qint64 bytes)
{
    RequestLogEntry entry;
    entry.when = QDateTime::currentDateTime();
    entry.method = QString::fromLatin1(pending->method);
    entry.path = RequestLog::redactQuery(pending->pathWithQuery());
    entry.status = status;
    entry.durationMs = pending->timer.elapsed();
    entry.bytes = bytes;
    entry.body = pending->isLogon ? RequestLog::redactLogonBody(pending->body) : pending->body;
    if (pending->isLogon)
        pending->body.fill('\0'); // it holds the password, and a log-on is never resent as is
    return entry;
}

void RasClient::succeed(const std::shared_ptr<Pending> &pending, int status, const QByteArray &body,
                        const RequestLogEntry &entry)
{
    Reply answer{status, body};
    answer.method = pending->method;
    answer.path = entry.path;
    answer.logSerial = m_log.add(entry);
    if (pending->isLogon) {
        finishLogon(pending, answer);
    } else {
        emit answerReceived(body);
        complete(pending, answer);
    }
}

bool RasClient::copyAnswerOnWorker(const std::shared_ptr<Pending> &pending, QNetworkReply *reply, int status)
{
    const QSharedPointer<char> buffer = downloadBuffer(reply);
    const qint64 size = reply->bytesAvailable();
    if (buffer.isNull() || size < kWorkerCopyBytes || size > m_maxAnswerBytes)
        return false;
    // The copy (with the decoder's room after it) is made where touching fresh memory stalls
    // nothing; the answer then goes on as any other, on this thread.
    auto *watcher = new QFutureWatcher<QByteArray>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, pending, status] {
        watcher->deleteLater();
        const QByteArray body = watcher->future().takeResult();
        succeed(pending, status, body, logEntry(pending, status, body.size()));
    });
    auto promise = std::make_shared<QPromise<QByteArray>>();
    watcher->setFuture(promise->future());
    m_decodePool.start([promise, buffer, size] {
        promise->start();
        QByteArray body;
        body.reserve(size + kBodyPadding);
        body.append(buffer.data(), size);
        promise->addResult(std::move(body));
        promise->finish();
    });
    return true;
}

void RasClient::takeAnswer(const std::shared_ptr<Pending> &pending, QNetworkReply *reply)
{
    // Read straight into the answer, leaving kBodyPadding bytes of room after it for the decoder
    // (which then reads the body in place instead of copying it). Without a declared length the
    // buffer grows by doubling, as QByteArray's own appends would.
    QByteArray &answer = pending->answer;
    const qint64 have = answer.size();
    const qint64 wanted = std::min(reply->bytesAvailable(), m_maxAnswerBytes + 1 - have);
    if (wanted <= 0)
        return;
    const qint64 needed = have + wanted + kBodyPadding;
    if (answer.capacity() < needed)
        answer.reserve(std::max(needed, 2 * answer.capacity()));
    answer.resize(have + wanted);
    const qint64 read = reply->read(answer.data() + have, wanted);
    answer.resize(have + std::max<qint64>(read, 0));
}

RasError RasClient::limitError(const std::shared_ptr<Pending> &pending) const
{
    RasError error;
    if (pending->tooLarge) {
        error.kind = RasError::Kind::Malformed;
        error.message = tr("The answer is larger than %1 MB, the most accepted; the transfer was stopped.")
                            .arg(m_maxAnswerBytes / (1024 * 1024));
    } else {
        error.kind = RasError::Kind::Timeout;
        error.message = tr("No complete answer within %1 seconds.").arg(m_deadlineMs / 1000.0, 0, 'g', 3);
    }
    return error;
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
    } else if (code >= QNetworkReply::ProtocolUnknownError || code == QNetworkReply::UnknownContentError) {
        // The bytes arrived but could not be read as HTTP (e.g. a decompression bomb stopped by Qt).
        error.kind = RasError::Kind::Malformed;
        error.message = tr("The answer could not be read: %1").arg(reply->errorString());
    } else if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() > 0) {
        error.kind = RasError::Kind::Network;
        error.message = tr("The connection broke off during the answer: %1").arg(reply->errorString());
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
    if (status > 0)
        pending->sent = true;
    const bool success = status >= 200 && status < 300;
    // The status line alone proves nothing: a 200 followed by a dropped connection, a stall or a
    // decompression failure is a failed answer, and for a change an unknown outcome.
    const bool broken = status == 0 || pending->tooLarge || pending->pastDeadline
                        || (success && reply->error() != QNetworkReply::NoError);
    if (success && !broken && copyAnswerOnWorker(pending, reply, status))
        return;
    // An aborted reply is closed; reading it would only print "device not open".
    if (reply->isOpen() && !pending->tooLarge)
        takeAnswer(pending, reply);
    const QByteArray body = std::exchange(pending->answer, {});
    RequestLogEntry entry = logEntry(pending, status, body.size());
    if (broken) {
        RasError error = pending->tooLarge || pending->pastDeadline ? limitError(pending) : transportError(pending, reply);
        error.httpStatus = status;
        // Only an error that proves the request never reached a server makes a lost write a plain
        // failure; a timeout may have struck after the server acted.
        const auto code = reply->error();
        const bool neverSent = !pending->sent
                               && (error.kind == RasError::Kind::Tls || code == QNetworkReply::ConnectionRefusedError
                                   || code == QNetworkReply::HostNotFoundError
                                   || code == QNetworkReply::ProxyConnectionRefusedError
                                   || code == QNetworkReply::ProxyNotFoundError);
        error.outcomeUnknown = pending->isWrite() && !neverSent;
        entry.error = error.message;
        m_log.add(entry);
        complete(pending, error);
        return;
    }
    if (success) {
        succeed(pending, status, body, entry);
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

bool RasClient::isAcceptableToken(const QByteArray &token)
{
    if (token.isEmpty() || token.size() > kMaxTokenLength)
        return false;
    return std::all_of(token.cbegin(), token.cend(), [](char c) { return c >= 0x21 && c <= 0x7E; });
}

void RasClient::finishLogon(const std::shared_ptr<Pending> &pending, const Reply &answer)
{
    const QString token = authTokenOf(answer.body);
    RasError error;
    error.kind = RasError::Kind::Malformed;
    error.httpStatus = answer.status;
    if (token.isEmpty()) {
        error.message = tr("The log-on answer carries no authToken.");
        complete(pending, error);
        return;
    }
    const QByteArray bytes = token.toUtf8();
    if (!isAcceptableToken(bytes)) {
        error.message = tr("The log-on answer's authToken is not a plain token (only visible ASCII characters, "
                           "at most %1 of them, are accepted).")
                            .arg(kMaxTokenLength);
        complete(pending, error);
        return;
    }
    m_token = bytes;
    m_loggedOnOnce = true;
    emit loggedOn();
    complete(pending, answer);
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
