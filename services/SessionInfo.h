#pragma once

#include <QByteArray>
#include <QString>

// The server's answer to log-on, without the token (which stays inside RasClient).
struct SessionInfo
{
    int userId = 0;
    int sessionId = 0;
    int connectedSiteId = 0;
    int settingsId = 0;
    bool applySettingsEnabled = false;
    bool primaryBrokerConnection = false;
    QString connectedServer;
    QString licensingServer;
    QString domain;
    QString farmName;
    QString farmGuid;
    QString user; // as typed at log-on

    static SessionInfo fromJson(const QByteArray &json);
};
