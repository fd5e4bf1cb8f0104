#include "GatewayAddDialog.h"

#include "BrokerService.h"
#include "DialogSizing.h"
#include "RasEnums.h"
#include "SiteModel.h"
#include "ui_GatewayAddDialog.h"

GatewayAddDialog::GatewayAddDialog(const SiteModel *sites, int siteId, const QList<GatewayNames::Entry> &gateways,
                                   QWidget *parent)
    : OperationDialog(parent)
    , m_ui(std::make_unique<Ui::GatewayAddDialog>())
    , m_gateways(gateways)
{
    m_ui->setupUi(this);
    for (const Site &site : sites->sites())
        m_ui->site->addItem(site.name, site.id);
    const int index = m_ui->site->findData(siteId);
    m_ui->site->setCurrentIndex(index >= 0 ? index : 0);
    for (const auto &entry : Ras::gatewayModeEntries())
        m_ui->mode->addItem(QCoreApplication::translate("Ras", entry.displayText), entry.value);
    m_ui->forwardTo->setSelectionMode(QAbstractItemView::NoSelection);
    offerForwardTargets();
    connect(m_ui->server, &QLineEdit::textChanged, this, &GatewayAddDialog::revalidate);
    connect(m_ui->site, &QComboBox::currentIndexChanged, this, [this] {
        offerForwardTargets();
        revalidate();
    });
    connect(m_ui->mode, &QComboBox::currentIndexChanged, this, [this] {
        updateApplicability();
        revalidate();
    });
    connect(m_ui->forwardTo, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const QString server = item->data(Qt::UserRole).toString();
        m_ticked.removeAll(server);
        if (item->checkState() == Qt::Checked)
            m_ticked << server;
        revalidate();
    });
    connect(m_ui->installUser, &QLineEdit::textChanged, this, &GatewayAddDialog::revalidate);
    connect(m_ui->installPassword, &QLineEdit::textChanged, this, &GatewayAddDialog::revalidate);
    connect(m_ui->installGroup, &QGroupBox::toggled, this, &GatewayAddDialog::revalidate);
    updateApplicability();
    attach(m_ui->buttons, m_ui->error);
}

GatewayAddDialog::~GatewayAddDialog()
{
    // Fields torn down with the dialog may still signal after this object has stopped being a
    // GatewayAddDialog.
    for (QWidget *field : findChildren<QWidget *>())
        field->disconnect(this);
}

void GatewayAddDialog::showEvent(QShowEvent *event)
{
    OperationDialog::showEvent(event);
    // The note wraps to more lines in some languages than the first layout pass allows for; the
    // fields below it must not pay for that.
    DialogSizing::growToFit(this);
}

QString GatewayAddDialog::server() const { return m_ui->server->text().trimmed(); }
int GatewayAddDialog::siteId() const { return m_ui->site->currentData().toInt(); }

void GatewayAddDialog::offerForwardTargets()
{
    const QSignalBlocker quiet(m_ui->forwardTo);
    m_ui->forwardTo->clear();
    for (const GatewayNames::Entry &gateway : std::as_const(m_gateways)) {
        if (gateway.siteId != siteId())
            continue;
        auto *item = new QListWidgetItem(gateway.name, m_ui->forwardTo);
        item->setData(Qt::UserRole, gateway.name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(m_ticked.contains(gateway.name) ? Qt::Checked : Qt::Unchecked);
    }
    // As high as the Site's gateways need, two to five rows; more scroll. A pixel around each row
    // keeps the check boxes of neighbouring rows apart (without it they touch in some styles).
    m_ui->forwardTo->setSpacing(1);
    const int rowHeight = (m_ui->forwardTo->count() > 0 ? m_ui->forwardTo->sizeHintForRow(0)
                                                        : m_ui->forwardTo->fontMetrics().height() + 2)
                          + 2 * m_ui->forwardTo->spacing();
    const int rows = qBound(2, static_cast<int>(m_ui->forwardTo->count()), 5);
    m_ui->forwardTo->setFixedHeight(rowHeight * rows + 2 * m_ui->forwardTo->frameWidth());
}

void GatewayAddDialog::updateApplicability()
{
    const bool forwarding = m_ui->mode->currentData().toInt() == static_cast<int>(Ras::GatewayMode::Forwarding);
    m_ui->forwardTo->setEnabled(forwarding);
    m_ui->forwardToLabel->setEnabled(forwarding);
    const QString why = forwarding ? QString() : tr("Applies only in forwarding mode.");
    m_ui->forwardTo->setToolTip(why);
    m_ui->forwardToLabel->setToolTip(why);
}

QStringList GatewayAddDialog::forwardTargets() const
{
    QStringList targets;
    for (int row = 0; row < m_ui->forwardTo->count(); ++row) {
        const QListWidgetItem *item = m_ui->forwardTo->item(row);
        if (item->checkState() == Qt::Checked)
            targets << item->data(Qt::UserRole).toString();
    }
    return targets;
}

GatewayAddRequest GatewayAddDialog::request() const
{
    GatewayAddRequest request;
    request.server = server();
    request.siteId = siteId();
    request.mode = m_ui->mode->currentData().toInt();
    if (request.mode == static_cast<int>(Ras::GatewayMode::Forwarding))
        request.forwardTo = forwardTargets();
    request.enableHtml5 = m_ui->html5->isChecked();
    request.installAgent = m_ui->installGroup->isChecked();
    request.restartAfterInstall = m_ui->restart->isChecked();
    request.addFirewallRules = m_ui->firewall->isChecked();
    request.installUser = m_ui->installUser->text().trimmed();
    request.installPassword = m_ui->installPassword->text();
    return request;
}

QString GatewayAddDialog::validationProblem() const
{
    if (server().isEmpty())
        return {}; // nothing typed yet: no complaint, but OK stays disabled below
    // The same host-name rules as for brokers.
    const QString problem = BrokerService::validateServer(server());
    if (!problem.isEmpty())
        return problem;
    if (m_ui->mode->currentData().toInt() == static_cast<int>(Ras::GatewayMode::Forwarding)) {
        // The administrator's guide: forwarding needs another gateway in the Site to forward to.
        if (m_ui->forwardTo->count() == 0)
            return tr("A forwarding gateway needs another Secure Gateway in its Site to forward to; this Site has none "
                      "yet. Add this one in normal mode.");
        if (forwardTargets().isEmpty())
            return tr("Tick the Secure Gateways this gateway forwards to.");
    }
    if (m_ui->installGroup->isChecked() && !m_ui->installUser->text().trimmed().isEmpty()
        && m_ui->installPassword->text().isEmpty())
        return tr("Enter the password of the install account, or leave the user empty.");
    return {};
}

bool GatewayAddDialog::isComplete() const
{
    return !server().isEmpty();
}
