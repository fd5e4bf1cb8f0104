#pragma once

#include "ObjectPage.h"

// Client policies, farm-wide and ordered: add, edit, delete, move up and down, and each policy's
// secondary connections. Hidden from administrators without the policies permission.
class PoliciesPage final : public ObjectPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoliciesPage)

public:
    PoliciesPage(FarmController *farm, bool readOnly, QWidget *parent = nullptr);

    QString title() const override;

    Allowed allowed() const override;
    void addNew() override;
    void showProperties() override;
    void deleteSelected() override;
    void moveSelected(bool up) override;
    void editConnections() override;

protected:
    QString detailsHtml(int id) const override;
    SessionRights::Object rightsObject() const override { return SessionRights::Object::ClientPolicies; }
    QString refusal(SessionRights::Operation operation) const override;
};
