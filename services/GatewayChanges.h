#pragma once

#include "Gateway.h"

#include <QList>
#include <QString>
#include <QStringList>

// The fields of a gateway update (PUT api/Gateway/{id}); only the fields it holds are sent. The
// values live in a Gateway, so each keeps its C++ type until the service writes the body: callers
// (the properties dialog, rasctl's FIELD=VALUE) never handle JSON.
class GatewayChanges
{
public:
    // The writable fields in which after differs from before.
    static GatewayChanges between(const Gateway &before, const Gateway &after);

    // Sets one writable field from text as a user types it (true/no/1, numbers, enum names, comma
    // lists); false with a message when the text does not fit the field or the field is read-only.
    bool assign(const GatewayField &field, const QString &text, QString *error);

    bool isEmpty() const { return m_fields.isEmpty(); }
    bool contains(const QString &apiName) const;
    // The API names of the fields to send, in the order of the gateway field table.
    QStringList fieldNames() const;
    // The request body: the fields held, in the API's names and types.
    QJsonObject toJson() const;

    // Helpers for editors of single fields, so they need no JSON either:
    // the field's value as a user would type it ("a, b" for lists)...
    static QString textOf(const GatewayField &field, const Gateway &gateway);
    // ...and text typed into a field written into gateway (false with a message if it does not fit).
    static bool writeText(const GatewayField &field, const QString &text, Gateway *gateway, QString *error);

private:
    void add(const GatewayField &field);

    Gateway m_values;
    QList<const GatewayField *> m_fields; // in table order, each once
};
