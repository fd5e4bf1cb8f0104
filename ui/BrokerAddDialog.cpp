#include "BrokerAddDialog.h"

#include "BrokerService.h"
#include "SiteModel.h"
#include "ui_BrokerAddDialog.h"

BrokerAddDialog::BrokerAddDialog(const SiteModel *sites, int siteId, QWidget *parent)
    : OperationDialog(parent)
    , m_ui(std::make_unique<Ui::BrokerAddDialog>())
{
    m_ui->setupUi(this);
    for (const Site &site : sites->sites())
        m_ui->site->addItem(site.name, site.id);
    const int index = m_ui->site->findData(siteId);
    m_ui->site->setCurrentIndex(index >= 0 ? index : 0);
    connect(m_ui->server, &QLineEdit::textChanged, this, &BrokerAddDialog::revalidate);
    connect(m_ui->installUser, &QLineEdit::textChanged, this, &BrokerAddDialog::revalidate);
    connect(m_ui->installPassword, &QLineEdit::textChanged, this, &BrokerAddDialog::revalidate);
    connect(m_ui->installGroup, &QGroupBox::toggled, this, &BrokerAddDialog::revalidate);
    attach(m_ui->buttons, m_ui->error);
}

BrokerAddDialog::~BrokerAddDialog() = default;

QString BrokerAddDialog::validationProblem() const
{
    if (m_ui->server->text().trimmed().isEmpty())
        return {}; // nothing typed yet: no complaint, but OK stays disabled below
    const QString problem = BrokerService::validateServer(m_ui->server->text());
    if (!problem.isEmpty())
        return problem;
    if (m_ui->installGroup->isChecked() && !m_ui->installUser->text().trimmed().isEmpty()
        && m_ui->installPassword->text().isEmpty())
        return tr("Enter the password of the install account, or leave the user empty.");
    return {};
}

bool BrokerAddDialog::isComplete() const
{
    return !m_ui->server->text().trimmed().isEmpty();
}

BrokerAddRequest BrokerAddDialog::request() const
{
    BrokerAddRequest request;
    request.server = m_ui->server->text().trimmed();
    request.siteId = m_ui->site->currentData().toInt();
    request.installAgent = m_ui->installGroup->isChecked();
    request.restartAfterInstall = m_ui->restart->isChecked();
    request.addFirewallRules = m_ui->firewall->isChecked();
    request.installUser = m_ui->installUser->text().trimmed();
    request.installPassword = m_ui->installPassword->text();
    return request;
}
