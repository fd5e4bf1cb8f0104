#include "SecondaryConnection.h"

#include "JsonReader.h"

#include <QCoreApplication>

QString SecondaryConnection::validate() const
{
    const int value = static_cast<int>(mode);
    if (value < 0 || value > 3)
        return QCoreApplication::translate("SecondaryConnection", "Choose a connection mode.");
    const QString trimmed = server.trimmed();
    if (trimmed.isEmpty())
        return QCoreApplication::translate("SecondaryConnection", "Enter the server to connect to.");
    if (server.size() > 255)
        return QCoreApplication::translate("SecondaryConnection", "The server name may have at most 255 characters.");
    if (trimmed.contains(QLatin1Char(' ')))
        return QCoreApplication::translate("SecondaryConnection", "The server name must not contain spaces.");
    if (serverPort < 1 || serverPort > 65535)
        return QCoreApplication::translate("SecondaryConnection", "The port must be between 1 and 65535.");
    return {};
}

QJsonObject SecondaryConnection::toJson() const
{
    return QJsonObject{{QStringLiteral("mode"), static_cast<int>(mode)},
                       {QStringLiteral("server"), server.trimmed()},
                       {QStringLiteral("serverPort"), serverPort}};
}

namespace {

std::optional<SecondaryConnection> decodeSecondaryConnection(JsonReader &reader, QString *error)
{
    SecondaryConnection connection;
    connection.mode = static_cast<Ras::SecondaryConnectionMode>(
        reader.toEnum("mode", Ras::secondaryConnectionModeEntries(), 0));
    connection.server = reader.toString("server");
    connection.serverPort = reader.toInt("serverPort");
    if (!reader.problems().isEmpty()) {
        *error = QStringLiteral("a secondary connection is unreadable: %1").arg(reader.problems().join(QStringLiteral("; ")));
        return std::nullopt;
    }
    return connection;
}

} // namespace

std::optional<SecondaryConnection> SecondaryConnection::fromJson(const QJsonObject &object, QString *error)
{
    JsonReader reader(object);
    return decodeSecondaryConnection(reader, error);
}

std::optional<SecondaryConnection> SecondaryConnection::fromMembers(const JsonMembers &members, QString *error)
{
    JsonReader reader(members);
    return decodeSecondaryConnection(reader, error);
}
