#include "SecondaryConnectionsDialog.h"

#include "FarmController.h"
#include "SecondaryConnectionModel.h"
#include "ui_SecondaryConnectionsDialog.h"

#include "Theme.h"

#include <QGuiApplication>
#include <QHeaderView>
#include <QPointer>

SecondaryConnectionsDialog::SecondaryConnectionsDialog(FarmController *controller, int policyId, const QString &policyName,
                                                       bool readOnly, OutcomeHandler reportElsewhere, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SecondaryConnectionsDialog>())
    , m_controller(controller)
    , m_model(new SecondaryConnectionModel(this))
    , m_policyId(policyId)
    , m_readOnly(readOnly)
    , m_reportElsewhere(std::move(reportElsewhere))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("%1 - Secondary connections").arg(policyName));
    m_ui->table->setModel(m_model);
    m_ui->table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ui->table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ui->table->verticalHeader()->hide();
    m_ui->table->setWordWrap(false);
    m_ui->table->horizontalHeader()->setSectionResizeMode(SecondaryConnectionModel::Mode, QHeaderView::ResizeToContents);
    m_ui->table->horizontalHeader()->setSectionResizeMode(SecondaryConnectionModel::Server, QHeaderView::Stretch);
    m_ui->table->horizontalHeader()->setSectionResizeMode(SecondaryConnectionModel::Port, QHeaderView::ResizeToContents);
    m_ui->error->setWordWrap(true);
    m_ui->error->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::errorText(QGuiApplication::palette()).name()));
    for (const auto &entry : Ras::secondaryConnectionModeEntries())
        m_ui->mode->addItem(QCoreApplication::translate("Ras", entry.displayText), entry.value);
    m_ui->mode->setCurrentIndex(m_ui->mode->findData(static_cast<int>(Ras::SecondaryConnectionMode::GatewaySsl)));
    m_ui->addGroup->setVisible(!readOnly);
    m_ui->remove->setVisible(!readOnly);

    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->add, &QPushButton::clicked, this, &SecondaryConnectionsDialog::addTyped);
    connect(m_ui->server, &QLineEdit::returnPressed, this, &SecondaryConnectionsDialog::addTyped);
    connect(m_ui->remove, &QPushButton::clicked, this, &SecondaryConnectionsDialog::removeSelected);
    connect(m_ui->server, &QLineEdit::textChanged, this, &SecondaryConnectionsDialog::updateButtons);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SecondaryConnectionsDialog::updateButtons);
    reload();
    updateButtons();
}

SecondaryConnectionsDialog::~SecondaryConnectionsDialog() = default;

SecondaryConnection SecondaryConnectionsDialog::typedConnection() const
{
    return SecondaryConnection{static_cast<Ras::SecondaryConnectionMode>(m_ui->mode->currentData().toInt()),
                               m_ui->server->text().trimmed(), m_ui->port->value()};
}

void SecondaryConnectionsDialog::reload()
{
    m_controller->loadConnections(m_policyId, this, [this](const RasResult<QList<SecondaryConnection>> &result) {
        if (!result)
            showError(result.error().message);
        else
            m_model->setConnections(m_policyId, result.value());
        updateButtons();
        emit reloaded();
    });
}

void SecondaryConnectionsDialog::updateButtons()
{
    const QString problem = m_ui->server->text().trimmed().isEmpty() ? QString() : typedConnection().validate();
    if (!problem.isEmpty())
        m_ui->error->setText(problem);
    m_ui->add->setEnabled(!m_busy && !m_readOnly && !m_ui->server->text().trimmed().isEmpty() && problem.isEmpty());
    m_ui->remove->setEnabled(!m_busy && !m_readOnly && m_ui->table->selectionModel()->hasSelection());
}

void SecondaryConnectionsDialog::showError(const QString &message)
{
    m_ui->error->setText(message);
}

void SecondaryConnectionsDialog::send(const std::function<void(QObject *, OutcomeHandler)> &start,
                                      std::function<void(const OperationOutcome &)> finished)
{
    m_busy = true;
    m_ui->error->clear();
    updateButtons();
    // The outcome is received by the window that opened this dialog, which outlives it.
    QObject *context = parent() ? parent() : this;
    const QPointer<SecondaryConnectionsDialog> guard(this);
    start(context, [guard, report = m_reportElsewhere, finished = std::move(finished)](const OperationOutcome &outcome) {
        if (!guard || !guard->isVisible()) {
            if (report)
                report(outcome);
            return;
        }
        guard->m_busy = false;
        finished(outcome);
        guard->updateButtons();
    });
}

void SecondaryConnectionsDialog::addTyped()
{
    const SecondaryConnection connection = typedConnection();
    if (!connection.validate().isEmpty() || m_busy)
        return;
    send([this, connection](QObject *context,
                            OutcomeHandler done) { m_controller->addConnection(m_policyId, connection, context, done); },
         [this](const OperationOutcome &outcome) {
             if (outcome.succeeded()) {
                 m_ui->server->clear();
                 reload();
             } else {
                 showError(outcome.message()); // the typed connection stays for correcting
             }
         });
}

void SecondaryConnectionsDialog::removeSelected()
{
    const QModelIndexList rows = m_ui->table->selectionModel()->selectedRows();
    if (rows.isEmpty() || m_busy)
        return;
    const SecondaryConnection connection = *m_model->connectionAt(rows.first().row());
    send([this, connection](QObject *context,
                            OutcomeHandler done) { m_controller->removeConnection(m_policyId, connection, context, done); },
         [this](const OperationOutcome &outcome) {
             if (outcome.succeeded())
                 reload();
             else
                 showError(outcome.message());
         });
}
