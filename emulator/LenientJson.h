#pragma once

#include "ApiResponse.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <optional>

// What an ASP.NET Core server with lenient model binding accepts, as seen in the official samples:
// numbers and booleans sent as strings ("siteId":"1", "enableGWPort":"false"), enums sent by name
// ("bothVersions"), property names in any letter case ("ipversion").
namespace LenientJson {

using EnumNames = QList<QPair<int, QString>>;

std::optional<qint64> toInteger(const QJsonValue &value);
std::optional<bool> toBool(const QJsonValue &value);
std::optional<int> toEnum(const QJsonValue &value, const EnumNames &names);

// The key of object that equals name ignoring case, or an empty string.
QString findKey(const QJsonObject &object, const QString &name);
QJsonValue valueOf(const QJsonObject &object, const QString &name);

// Parses a request body that must be one JSON object. An empty body is an empty object when
// allowEmpty is set. On failure error holds the 400 answer ASP.NET would give.
std::optional<QJsonObject> parseObject(const QByteArray &body, ApiResponse *error, bool allowEmpty = false);

} // namespace LenientJson
