#include "SecondaryConnectionsDialog.h"

#include "DialogSizing.h"
#include "FarmController.h"
#include "SecondaryConnectionModel.h"
#include "ui_SecondaryConnectionsDialog.h"

#include "Theme.h"

#include <QGuiApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QPointer>
#include <QStyle>

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
    // Wide enough for any port and the header, whatever the font and scale.
    QHeaderView *header = m_ui->table->horizontalHeader();
    const QString portTitle = m_model->headerData(SecondaryConnectionModel::Port, Qt::Horizontal).toString();
    const int portWidth = qMax(m_ui->table->fontMetrics().horizontalAdvance(QStringLiteral("655350")),
                               header->fontMetrics().horizontalAdvance(portTitle))
                          + 4 * m_ui->table->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    m_ui->table->horizontalHeader()->setSectionResizeMode(SecondaryConnectionModel::Port, QHeaderView::Fixed);
    m_ui->table->horizontalHeader()->resizeSection(SecondaryConnectionModel::Port, portWidth);
    // The API adds a connection at the end and has no way to reorder the list.
    m_ui->intro->setText(readOnly ? tr("Clients try these connections from top to bottom when the primary connection "
                                       "fails.")
                                  : tr("Clients try these connections from top to bottom when the primary connection "
                                       "fails. A new connection goes to the end of the list; to change the order, "
                                       "remove connections and add them again. Each change is sent at once and takes "
                                       "effect when you apply settings."));
    // The farm's gateways are the usual targets; any other server can still be typed.
    QStringList gateways;
    for (int row = 0; row < controller->gateways()->rowCount(); ++row)
        gateways << controller->gateways()->gatewayAt(row)->server;
    gateways.sort(Qt::CaseInsensitive);
    gateways.removeDuplicates();
    m_ui->server->addItems(gateways);
    m_ui->server->setCurrentIndex(-1);
    m_ui->server->lineEdit()->setPlaceholderText(tr("Server"));
    m_ui->server->lineEdit()->setMaxLength(255);
    m_ui->server->setInsertPolicy(QComboBox::NoInsert);
    DialogSizing::reserveWidth(m_ui->error, 70);
    m_ui->error->setWordWrap(true);
    m_ui->error->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::errorText(QGuiApplication::palette()).name()));
    for (const auto &entry : Ras::secondaryConnectionModeEntries())
        m_ui->mode->addItem(QCoreApplication::translate("Ras", entry.displayText), entry.value);
    m_ui->mode->setCurrentIndex(m_ui->mode->findData(static_cast<int>(Ras::SecondaryConnectionMode::GatewaySsl)));
    m_ui->addGroup->setVisible(!readOnly);
    m_ui->remove->setVisible(!readOnly);

    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->add, &QPushButton::clicked, this, &SecondaryConnectionsDialog::addTyped);
    // Return in the form adds; it must not close the dialog through the default button.
    m_ui->add->setAutoDefault(false);
    m_ui->buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(m_ui->server->lineEdit(), &QLineEdit::returnPressed, this, &SecondaryConnectionsDialog::addTyped);
    connect(m_ui->port, &QSpinBox::editingFinished, this, [this] {
        if (m_ui->port->hasFocus())
            addTyped();
    });
    connect(m_ui->remove, &QPushButton::clicked, this, &SecondaryConnectionsDialog::removeSelected);
    connect(m_ui->server, &QComboBox::editTextChanged, this, &SecondaryConnectionsDialog::updateButtons);
    connect(m_ui->port, &QSpinBox::valueChanged, this, &SecondaryConnectionsDialog::updateButtons);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SecondaryConnectionsDialog::updateButtons);
    reload();
    updateButtons();
}

SecondaryConnectionsDialog::~SecondaryConnectionsDialog()
{
    // A focused spin box reports editingFinished as it loses focus while the dialog's widgets are
    // torn down, after this object has stopped being a SecondaryConnectionsDialog.
    m_ui->port->disconnect(this);
}

SecondaryConnection SecondaryConnectionsDialog::typedConnection() const
{
    return SecondaryConnection{static_cast<Ras::SecondaryConnectionMode>(m_ui->mode->currentData().toInt()),
                               m_ui->server->currentText().trimmed(), m_ui->port->value()};
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
    const bool empty = m_ui->server->currentText().trimmed().isEmpty();
    const QString problem = empty ? QString() : typedConnection().validate();
    // A typing mistake shows while it lasts and goes once fixed; a server's refusal stays until the next try.
    if (!problem.isEmpty()) {
        showError(problem);
        m_shownProblem = problem;
    } else if (!m_shownProblem.isEmpty() && m_ui->error->text() == m_shownProblem) {
        showError(QString());
        m_shownProblem.clear();
    }
    m_ui->add->setEnabled(!m_busy && !m_readOnly && !empty && problem.isEmpty());
    m_ui->remove->setEnabled(!m_busy && !m_readOnly && m_ui->table->selectionModel()->hasSelection());
}

void SecondaryConnectionsDialog::showError(const QString &message)
{
    if (m_ui->error->text() == message)
        return;
    m_ui->error->setText(message);
    DialogSizing::growToFit(this);
}

void SecondaryConnectionsDialog::send(const std::function<void(QObject *, OutcomeHandler)> &start,
                                      std::function<void(const OperationOutcome &)> finished)
{
    m_busy = true;
    showError(QString());
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
                 m_ui->server->setEditText(QString());
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
