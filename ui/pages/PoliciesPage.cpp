#include "PoliciesPage.h"

#include "FarmController.h"
#include "PolicyDialog.h"
#include "Questions.h"
#include "RecordTablePage.h"
#include "SecondaryConnectionsDialog.h"

PoliciesPage::PoliciesPage(FarmController *farm, bool readOnly, QWidget *parent)
    : ObjectPage(farm, readOnly, QStringLiteral("policies"), farm->policies(), PolicyModel::Order, parent)
{
    table()->setProblemsFilterAvailable(false);
    updateDetails();
}

QString PoliciesPage::title() const
{
    return tr("Client Policies");
}

QString PoliciesPage::refusal(SessionRights::Operation operation) const
{
    switch (operation) {
    case SessionRights::Operation::Add:
        return tr("Your administrator rights do not allow adding client policies.");
    case SessionRights::Operation::Delete:
        return tr("Your administrator rights do not allow deleting client policies.");
    default:
        return tr("Your administrator rights do not allow changing client policies.");
    }
}

ObjectPage::Allowed PoliciesPage::allowed() const
{
    Allowed allowed;
    allowed.hasConnections = true;
    allowed.add = mayDo(SessionRights::Operation::Add);
    explainRefusals(&allowed, 0);
    const int row = farm()->policies()->rowOf(selectedId());
    if (row < 0)
        return allowed;
    allowed.properties = true;
    allowed.connections = true;
    const bool change = mayDo(SessionRights::Operation::Modify);
    allowed.moveUp = change && row > 0;
    allowed.moveDown = change && row < farm()->policies()->rowCount() - 1;
    allowed.remove = mayDo(SessionRights::Operation::Delete);
    return allowed;
}

void PoliciesPage::addNew()
{
    if (!mayDo(SessionRights::Operation::Add))
        return;
    auto *dialog = new PolicyDialog(nullptr, false, this);
    connect(dialog, &OperationDialog::submitted, this, [this, dialog] {
        sendFrom(dialog, [this, dialog](QObject *receiver, OutcomeHandler done) {
            farm()->addPolicy(dialog->changes(), receiver, std::move(done));
        });
    });
    openOwned(dialog);
}

void PoliciesPage::showProperties()
{
    const ClientPolicy *policy = farm()->policies()->policyAt(farm()->policies()->rowOf(selectedId()));
    if (!policy)
        return;
    auto *dialog = new PolicyDialog(policy, !mayDo(SessionRights::Operation::Modify), this);
    connect(dialog, &OperationDialog::submitted, this, [this, dialog] {
        sendFrom(dialog, [this, dialog](QObject *receiver, OutcomeHandler done) {
            farm()->updatePolicy(dialog->policyId(), dialog->changes(), receiver, std::move(done));
        });
    });
    openOwned(dialog);
}

void PoliciesPage::deleteSelected()
{
    const ClientPolicy *policy = farm()->policies()->policyAt(farm()->policies()->rowOf(selectedId()));
    if (!policy || !mayDo(SessionRights::Operation::Delete))
        return;
    enum Choice { Delete, Cancel };
    const int choice = Questions::choose(this, tr("Delete client policy"),
                                         tr("Delete client policy %1? The change is staged until Apply Settings.")
                                             .arg(policy->name),
                                         {tr("Delete client policy"), tr("Cancel")}, Cancel);
    if (choice == Delete)
        farm()->removePolicy(policy->id, this, reportToBanner());
}

void PoliciesPage::moveSelected(bool up)
{
    const int id = selectedId();
    if (id != 0 && mayDo(SessionRights::Operation::Modify))
        farm()->movePolicy(id, up, this, reportToBanner());
}

void PoliciesPage::editConnections()
{
    const ClientPolicy *policy = farm()->policies()->policyAt(farm()->policies()->rowOf(selectedId()));
    if (!policy)
        return;
    openOwned(new SecondaryConnectionsDialog(farm(), policy->id, policy->name, !mayDo(SessionRights::Operation::Modify),
                                             [this](const OperationOutcome &outcome) {
                                                 emit messageRaised(outcome.describedMessage(),
                                                                    outcome.succeeded() ? MessageBanner::Kind::Information
                                                                                        : MessageBanner::Kind::Error);
                                             },
                                             this));
}

QString PoliciesPage::detailsHtml(int id) const
{
    const ClientPolicy *policy = farm()->policies()->policyAt(farm()->policies()->rowOf(id));
    if (!policy)
        return {};
    QString html = detailRow(tr("Name"), policy->name) + detailRow(tr("Order"), QString::number(policy->order))
                   + detailRow(tr("Description"), policy->description);
    for (const auto &connection : policy->secondaryConnections)
        html += detailRow(tr("Secondary connection"), tr("%1 %2:%3", "mode, server and port of a secondary connection")
                                                          .arg(Ras::displayName(connection.mode), connection.server)
                                                          .arg(connection.serverPort));
    return html;
}

std::optional<RasError> PoliciesPage::loadFailure(const FarmSnapshot &snapshot) const
{
    if (snapshot.policies.failed())
        return snapshot.policies.error();
    return std::nullopt;
}
