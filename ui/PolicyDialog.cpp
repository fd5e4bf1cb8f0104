#include "PolicyDialog.h"

#include "ui_PolicyDialog.h"

PolicyDialog::PolicyDialog(const ClientPolicy *existing, bool readOnly, QWidget *parent)
    : OperationDialog(parent)
    , m_ui(std::make_unique<Ui::PolicyDialog>())
    , m_readOnly(readOnly)
{
    m_ui->setupUi(this);
    if (existing) {
        m_original = *existing;
        m_policyId = existing->id;
        setWindowTitle(tr("%1 - Client policy properties").arg(existing->name));
        m_ui->name->setText(existing->name);
        m_ui->description->setText(existing->description);
        m_ui->enabled->setChecked(existing->enabled);
    } else {
        setWindowTitle(tr("Add client policy"));
    }
    // Read-only fields stay selectable, so a name can still be copied.
    m_ui->name->setReadOnly(readOnly);
    m_ui->description->setReadOnly(readOnly);
    m_ui->enabled->setEnabled(!readOnly);
    connect(m_ui->name, &QLineEdit::textChanged, this, &PolicyDialog::revalidate);
    connect(m_ui->description, &QLineEdit::textChanged, this, &PolicyDialog::revalidate);
    connect(m_ui->enabled, &QCheckBox::toggled, this, &PolicyDialog::revalidate);
    attach(m_ui->buttons, m_ui->error);
    if (readOnly)
        showAsReadOnly();
}

PolicyDialog::~PolicyDialog() = default;

PolicyChanges PolicyDialog::changes() const
{
    PolicyChanges changes;
    const QString name = m_ui->name->text().trimmed();
    if (isNew() || name != m_original.name)
        changes.name = name;
    if (isNew() || m_ui->description->text() != m_original.description)
        changes.description = m_ui->description->text();
    if (isNew() || m_ui->enabled->isChecked() != m_original.enabled)
        changes.enabled = m_ui->enabled->isChecked();
    return changes;
}

QString PolicyDialog::validationProblem() const
{
    if (m_ui->name->text().isEmpty())
        return {};
    return changes().validate();
}

bool PolicyDialog::isComplete() const
{
    return !m_readOnly && !m_ui->name->text().trimmed().isEmpty() && !changes().isEmpty();
}
