#include "BrokerPropertiesDialog.h"

#include "TimeFormat.h"
#include "ui_BrokerPropertiesDialog.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QPointer>
#include <QRegularExpression>

namespace {

QStringList splitAddresses(const QString &text)
{
    return text.split(QRegularExpression(QStringLiteral("[;,\\s]+")), Qt::SkipEmptyParts);
}

QString stamp(const QDateTime &when, const QString &admin)
{
    const QString time = TimeFormat::dateTime(when);
    return admin.isEmpty() ? time : BrokerPropertiesDialog::tr("%1 by %2").arg(time, admin);
}

} // namespace

BrokerPropertiesDialog::BrokerPropertiesDialog(const Broker &broker, bool readOnly, QWidget *parent)
    : OperationDialog(parent)
    , m_ui(std::make_unique<Ui::BrokerPropertiesDialog>())
    , m_broker(broker)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("%1 - Connection Broker properties").arg(broker.server));
    m_ui->server->setText(broker.server);
    m_ui->priority->setText(broker.isPrimary() ? tr("0 (primary)") : QString::number(broker.priority));
    m_ui->enabled->setChecked(broker.enabled);
    m_ui->standby->setChecked(broker.standby);
    m_ui->ip->setText(broker.ip);
    m_ui->alternativeIps->setText(broker.alternativeIpList().join(QStringLiteral("; ")));
    m_ui->description->setText(broker.description);
    m_ui->created->setText(stamp(broker.timeCreate, broker.adminCreate));
    m_ui->modified->setText(stamp(broker.timeLastMod, broker.adminLastMod));
    // The Agent tab appears once the caller says what the agent reported (see setAgentStatus).
    m_ui->tabs->setTabVisible(m_ui->tabs->indexOf(m_ui->agentTab), false);
    m_ui->resolve->setEnabled(!readOnly);
    connect(m_ui->resolve, &QPushButton::clicked, this, &BrokerPropertiesDialog::resolveAddress);
    // The primary is always enabled and never on standby: the API refuses both.
    if (broker.isPrimary()) {
        m_ui->enabled->setEnabled(false);
        m_ui->enabled->setToolTip(tr("The primary broker is always enabled"));
        m_ui->standby->setEnabled(false);
    }
    if (readOnly) {
        m_ui->enabled->setEnabled(false);
        m_ui->standby->setEnabled(false);
        // Read-only, not disabled: an address can still be selected and copied.
        for (QLineEdit *edit : {m_ui->ip, m_ui->alternativeIps, m_ui->description})
            edit->setReadOnly(true);
    }
    for (QLineEdit *edit : {m_ui->ip, m_ui->alternativeIps, m_ui->description})
        connect(edit, &QLineEdit::textChanged, this, &BrokerPropertiesDialog::revalidate);
    connect(m_ui->enabled, &QCheckBox::toggled, this, &BrokerPropertiesDialog::revalidate);
    connect(m_ui->standby, &QCheckBox::toggled, this, &BrokerPropertiesDialog::revalidate);
    attach(m_ui->buttons, m_ui->error);
    m_readOnly = readOnly;
    if (readOnly)
        showAsReadOnly();
    revalidate();
}

BrokerPropertiesDialog::~BrokerPropertiesDialog() = default;

void BrokerPropertiesDialog::setAgentStatus(const BrokerStatus *status)
{
    m_ui->tabs->setTabVisible(m_ui->tabs->indexOf(m_ui->agentTab), true);
    const QString unknown = tr("Not reported");
    m_ui->agentState->setText(status ? Ras::displayName(status->agentState) : unknown);
    m_ui->agentVersion->setText(status && !status->agentVersion.isEmpty() ? status->agentVersion : unknown);
    m_ui->serverOs->setText(status && !status->serverOs.isEmpty() ? status->serverOs : unknown);
    m_ui->bootTime->setText(status ? TimeFormat::agentTime(status->systemBootTime) : unknown);
    m_ui->serviceStart->setText(status ? TimeFormat::agentTime(status->serviceStartTime) : unknown);
    m_ui->logLevel->setText(status ? Ras::displayName(status->logLevel) : unknown);
}

void BrokerPropertiesDialog::resolveAddress()
{
    m_ui->resolve->setEnabled(false);
    m_ui->resolve->setText(tr("Resolving…"));
    const QPointer<BrokerPropertiesDialog> self(this);
    QHostInfo::lookupHost(m_broker.server, this, [self](const QHostInfo &info) {
        if (!self)
            return;
        self->m_ui->resolve->setText(tr("Re&solve"));
        self->m_ui->resolve->setEnabled(true);
        // Brokers talk to each other over IPv4 where there is one; IPv6 otherwise.
        QHostAddress chosen;
        for (const QHostAddress &address : info.addresses()) {
            if (address.protocol() == QAbstractSocket::IPv4Protocol) {
                chosen = address;
                break;
            }
            if (chosen.isNull())
                chosen = address;
        }
        if (info.error() != QHostInfo::NoError || chosen.isNull()) {
            self->showError(tr("%1 could not be resolved: %2").arg(self->m_broker.server, info.errorString()));
            return;
        }
        self->m_ui->ip->setText(chosen.toString());
    });
}

Broker BrokerPropertiesDialog::edited() const
{
    Broker broker = m_broker;
    broker.enabled = m_ui->enabled->isChecked();
    broker.standby = m_ui->standby->isChecked();
    broker.ip = m_ui->ip->text().trimmed();
    broker.alternativeIps = splitAddresses(m_ui->alternativeIps->text()).join(QLatin1Char(';'));
    broker.description = m_ui->description->text();
    return broker;
}

BrokerChanges BrokerPropertiesDialog::changes() const
{
    return BrokerChanges::between(m_broker, edited());
}

QString BrokerPropertiesDialog::validationProblem() const
{
    QHostAddress address;
    const QString ip = m_ui->ip->text().trimmed();
    if (!ip.isEmpty() && !address.setAddress(ip))
        return tr("'%1' is not an IPv4 or IPv6 address.").arg(ip);
    for (const QString &alternative : splitAddresses(m_ui->alternativeIps->text())) {
        if (!address.setAddress(alternative))
            return tr("'%1' is not an IP address.").arg(alternative);
    }
    return {};
}

bool BrokerPropertiesDialog::isComplete() const
{
    return !m_readOnly && !changes().isEmpty();
}
