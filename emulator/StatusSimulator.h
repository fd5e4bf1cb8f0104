#pragma once

#include <QJsonObject>

class FarmState;

// Builds the agent status objects that GET broker/status and gateway/status answer with, in the
// shape of the official sample (ids as strings, free-form time strings, integer loads).
namespace StatusSimulator {

// Agent states the emulator produces (a subset of the documented AgentState values).
enum AgentState {
    Ok = 0,
    NotApplied = 24,
    StandBy = 27,
    NeedsUpdate = -5,
    DisabledFromSettings = -2,
    Disconnected = -1,
};

QJsonObject brokerStatus(const FarmState &farm, const QJsonObject &broker, qint64 nowMs);
QJsonObject gatewayStatus(const FarmState &farm, const QJsonObject &gateway, qint64 nowMs);
// A Site's status (api/Site/status): the status of its primary broker, as server type Site, with the
// Site's id. The guide gives no sample; the shape follows the PowerShell site status (its primary
// broker's server and agent state), see docs/api-notes.md.
QJsonObject siteStatus(const FarmState &farm, const QJsonObject &site, qint64 nowMs);

} // namespace StatusSimulator
