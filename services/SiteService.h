#pragma once

#include "AgentStatus.h"
#include "RasClient.h"
#include "Site.h"

#include <functional>

// api/Site: the Sites of the farm.
class SiteService
{
public:
    explicit SiteService(RasClient *client)
        : m_client(client)
    {
    }

    void list(QObject *receiver, std::function<void(const RasResult<QList<Site>> &)> callback);
    // GET api/Site/status: each Site's health, as its primary broker reports it.
    void statusAll(QObject *receiver, std::function<void(const RasResult<QList<SiteStatus>> &)> callback);

private:
    RasClient *m_client;
};
