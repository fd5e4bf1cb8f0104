#include "ChangeReadBack.h"

#include "BrokerModel.h"
#include "BrokerService.h"
#include "GatewayModel.h"
#include "GatewayService.h"
#include "PolicyModel.h"
#include "PolicyService.h"

ChangeReadBack::ChangeReadBack(RasClient *client, Models models, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_models(models)
{
}

void ChangeReadBack::broker(int id)
{
    started();
    BrokerService(m_client).get(id, this, [this, id](const RasResult<Broker> &result) {
        if (result)
            m_models.brokers->upsertBroker(result.value());
        else if (result.error().kind == RasError::Kind::NotFound)
            m_models.brokers->removeBroker(id); // deleted by someone else meanwhile
        answered(result.ok());
    });
}

void ChangeReadBack::brokerStatus(int id)
{
    started();
    BrokerService(m_client).status(id, this, [this](const RasResult<BrokerStatus> &result) {
        if (result)
            m_models.brokers->setStatus(result.value());
        answered(true);
    });
}

void ChangeReadBack::gateway(int id)
{
    started();
    GatewayService(m_client).get(id, this, [this, id](const RasResult<Gateway> &result) {
        if (result)
            m_models.gateways->upsertGateway(result.value());
        else if (result.error().kind == RasError::Kind::NotFound)
            m_models.gateways->removeGateway(id);
        answered(result.ok());
    });
}

void ChangeReadBack::gatewayStatus(int id)
{
    started();
    GatewayService(m_client).status(id, this, [this](const RasResult<GatewayStatus> &result) {
        if (result)
            m_models.gateways->setStatus(result.value());
        answered(true);
    });
}

void ChangeReadBack::policy(int id)
{
    started();
    PolicyService(m_client).get(id, this, [this, id](const RasResult<ClientPolicy> &result) {
        if (result)
            m_models.policies->upsertPolicy(result.value());
        else if (result.error().kind == RasError::Kind::NotFound)
            m_models.policies->removePolicy(id);
        answered(result.ok());
    });
}

void ChangeReadBack::markUncertain()
{
    m_certain = false;
}

void ChangeReadBack::finish(std::function<void(bool certain)> done)
{
    m_done = std::move(done);
    completeIfAnswered();
}

void ChangeReadBack::answered(bool recordRead)
{
    --m_outstanding;
    m_certain = m_certain && recordRead;
    completeIfAnswered();
}

void ChangeReadBack::completeIfAnswered()
{
    if (m_outstanding > 0 || !m_done)
        return;
    const auto done = std::exchange(m_done, {});
    done(m_certain);
    deleteLater();
}
