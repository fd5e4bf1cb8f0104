#pragma once

#include "ObjectPage.h"

class LoadHistoryChart;

// Connection Brokers, per Site: add (with agent push-install), properties, delete (keeping or
// uninstalling the agent), move among the secondaries, promote to primary, enable/disable in place,
// and the selected broker's load over the last hour beside its details.
class BrokersPage final : public ObjectPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrokersPage)

public:
    BrokersPage(FarmController *farm, bool readOnly, QWidget *parent = nullptr);

    QString title() const override;
    QString allSitesTitle() const override;
    bool isPerSite() const override { return true; }
    LoadHistoryChart *historyChart() const { return m_history; }

    Allowed allowed() const override;
    void addNew() override;
    void showProperties() override;
    void deleteSelected() override;
    void moveSelected(bool up) override;
    void promoteSelected() override;

protected:
    QString detailsHtml(int id) const override;
    SessionRights::Object rightsObject() const override { return SessionRights::Object::Brokers; }
    QString refusal(SessionRights::Operation operation) const override;

private:
    LoadHistoryChart *m_history;
};
