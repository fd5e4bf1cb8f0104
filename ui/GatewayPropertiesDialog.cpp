#include "GatewayPropertiesDialog.h"

#include "ui_GatewayPropertiesDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSpinBox>

GatewayPropertiesDialog::GatewayPropertiesDialog(const Gateway &gateway, bool readOnly, QWidget *parent)
    : OperationDialog(parent)
    , m_ui(std::make_unique<Ui::GatewayPropertiesDialog>())
    , m_gateway(gateway)
    , m_readOnly(readOnly)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("%1 - Secure Gateway properties").arg(gateway.server));
    QHash<QString, QFormLayout *> forms;
    for (const auto &field : GatewayField::all()) {
        const QString group = QLatin1String(field.group);
        QFormLayout *form = forms.value(group);
        if (!form) {
            auto *page = new QWidget;
            form = new QFormLayout(page);
            form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
            auto *scroll = new QScrollArea;
            scroll->setWidgetResizable(true);
            scroll->setFrameShape(QFrame::NoFrame);
            scroll->setWidget(page);
            m_ui->tabs->addTab(scroll, QCoreApplication::translate("GatewayField", field.group));
            forms.insert(group, form);
        }
        QWidget *editor = createEditor(field, form->parentWidget());
        const QString label = QCoreApplication::translate("GatewayField", field.label);
        if (field.kind == GatewayField::Kind::Bool)
            form->addRow(QString(), editor);
        else
            form->addRow(tr("%1:", "a field's label in a form; French puts a space before the colon").arg(label), editor);
        editor->setToolTip(tr("API field %1").arg(QLatin1String(field.apiName)));
        m_editors.insert(QLatin1String(field.apiName), editor);
    }
    attach(m_ui->buttons, m_ui->error);
}

GatewayPropertiesDialog::~GatewayPropertiesDialog() = default;

QWidget *GatewayPropertiesDialog::createEditor(const GatewayField &field, QWidget *parent)
{
    const QString label = QCoreApplication::translate("GatewayField", field.label);
    QWidget *editor = nullptr;
    if (!field.writable) {
        auto *text = new QLabel(GatewayChanges::textOf(field, m_gateway), parent);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return text;
    }
    switch (field.kind) {
    case GatewayField::Kind::Bool: {
        auto *check = new QCheckBox(label, parent);
        check->setChecked(m_gateway.*field.boolean);
        connect(check, &QCheckBox::toggled, this, &GatewayPropertiesDialog::revalidate);
        editor = check;
        break;
    }
    case GatewayField::Kind::Int: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(static_cast<int>(field.minimum), static_cast<int>(qMin<qint64>(field.maximum, INT_MAX)));
        spin->setValue(m_gateway.*field.integer);
        connect(spin, &QSpinBox::valueChanged, this, &GatewayPropertiesDialog::revalidate);
        editor = spin;
        break;
    }
    case GatewayField::Kind::Enum: {
        const int value = m_gateway.*field.integer;
        auto *combo = new QComboBox(parent);
        for (const auto &entry : *field.entries)
            combo->addItem(QCoreApplication::translate("Ras", entry.displayText), entry.value);
        int index = combo->findData(value);
        if (index < 0) {
            // A value this console does not know yet: keep it selectable so saving does not change it.
            combo->addItem(Ras::displayName(*field.entries, value), value);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
        connect(combo, &QComboBox::currentIndexChanged, this, &GatewayPropertiesDialog::revalidate);
        editor = combo;
        break;
    }
    case GatewayField::Kind::Int64:
    case GatewayField::Kind::String:
    case GatewayField::Kind::StringList: {
        auto *line = new QLineEdit(GatewayChanges::textOf(field, m_gateway), parent);
        if (field.kind == GatewayField::Kind::StringList)
            line->setPlaceholderText(tr("Separate entries with commas"));
        connect(line, &QLineEdit::textChanged, this, &GatewayPropertiesDialog::revalidate);
        editor = line;
        break;
    }
    }
    editor->setEnabled(!m_readOnly);
    return editor;
}

bool GatewayPropertiesDialog::edited(Gateway *gateway, QString *problem) const
{
    *gateway = m_gateway;
    bool fits = true;
    for (const auto &field : GatewayField::all()) {
        if (!field.writable)
            continue;
        QWidget *editor = m_editors.value(QLatin1String(field.apiName));
        switch (field.kind) {
        case GatewayField::Kind::Bool:
            gateway->*field.boolean = static_cast<QCheckBox *>(editor)->isChecked();
            break;
        case GatewayField::Kind::Int:
            gateway->*field.integer = static_cast<QSpinBox *>(editor)->value();
            break;
        case GatewayField::Kind::Enum:
            gateway->*field.integer = static_cast<QComboBox *>(editor)->currentData().toInt();
            break;
        default: {
            // A value that does not fit keeps the gateway's own, and the first such problem is reported.
            QString fieldProblem;
            if (!GatewayChanges::writeText(field, static_cast<QLineEdit *>(editor)->text(), gateway, &fieldProblem)
                && fits) {
                fits = false;
                *problem = fieldProblem;
            }
        }
        }
    }
    return fits;
}

QString GatewayPropertiesDialog::validationProblem() const
{
    Gateway gateway;
    QString problem;
    if (!edited(&gateway, &problem))
        return problem;
    if (gateway.enableHSTS && !gateway.enableSSL)
        return tr("HSTS needs SSL: enable SSL on the SSL/TLS tab, or switch HSTS off.");
    return {};
}

GatewayChanges GatewayPropertiesDialog::changes() const
{
    Gateway gateway;
    QString ignored;
    edited(&gateway, &ignored);
    return GatewayChanges::between(m_gateway, gateway);
}

bool GatewayPropertiesDialog::isComplete() const
{
    return !m_readOnly && !changes().isEmpty();
}
