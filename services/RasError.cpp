#include "RasError.h"

#include "JsonDecoding.h"

QString RasError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Network: return tr("Network error");
    case Kind::Tls: return tr("Certificate not trusted");
    case Kind::Timeout: return tr("Timed out");
    case Kind::Unauthorized: return tr("Not logged on");
    case Kind::Forbidden: return tr("Not permitted");
    case Kind::NotFound: return tr("Not found");
    case Kind::Conflict: return tr("Conflict");
    case Kind::Rejected: return tr("Refused by the server");
    case Kind::Server: return tr("Server error");
    case Kind::Malformed: return tr("Unreadable answer");
    }
    return {};
}

QString RasError::toString() const
{
    QString text = method.isEmpty() ? QString() : method + QLatin1Char(' ') + path + QStringLiteral(": ");
    text += message.isEmpty() ? kindName(kind) : message;
    if (httpStatus > 0)
        text += QStringLiteral(" (HTTP %1)").arg(httpStatus);
    if (outcomeUnknown)
        text += QLatin1Char(' ') + outcomeUnknownAdvice();
    return text;
}

QString RasError::outcomeUnknownAdvice()
{
    return tr("The change may have been made: check before retrying.");
}

QString RasError::clipped(const QString &message)
{
    if (message.size() <= kMaxMessageChars)
        return message;
    return tr("%1… (cut: the message has %n characters)", nullptr, static_cast<int>(message.size()))
        .arg(message.left(kMaxMessageChars));
}

RasError::Kind RasError::kindForStatus(int status)
{
    switch (status) {
    case 401: return Kind::Unauthorized;
    case 403: return Kind::Forbidden;
    case 404: return Kind::NotFound;
    case 409: return Kind::Conflict;
    case 408: return Kind::Timeout;
    default: return status >= 500 ? Kind::Server : Kind::Rejected;
    }
}

QString RasError::messageFromBody(const QByteArray &body)
{
    // ProblemDetails first, then the legacy {code,msg}; names matched in any case.
    static const Json::KeyTable keys{"detail", "title", "msg", "message"};
    QString error;
    const auto found = Json::decodeObject<QStringList>(
        body, &error, [](Json::Object object, Json::Reader &reader, QStringList &byPreference, QString *) {
            byPreference.resize(4);
            reader.forEachField(object, keys, [&](int index, Json::Value &value) {
                if (Json::get(value.type()) == simdjson::ondemand::json_type::string)
                    byPreference[index] = reader.toString(value, "message").trimmed();
                else
                    reader.skip(value);
            });
            return true;
        });
    if (found) {
        for (const QString &message : *found) {
            if (!message.isEmpty())
                return clipped(message);
        }
        return {};
    }
    // Plain text answers (proxies, IIS error pages) are shown if short and printable.
    const QString text = QString::fromUtf8(body).trimmed();
    if (!text.isEmpty() && text.size() <= 300 && !text.startsWith(QLatin1Char('<')))
        return text;
    return {};
}

RasError RasError::fromHttp(int status, const QByteArray &body, const QString &reason)
{
    RasError error;
    error.httpStatus = status;
    error.kind = kindForStatus(status);
    error.message = messageFromBody(body);
    if (error.message.isEmpty())
        error.message = reason.isEmpty() ? kindName(error.kind) : reason;
    return error;
}
