#pragma once

#include "RasClient.h"

#include <functional>

// api/Settings/Apply: commits staged changes.
class SettingsService
{
public:
    explicit SettingsService(RasClient *client)
        : m_client(client)
    {
    }

    // Commits every staged change to the farm (the console's Apply button).
    void apply(QObject *receiver, std::function<void(const RasResult<Done> &)> callback);

private:
    RasClient *m_client;
};
