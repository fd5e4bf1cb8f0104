#include "SecondaryConnection.h"

#include "JsonDecoding.h"

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

const Json::KeyTable &connectionKeys()
{
    static const Json::KeyTable keys{"mode", "server", "serverPort"};
    return keys;
}

} // namespace

bool Json::readSecondaryConnection(Json::Object object, Json::Reader &reader, SecondaryConnection &connection,
                                   QString *error)
{
    connection.serverPort = 0; // a connection without a port is not silently given one
    const qsizetype problemsBefore = reader.problems().size();
    reader.forEachField(object, connectionKeys(), [&](int index, Json::Value &value) {
        switch (index) {
        case 0:
            connection.mode = static_cast<Ras::SecondaryConnectionMode>(
                reader.toEnum(value, "mode", Ras::secondaryConnectionModeEntries(), 0));
            break;
        case 1: connection.server = reader.toString(value, "server"); break;
        case 2: connection.serverPort = reader.toInt(value, "serverPort", 0); break;
        }
    });
    if (reader.problems().size() != problemsBefore) {
        *error = QCoreApplication::translate("Json", "a secondary connection is unreadable: %1")
                     .arg(reader.problems().mid(problemsBefore).join(QStringLiteral("; ")));
        return false;
    }
    return true;
}

std::optional<SecondaryConnection> SecondaryConnection::fromJson(const QByteArray &json, QString *error)
{
    return Json::decodeObject<SecondaryConnection>(json, error, Json::readSecondaryConnection);
}

std::optional<QList<SecondaryConnection>> SecondaryConnection::listFromJson(const QByteArray &json, QString *error)
{
    return Json::decodeList<SecondaryConnection>(json, error, Json::readSecondaryConnection);
}
