#pragma once

#include "ApiResponse.h"
#include "LenientJson.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// One writable property of an emulated resource: its canonical name (as the server writes it),
// the type the schema gives it, and the limits a real server enforces.
struct FieldSpec
{
    enum class Kind { Bool, Integer, String, StringList, Enum };

    QString name;
    Kind kind = Kind::String;
    qint64 minimum = 0; // Integer: smallest value; String: shortest length
    qint64 maximum = 0; // Integer: largest value; String: longest length (0 = unlimited)
    LenientJson::EnumNames enumNames;
    QStringList aliases; // other names the server binds to this property (e.g. "enable")

    static FieldSpec boolean(const QString &name) { return {name, Kind::Bool, 0, 0, {}, {}}; }
    static FieldSpec integer(const QString &name, qint64 min, qint64 max) { return {name, Kind::Integer, min, max, {}, {}}; }
    static FieldSpec string(const QString &name, qint64 minLength = 0, qint64 maxLength = 0)
    {
        return {name, Kind::String, minLength, maxLength, {}, {}};
    }
    static FieldSpec stringList(const QString &name) { return {name, Kind::StringList, 0, 0, {}, {}}; }
    static FieldSpec enumeration(const QString &name, const LenientJson::EnumNames &names)
    {
        return {name, Kind::Enum, 0, 0, names, {}};
    }
};

// The set of properties a PUT or POST body may carry. Validation is all-or-nothing so that a
// refused request never leaves the farm half changed.
class FieldSchema
{
public:
    explicit FieldSchema(QList<FieldSpec> specs);

    const FieldSpec *find(const QString &name) const;
    std::optional<QJsonValue> convert(const FieldSpec &spec, const QJsonValue &value, QString *message) const;

    // Converts every property of body (unknown ones are refused, as with additionalProperties:false);
    // on success writes the canonical values into target and returns the canonical names written.
    std::optional<QStringList> apply(const QJsonObject &body, QJsonObject *target, ApiResponse *error) const;

private:
    QList<FieldSpec> m_specs;
};
