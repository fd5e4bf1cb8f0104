#include "GatewayAddDialog.h"

#include "BrokerService.h"
#include "SiteModel.h"
#include "ui_GatewayAddDialog.h"

GatewayAddDialog::GatewayAddDialog(const SiteModel *sites, int siteId, QWidget *parent)
    : OperationDialog(parent)
    , m_ui(std::make_unique<Ui::GatewayAddDialog>())
{
    m_ui->setupUi(this);
    for (const Site &site : sites->sites())
        m_ui->site->addItem(site.name, site.id);
    const int index = m_ui->site->findData(siteId);
    m_ui->site->setCurrentIndex(index >= 0 ? index : 0);
    connect(m_ui->server, &QLineEdit::textChanged, this, &GatewayAddDialog::revalidate);
    attach(m_ui->buttons, m_ui->error);
}

GatewayAddDialog::~GatewayAddDialog() = default;

QString GatewayAddDialog::server() const { return m_ui->server->text().trimmed(); }
int GatewayAddDialog::siteId() const { return m_ui->site->currentData().toInt(); }

QString GatewayAddDialog::validationProblem() const
{
    // The same host-name rules as for brokers.
    return server().isEmpty() ? QString() : BrokerService::validateServer(server());
}

bool GatewayAddDialog::isComplete() const
{
    return !server().isEmpty();
}
