#include "BrokerPropertiesDialog.h"

#include "ui_BrokerPropertiesDialog.h"

#include <QHostAddress>
#include <QLocale>
#include <QRegularExpression>

namespace {

QStringList splitAddresses(const QString &text)
{
    return text.split(QRegularExpression(QStringLiteral("[;,\\s]+")), Qt::SkipEmptyParts);
}

QString stamp(const QDateTime &when, const QString &admin)
{
    const QString time = when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::LongFormat) : QString();
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
    // The primary is always enabled and never on standby: the API refuses both.
    if (broker.isPrimary()) {
        m_ui->enabled->setEnabled(false);
        m_ui->enabled->setToolTip(tr("The primary broker is always enabled"));
        m_ui->standby->setEnabled(false);
    }
    if (readOnly) {
        for (QWidget *widget : {static_cast<QWidget *>(m_ui->enabled), static_cast<QWidget *>(m_ui->standby),
                                static_cast<QWidget *>(m_ui->ip), static_cast<QWidget *>(m_ui->alternativeIps),
                                static_cast<QWidget *>(m_ui->description)})
            widget->setEnabled(false);
    }
    for (QLineEdit *edit : {m_ui->ip, m_ui->alternativeIps, m_ui->description})
        connect(edit, &QLineEdit::textChanged, this, &BrokerPropertiesDialog::revalidate);
    connect(m_ui->enabled, &QCheckBox::toggled, this, &BrokerPropertiesDialog::revalidate);
    connect(m_ui->standby, &QCheckBox::toggled, this, &BrokerPropertiesDialog::revalidate);
    attach(m_ui->buttons, m_ui->error);
    m_readOnly = readOnly;
    revalidate();
}

BrokerPropertiesDialog::~BrokerPropertiesDialog() = default;

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
