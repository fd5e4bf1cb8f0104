#include "GatewayChanges.h"

#include <QCoreApplication>
#include <QJsonArray>

GatewayChanges GatewayChanges::between(const Gateway &before, const Gateway &after)
{
    GatewayChanges changes;
    changes.m_values = after;
    for (const auto &field : GatewayField::all()) {
        if (field.writable && field.read(after) != field.read(before))
            changes.m_fields << &field;
    }
    return changes;
}

bool GatewayChanges::assign(const GatewayField &field, const QString &text, QString *error)
{
    if (!field.writable) {
        *error = QCoreApplication::translate("GatewayField", "%1 cannot be changed.").arg(QLatin1String(field.apiName));
        return false;
    }
    if (!writeText(field, text, &m_values, error))
        return false;
    add(field);
    return true;
}

void GatewayChanges::add(const GatewayField &field)
{
    if (m_fields.contains(&field))
        return;
    // Keep table order so the body and any listing of the changes read the same way every time.
    const QList<GatewayField> &table = GatewayField::all();
    const qsizetype position = &field - table.constData();
    qsizetype at = 0;
    while (at < m_fields.size() && (m_fields.at(at) - table.constData()) < position)
        ++at;
    m_fields.insert(at, &field);
}

bool GatewayChanges::contains(const QString &apiName) const
{
    const GatewayField *field = GatewayField::find(apiName);
    return field && m_fields.contains(field);
}

QStringList GatewayChanges::fieldNames() const
{
    QStringList names;
    for (const GatewayField *field : m_fields)
        names << QLatin1String(field->apiName);
    return names;
}

QJsonObject GatewayChanges::toJson() const
{
    QJsonObject body;
    for (const GatewayField *field : m_fields)
        body.insert(QLatin1String(field->apiName), field->read(m_values));
    return body;
}

QString GatewayChanges::textOf(const GatewayField &field, const Gateway &gateway)
{
    switch (field.kind) {
    case GatewayField::Kind::Bool:
        return gateway.*field.boolean ? QStringLiteral("true") : QStringLiteral("false");
    case GatewayField::Kind::Int:
    case GatewayField::Kind::Enum:
        return QString::number(gateway.*field.integer);
    case GatewayField::Kind::Int64:
        return QString::number(gateway.*field.integer64);
    case GatewayField::Kind::String:
        return gateway.*field.string;
    case GatewayField::Kind::StringList:
        return (gateway.*field.list).join(QStringLiteral(", "));
    }
    return {};
}

bool GatewayChanges::writeText(const GatewayField &field, const QString &text, Gateway *gateway, QString *error)
{
    QJsonValue value;
    if (!field.parse(text, &value, error))
        return false;
    field.write(*gateway, value);
    return true;
}
