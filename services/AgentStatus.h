#pragma once

#include "RasEnums.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

// The live status of a broker, gateway or Site agent (GET api/Broker/status, api/Gateway/status, api/Site/status).
// The API sends the id as a string ("1"); numericId is that id as the object's int id.
struct AgentStatus
{
    QString id;
    int numericId = 0;
    QString server;
    int siteId = 0;
    bool enabled = true;
    int cpuLoad = 0; // percent
    int memLoad = 0; // percent
    int diskRead = 0;
    int diskWrite = 0;
    QString agentVersion;
    QString serverOs;
    QString serviceStartTime; // free text ("Unknown" or a date)
    QString systemBootTime;   // free text
    int unhandledExceptions = 0;
    Ras::AgentState agentState = Ras::AgentState::Unknown;
    Ras::ServerType serverType = Ras::ServerType::Broker;
    Ras::LogLevel logLevel = Ras::LogLevel::Standard;

    // One object or a list of them as the API sends it (JSON text); std::nullopt with a message when
    // the text is not JSON or an object cannot become a AgentStatus.
    static std::optional<AgentStatus> fromJson(const QByteArray &json, QString *error);
    static std::optional<QList<AgentStatus>> listFromJson(const QByteArray &json, QString *error);
};

// Copied by moving its bytes: a 10,000-entry list grows without constructing anything again.
Q_DECLARE_TYPEINFO(AgentStatus, Q_RELOCATABLE_TYPE);

using BrokerStatus = AgentStatus;
using GatewayStatus = AgentStatus;
// GET api/Site/status: one status per Site, that of its primary broker (server type Site); the guide
// shows no sample, see docs/api-notes.md.
using SiteStatus = AgentStatus;
