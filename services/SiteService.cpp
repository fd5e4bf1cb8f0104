#include "SiteService.h"

#include "ServiceSupport.h"

void SiteService::list(QObject *receiver, std::function<void(const RasResult<QList<Site>> &)> callback)
{
    ServiceSupport::fetchList<Site>(m_client, QStringLiteral("api/Site"), {}, receiver, std::move(callback));
}

void SiteService::statusAll(QObject *receiver, std::function<void(const RasResult<QList<SiteStatus>> &)> callback)
{
    ServiceSupport::fetchList<SiteStatus>(m_client, QStringLiteral("api/Site/status"), {}, receiver, std::move(callback));
}
