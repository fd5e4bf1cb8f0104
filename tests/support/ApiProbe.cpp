#include "ApiProbe.h"

#include <QBuffer>
#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSslCertificate>

ApiProbe::ApiProbe(const QString &baseUrl)
    : m_baseUrl(baseUrl)
    , m_ssl(QSslConfiguration::defaultConfiguration())
{
}

void ApiProbe::trustCertificate(const QString &pemPath)
{
    m_ssl.setCaCertificates(QSslCertificate::fromPath(pemPath));
}

ProbeReply ApiProbe::send(const QByteArray &method, const QString &path, const QByteArray &body, bool withToken,
                          int timeoutMs)
{
    QNetworkRequest request(QUrl(m_baseUrl + QLatin1Char('/') + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; api-version=1.0"));
    if (withToken && !token.isEmpty())
        request.setRawHeader("auth_token", token);
    request.setTransferTimeout(timeoutMs);
    request.setSslConfiguration(m_ssl);
    QNetworkReply *reply = nullptr;
    if (body.isEmpty()) {
        reply = manager.sendCustomRequest(request, method);
    } else {
        reply = manager.sendCustomRequest(request, method, body);
    }
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(timeoutMs + 2000);
    ProbeReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    result.error = reply->error();
    result.errorString = reply->errorString();
    reply->deleteLater();
    return result;
}

bool ApiProbe::logon(const QString &user, const QString &password)
{
    const QJsonObject credentials{{QStringLiteral("username"), user}, {QStringLiteral("password"), password}};
    const ProbeReply reply = send("POST", QStringLiteral("api/Session/logon"),
                                  QJsonDocument(credentials).toJson(QJsonDocument::Compact), false);
    if (reply.status != 200)
        return false;
    token = reply.json().object().value(QLatin1String("authToken")).toString().toLatin1();
    return !token.isEmpty();
}

QByteArray testData(const QString &name)
{
    QFile file(QStringLiteral(RAS_TEST_DATA_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return file.readAll();
}
