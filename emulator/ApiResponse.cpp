#include "ApiResponse.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace {

QString problemType(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("https://tools.ietf.org/html/rfc7231#section-6.5.1");
    case 401:
        return QStringLiteral("https://tools.ietf.org/html/rfc7235#section-3.1");
    case 403:
        return QStringLiteral("https://tools.ietf.org/html/rfc7231#section-6.5.3");
    case 404:
        return QStringLiteral("https://tools.ietf.org/html/rfc7231#section-6.5.4");
    case 405:
        return QStringLiteral("https://tools.ietf.org/html/rfc7231#section-6.5.5");
    case 409:
        return QStringLiteral("https://tools.ietf.org/html/rfc7231#section-6.5.8");
    default:
        return QStringLiteral("https://tools.ietf.org/html/rfc7231#section-6.6.1");
    }
}

QString traceId()
{
    // Same shape as ASP.NET's W3C trace ids: 00-<32 hex>-<16 hex>-00.
    auto *rng = QRandomGenerator::global();
    return QStringLiteral("00-%1%2-%3-00")
        .arg(rng->generate64(), 16, 16, QLatin1Char('0'))
        .arg(rng->generate64(), 16, 16, QLatin1Char('0'))
        .arg(rng->generate64(), 16, 16, QLatin1Char('0'));
}

} // namespace

ApiResponse ApiResponse::json(int status, const QJsonValue &value)
{
    ApiResponse response;
    response.status = status;
    if (value.isArray())
        response.body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else
        response.body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return response;
}

ApiResponse ApiResponse::empty(int status)
{
    ApiResponse response;
    response.status = status;
    return response;
}

ApiResponse ApiResponse::problem(int status, const QString &detail)
{
    QJsonObject body{{QStringLiteral("type"), problemType(status)},
                     {QStringLiteral("title"), QString::fromLatin1(httpReasonPhrase(status))},
                     {QStringLiteral("status"), status},
                     {QStringLiteral("traceId"), traceId()}};
    if (!detail.isEmpty())
        body.insert(QStringLiteral("detail"), detail);
    return json(status, body);
}

ApiResponse ApiResponse::validation(const QString &field, const QString &message)
{
    const QJsonObject errors{{field, QJsonArray{message}}};
    const QJsonObject body{{QStringLiteral("type"), problemType(400)},
                           {QStringLiteral("title"), QStringLiteral("One or more validation errors occurred.")},
                           {QStringLiteral("status"), 400},
                           {QStringLiteral("detail"), message},
                           {QStringLiteral("traceId"), traceId()},
                           {QStringLiteral("errors"), errors}};
    return json(400, body);
}

ApiResponse ApiResponse::legacy(int status, const QString &message)
{
    return json(status, QJsonObject{{QStringLiteral("code"), 0}, {QStringLiteral("msg"), message}});
}

ApiResponse ApiResponse::notFound(const QString &what, int id)
{
    return problem(404, QStringLiteral("%1 with ID %2 was not found.").arg(what).arg(id));
}

QByteArray httpReasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 411: return "Length Required";
    case 413: return "Payload Too Large";
    case 415: return "Unsupported Media Type";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Unknown";
    }
}

QByteArray ApiResponse::toHttp() const
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + httpReasonPhrase(status)
                      + "\r\nServer: Kestrel\r\nDate: "
                      + QLocale::c()
                            .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                            .toLatin1()
                      + "\r\n";
    if (!body.isEmpty())
        head += "Content-Type: application/json; api-version=1.0\r\n";
    if (status != 204)
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &header : headers)
        head += header.first + ": " + header.second + "\r\n";
    return head + "\r\n" + body;
}
