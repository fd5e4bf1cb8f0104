#pragma once

#include "GatewayAddRequest.h"
#include "GatewayModel.h"
#include "ObjectPage.h"

// Secure Gateways, per Site: add, every property on tabs, delete.
class GatewaysPage final : public ObjectPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewaysPage)

public:
    GatewaysPage(FarmController *farm, bool readOnly, QWidget *parent = nullptr);

    QString title() const override;
    HealthWatch *healthWatch() const override { return m_health; }
    QString exportName() const override { return QStringLiteral("gateways"); }
    QString allSitesTitle() const override;
    bool isPerSite() const override { return true; }

    Allowed allowed() const override;
    void addNew() override;
    void showProperties() override;
    void deleteSelected() override;

protected:
    QString detailsHtml(int id) const override;
    int nameColumn() const override { return GatewayModel::Server; }
    std::optional<RasError> loadFailure(const FarmSnapshot &snapshot) const override;
    SessionRights::Object rightsObject() const override { return SessionRights::Object::Gateways; }
    QString refusal(SessionRights::Operation operation) const override;

private:
    void applyWizardSettings(const GatewayAddRequest &request);

    HealthWatch *m_health;
};
