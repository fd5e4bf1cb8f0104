#include "FieldSchema.h"

#include <QJsonArray>

FieldSchema::FieldSchema(QList<FieldSpec> specs)
    : m_specs(std::move(specs))
{
}

const FieldSpec *FieldSchema::find(const QString &name) const
{
    for (const auto &spec : m_specs) {
        if (spec.name.compare(name, Qt::CaseInsensitive) == 0)
            return &spec;
        for (const auto &alias : spec.aliases) {
            if (alias.compare(name, Qt::CaseInsensitive) == 0)
                return &spec;
        }
    }
    return nullptr;
}

std::optional<QJsonValue> FieldSchema::convert(const FieldSpec &spec, const QJsonValue &value, QString *message) const
{
    switch (spec.kind) {
    case FieldSpec::Kind::Bool:
        if (const auto flag = LenientJson::toBool(value))
            return QJsonValue(*flag);
        *message = QStringLiteral("The value for '%1' must be true or false.").arg(spec.name);
        return std::nullopt;
    case FieldSpec::Kind::Integer: {
        const auto number = LenientJson::toInteger(value);
        if (!number) {
            *message = QStringLiteral("The value for '%1' must be an integer.").arg(spec.name);
            return std::nullopt;
        }
        if (*number < spec.minimum || *number > spec.maximum) {
            *message = QStringLiteral("The value for '%1' must be between %2 and %3.")
                           .arg(spec.name)
                           .arg(spec.minimum)
                           .arg(spec.maximum);
            return std::nullopt;
        }
        return QJsonValue(static_cast<double>(*number));
    }
    case FieldSpec::Kind::String: {
        if (!value.isString() && !value.isNull()) {
            *message = QStringLiteral("The value for '%1' must be a string.").arg(spec.name);
            return std::nullopt;
        }
        const QString text = value.toString();
        if (text.size() < spec.minimum || (spec.maximum > 0 && text.size() > spec.maximum)) {
            *message = spec.maximum > 0
                           ? QStringLiteral("'%1' must be between %2 and %3 characters long.")
                                 .arg(spec.name)
                                 .arg(spec.minimum)
                                 .arg(spec.maximum)
                           : QStringLiteral("'%1' must not be empty.").arg(spec.name);
            return std::nullopt;
        }
        return QJsonValue(text);
    }
    case FieldSpec::Kind::StringList: {
        if (!value.isArray()) {
            *message = QStringLiteral("The value for '%1' must be an array of strings.").arg(spec.name);
            return std::nullopt;
        }
        const QJsonArray items = value.toArray();
        for (const auto &item : items) {
            if (!item.isString()) {
                *message = QStringLiteral("The value for '%1' must be an array of strings.").arg(spec.name);
                return std::nullopt;
            }
        }
        return QJsonValue(items);
    }
    case FieldSpec::Kind::Enum:
        if (const auto number = LenientJson::toEnum(value, spec.enumNames))
            return QJsonValue(*number);
        {
            QStringList allowed;
            for (const auto &entry : spec.enumNames)
                allowed << QStringLiteral("%1 (%2)").arg(entry.first).arg(entry.second);
            *message = QStringLiteral("The value for '%1' is not valid. Allowed: %2.")
                           .arg(spec.name, allowed.join(QStringLiteral(", ")));
        }
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<QStringList> FieldSchema::apply(const QJsonObject &body, QJsonObject *target, ApiResponse *error) const
{
    QJsonObject converted;
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        const FieldSpec *spec = find(it.key());
        if (!spec) {
            *error = ApiResponse::validation(it.key(),
                                             QStringLiteral("The property '%1' is not known or cannot be changed.")
                                                 .arg(it.key()));
            return std::nullopt;
        }
        QString message;
        const auto value = convert(*spec, it.value(), &message);
        if (!value) {
            *error = ApiResponse::validation(spec->name, message);
            return std::nullopt;
        }
        converted.insert(spec->name, *value);
    }
    QStringList written;
    for (auto it = converted.constBegin(); it != converted.constEnd(); ++it) {
        target->insert(it.key(), it.value());
        written << it.key();
    }
    return written;
}
