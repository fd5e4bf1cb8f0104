#include "LenientJson.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>

namespace LenientJson {

std::optional<qint64> toInteger(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::isfinite(number) && std::floor(number) == number && std::fabs(number) < 9.0e15)
            return static_cast<qint64>(number);
        return std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

std::optional<bool> toBool(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return true;
        if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return false;
    }
    return std::nullopt;
}

std::optional<int> toEnum(const QJsonValue &value, const EnumNames &names)
{
    if (const auto number = toInteger(value)) {
        for (const auto &entry : names) {
            if (entry.first == *number)
                return entry.first;
        }
        return std::nullopt;
    }
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        for (const auto &entry : names) {
            if (entry.second.compare(text, Qt::CaseInsensitive) == 0)
                return entry.first;
        }
    }
    return std::nullopt;
}

QString findKey(const QJsonObject &object, const QString &name)
{
    if (object.contains(name))
        return name;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.key();
    }
    return {};
}

QJsonValue valueOf(const QJsonObject &object, const QString &name)
{
    const QString key = findKey(object, name);
    return key.isEmpty() ? QJsonValue(QJsonValue::Undefined) : object.value(key);
}

std::optional<QJsonObject> parseObject(const QByteArray &body, ApiResponse *error, bool allowEmpty)
{
    if (body.trimmed().isEmpty()) {
        if (allowEmpty)
            return QJsonObject();
        *error = ApiResponse::validation(QStringLiteral("body"), QStringLiteral("A non-empty request body is required."));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = ApiResponse::validation(
            QStringLiteral("$"),
            QStringLiteral("The request body is not valid JSON: %1 at offset %2.")
                .arg(parseError.errorString())
                .arg(parseError.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = ApiResponse::validation(QStringLiteral("$"), QStringLiteral("The request body must be a JSON object."));
        return std::nullopt;
    }
    return document.object();
}

} // namespace LenientJson
