#pragma once

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

private:
    RasClient *m_client;
};
