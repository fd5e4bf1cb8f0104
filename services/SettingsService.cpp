#include "SettingsService.h"

#include "ServiceSupport.h"

void SettingsService::apply(QObject *receiver, std::function<void(const RasResult<Done> &)> callback)
{
    ServiceSupport::sendCommand(m_client, "POST", QStringLiteral("api/Settings/Apply"), {}, {}, receiver, std::move(callback));
}
