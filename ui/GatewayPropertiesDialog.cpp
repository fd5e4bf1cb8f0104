#include "GatewayPropertiesDialog.h"

#include "ui_GatewayPropertiesDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
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
            form->addRow(label + QLatin1Char(':'), editor);
        editor->setToolTip(tr("API field %1").arg(QLatin1String(field.apiName)));
        m_editors.insert(QLatin1String(field.apiName), editor);
    }
    attach(m_ui->buttons, m_ui->error);
}

GatewayPropertiesDialog::~GatewayPropertiesDialog() = default;

QWidget *GatewayPropertiesDialog::createEditor(const GatewayField &field, QWidget *parent)
{
    const QJsonValue value = field.read(m_gateway);
    const QString label = QCoreApplication::translate("GatewayField", field.label);
    QWidget *editor = nullptr;
    if (!field.writable) {
        auto *text = new QLabel(field.kind == GatewayField::Kind::String ? value.toString()
                                                                         : QString::number(value.toInteger()), parent);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return text;
    }
    switch (field.kind) {
    case GatewayField::Kind::Bool: {
        auto *check = new QCheckBox(label, parent);
        check->setChecked(value.toBool());
        connect(check, &QCheckBox::toggled, this, &GatewayPropertiesDialog::revalidate);
        editor = check;
        break;
    }
    case GatewayField::Kind::Int: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(static_cast<int>(field.minimum), static_cast<int>(qMin<qint64>(field.maximum, INT_MAX)));
        spin->setValue(value.toInt());
        connect(spin, &QSpinBox::valueChanged, this, &GatewayPropertiesDialog::revalidate);
        editor = spin;
        break;
    }
    case GatewayField::Kind::Enum: {
        auto *combo = new QComboBox(parent);
        for (const auto &entry : *field.entries)
            combo->addItem(QCoreApplication::translate("Ras", entry.displayText), entry.value);
        int index = combo->findData(value.toInt());
        if (index < 0) {
            // A value this console does not know yet: keep it selectable so saving does not change it.
            combo->addItem(Ras::displayName(*field.entries, value.toInt()), value.toInt());
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
        auto *line = new QLineEdit(parent);
        if (field.kind == GatewayField::Kind::StringList) {
            QStringList items;
            for (const auto &item : value.toArray())
                items << item.toString();
            line->setText(items.join(QStringLiteral(", ")));
            line->setPlaceholderText(tr("Separate entries with commas"));
        } else if (field.kind == GatewayField::Kind::Int64) {
            line->setText(QString::number(value.toInteger()));
        } else {
            line->setText(value.toString());
        }
        connect(line, &QLineEdit::textChanged, this, &GatewayPropertiesDialog::revalidate);
        editor = line;
        break;
    }
    }
    editor->setEnabled(!m_readOnly);
    return editor;
}

QJsonValue GatewayPropertiesDialog::editorValue(const GatewayField &field) const
{
    QWidget *editor = m_editors.value(QLatin1String(field.apiName));
    switch (field.kind) {
    case GatewayField::Kind::Bool:
        return static_cast<QCheckBox *>(editor)->isChecked();
    case GatewayField::Kind::Int:
        return static_cast<QSpinBox *>(editor)->value();
    case GatewayField::Kind::Enum:
        return static_cast<QComboBox *>(editor)->currentData().toInt();
    default: {
        QJsonValue parsed;
        QString ignored;
        if (!field.parse(static_cast<QLineEdit *>(editor)->text(), &parsed, &ignored))
            return QJsonValue(QJsonValue::Undefined);
        return parsed;
    }
    }
}

QString GatewayPropertiesDialog::validationProblem() const
{
    for (const auto &field : GatewayField::all()) {
        if (!field.writable || (field.kind != GatewayField::Kind::Int64 && field.kind != GatewayField::Kind::String))
            continue;
        QJsonValue parsed;
        QString problem;
        if (!field.parse(static_cast<QLineEdit *>(m_editors.value(QLatin1String(field.apiName)))->text(), &parsed, &problem))
            return problem;
    }
    if (editorValue(*GatewayField::find(QStringLiteral("enableHSTS"))).toBool()
        && !editorValue(*GatewayField::find(QStringLiteral("enableSSL"))).toBool())
        return tr("HSTS needs SSL: enable SSL on the SSL/TLS tab, or switch HSTS off.");
    return {};
}

QJsonObject GatewayPropertiesDialog::changes() const
{
    Gateway edited = m_gateway;
    for (const auto &field : GatewayField::all()) {
        if (!field.writable)
            continue;
        const QJsonValue value = editorValue(field);
        if (!value.isUndefined())
            field.write(edited, value);
    }
    return edited.changesFrom(m_gateway);
}

bool GatewayPropertiesDialog::isComplete() const
{
    return !m_readOnly && !changes().isEmpty();
}
