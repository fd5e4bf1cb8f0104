#include "GatewayPropertiesDialog.h"

#include "GatewayFieldDependencies.h"
#include "GatewayInputRules.h"
#include "ui_GatewayPropertiesDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QSet>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

// fwGWID's value for "forwards to no particular gateway" (the API's unsigned -1).
constexpr qint64 noForwardingGateway = 4294967295LL;

bool is(const GatewayField &field, const char *apiName)
{
    return qstrcmp(field.apiName, apiName) == 0;
}

QSet<QString> lowerCaseSet(const QStringList &entries)
{
    QSet<QString> set;
    for (const QString &entry : entries)
        set.insert(entry.toLower());
    return set;
}

} // namespace

GatewayPropertiesDialog::GatewayPropertiesDialog(const Gateway &gateway, const GatewayNames &names, bool readOnly,
                                                 QWidget *parent)
    : OperationDialog(parent)
    , m_ui(std::make_unique<Ui::GatewayPropertiesDialog>())
    , m_gateway(gateway)
    , m_names(names)
    , m_readOnly(readOnly)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("%1 - Secure Gateway properties").arg(gateway.server));
    QHash<QString, QFormLayout *> forms;
    const GatewayField *idField = nullptr;
    for (const auto &field : GatewayField::all()) {
        // The id means little beside the name: it goes last on its tab, for scripts and rasctl.
        if (is(field, "id")) {
            idField = &field;
            continue;
        }
        const QString group = QLatin1String(field.group);
        QFormLayout *form = forms.value(group);
        if (!form) {
            auto *page = new QWidget;
            auto *column = new QVBoxLayout(page);
            form = new QFormLayout;
            form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
            column->addLayout(form);
            column->addStretch(); // rows keep their spacing; the spare height goes below them
            auto *scroll = new QScrollArea;
            scroll->setWidgetResizable(true);
            scroll->setFrameShape(QFrame::NoFrame);
            scroll->setWidget(page);
            m_ui->tabs->addTab(scroll, QCoreApplication::translate("GatewayField", field.group));
            forms.insert(group, form);
        }
        QWidget *editor = createEditor(field, form->parentWidget());
        const QString label = QCoreApplication::translate("GatewayField", field.label);
        if (field.kind == GatewayField::Kind::Bool) {
            form->addRow(QString(), editor);
        } else {
            auto *rowLabel = new QLabel(tr("%1:", "a field's label in a form; French puts a space before the colon").arg(label));
            rowLabel->setBuddy(editor);
            form->addRow(rowLabel, editor);
            m_labels.insert(QLatin1String(field.apiName), rowLabel);
        }
        editor->setToolTip(tr("API field %1").arg(QLatin1String(field.apiName)));
        m_editors.insert(QLatin1String(field.apiName), editor);
    }
    if (QFormLayout *general = forms.value(QStringLiteral("General")); general && idField) {
        QWidget *editor = createEditor(*idField, general->parentWidget());
        general->addRow(tr("%1:", "a field's label in a form; French puts a space before the colon")
                            .arg(QCoreApplication::translate("GatewayField", idField->label)),
                        editor);
        editor->setToolTip(tr("API field %1").arg(QLatin1String(idField->apiName)));
        m_editors.insert(QLatin1String(idField->apiName), editor);
    }
    updateApplicability();
    attach(m_ui->buttons, m_ui->error);
    if (m_readOnly)
        showAsReadOnly();
}

GatewayPropertiesDialog::~GatewayPropertiesDialog()
{
    // Editors torn down with the dialog may still signal (focus leaving, items going) after this object
    // has stopped being a GatewayPropertiesDialog.
    for (QWidget *editor : std::as_const(m_editors))
        editor->disconnect(this);
}

QWidget *GatewayPropertiesDialog::createEditor(const GatewayField &field, QWidget *parent)
{
    const QString label = QCoreApplication::translate("GatewayField", field.label);
    if (!field.writable) {
        QString text = GatewayChanges::textOf(field, m_gateway);
        if (is(field, "siteId"))
            text = m_names.siteName.isEmpty() ? tr("Unknown Site (ID %1)").arg(m_gateway.siteId) : m_names.siteName;
        auto *value = new QLabel(text, parent);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        // One line high, so it stays level with its label instead of taking the tab's spare height.
        value->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        return value;
    }
    QWidget *editor = nullptr;
    if (is(field, "preferredPAId")) {
        editor = createBrokerChooser(parent);
    } else if (is(field, "fwGWID")) {
        editor = createForwardingGatewayChooser(parent);
    } else if (is(field, "forwardGatewayServers")) {
        editor = createForwardTargets(parent);
    } else {
        switch (field.kind) {
        case GatewayField::Kind::Bool: {
            auto *check = new QCheckBox(label, parent);
            check->setChecked(m_gateway.*field.boolean);
            connect(check, &QCheckBox::toggled, this, &GatewayPropertiesDialog::fieldEdited);
            editor = check;
            break;
        }
        case GatewayField::Kind::Int: {
            auto *spin = new QSpinBox(parent);
            spin->setRange(static_cast<int>(field.minimum), static_cast<int>(qMin<qint64>(field.maximum, INT_MAX)));
            spin->setValue(m_gateway.*field.integer);
            spin->setReadOnly(m_readOnly);
            connect(spin, &QSpinBox::valueChanged, this, &GatewayPropertiesDialog::fieldEdited);
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
            connect(combo, &QComboBox::currentIndexChanged, this, &GatewayPropertiesDialog::fieldEdited);
            editor = combo;
            break;
        }
        case GatewayField::Kind::Int64:
        case GatewayField::Kind::String:
        case GatewayField::Kind::StringList: {
            auto *line = new QLineEdit(GatewayChanges::textOf(field, m_gateway), parent);
            line->setCursorPosition(0); // a long value shows its beginning
            if (field.kind == GatewayField::Kind::StringList)
                line->setPlaceholderText(tr("Separate entries with commas"));
            // Read-only, not disabled: an address can still be selected and copied.
            line->setReadOnly(m_readOnly);
            connect(line, &QLineEdit::textChanged, this, &GatewayPropertiesDialog::fieldEdited);
            editor = line;
            break;
        }
        }
    }
    return editor;
}

QComboBox *GatewayPropertiesDialog::createBrokerChooser(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    // 0 is what a new gateway carries: no preference, the gateway picks a broker itself.
    combo->addItem(tr("Any"), 0);
    for (const GatewayNames::Entry &broker : std::as_const(m_names.siteBrokers))
        combo->addItem(broker.name, static_cast<int>(broker.id));
    int index = combo->findData(m_gateway.preferredPAId);
    if (index < 0) {
        // A broker of another Site, or one deleted since: keep it so saving does not change it.
        combo->addItem(tr("Unknown Connection Broker (ID %1)").arg(m_gateway.preferredPAId), m_gateway.preferredPAId);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
    connect(combo, &QComboBox::currentIndexChanged, this, &GatewayPropertiesDialog::fieldEdited);
    return combo;
}

QComboBox *GatewayPropertiesDialog::createForwardingGatewayChooser(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->addItem(tr("None"), noForwardingGateway);
    for (const GatewayNames::Entry &gateway : std::as_const(m_names.farmGateways)) {
        if (gateway.id == m_gateway.id)
            continue;
        combo->addItem(gateway.site == m_names.siteName || gateway.site.isEmpty()
                           ? gateway.name
                           : tr("%1 (%2)", "a server and, in brackets, its Site").arg(gateway.name, gateway.site),
                       gateway.id);
    }
    int index = combo->findData(m_gateway.fwGWID);
    if (index < 0) {
        combo->addItem(tr("Unknown Secure Gateway (ID %1)").arg(m_gateway.fwGWID), m_gateway.fwGWID);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
    connect(combo, &QComboBox::currentIndexChanged, this, &GatewayPropertiesDialog::fieldEdited);
    return combo;
}

QListWidget *GatewayPropertiesDialog::createForwardTargets(QWidget *parent)
{
    auto *list = new QListWidget(parent);
    const QStringList current = GatewayInputRules::split(m_gateway.forwardGatewayServers);
    const QSet<QString> chosen = lowerCaseSet(current);
    QSet<QString> offered;
    const Qt::ItemFlags flags = m_readOnly ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                           : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    const auto addTarget = [&](const QString &server, const QString &text, const QString &toolTip) {
        auto *item = new QListWidgetItem(text, list);
        item->setData(Qt::UserRole, server);
        item->setFlags(flags);
        item->setCheckState(chosen.contains(server.toLower()) ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(toolTip);
        offered.insert(server.toLower());
    };
    for (const GatewayNames::Entry &gateway : std::as_const(m_names.farmGateways)) {
        if (gateway.id == m_gateway.id || offered.contains(gateway.name.toLower()))
            continue;
        const bool sameSite = gateway.site == m_names.siteName || gateway.site.isEmpty();
        addTarget(gateway.name,
                  sameSite ? gateway.name : tr("%1 (%2)", "a server and, in brackets, its Site").arg(gateway.name, gateway.site),
                  QString());
    }
    // Targets the farm does not list (another farm's gateway, a name with a port) stay as they are.
    for (const QString &entry : current) {
        if (!offered.contains(entry.toLower()))
            addTarget(entry, entry, tr("Not a Secure Gateway of this farm"));
    }
    list->setSelectionMode(QAbstractItemView::NoSelection);
    // A few rows show at once; more scroll. A pixel around each row keeps the check boxes of
    // neighbouring rows apart (without it they touch in some styles).
    list->setSpacing(1);
    const int rows = qBound(2, static_cast<int>(list->count()), 5);
    list->setMinimumHeight((list->sizeHintForRow(0) + 2 * list->spacing()) * rows + 2 * list->frameWidth());
    list->setMaximumHeight(list->minimumHeight());
    connect(list, &QListWidget::itemChanged, this, &GatewayPropertiesDialog::fieldEdited);
    return list;
}

QString GatewayPropertiesDialog::forwardTargetsText() const
{
    const auto *list = static_cast<const QListWidget *>(m_editors.value(QStringLiteral("forwardGatewayServers")));
    QStringList targets;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked)
            targets << list->item(row)->data(Qt::UserRole).toString();
    }
    // The same targets in any order and spelling are no change: the server's text is kept as it was.
    const QStringList before = GatewayInputRules::split(m_gateway.forwardGatewayServers);
    if (lowerCaseSet(targets) == lowerCaseSet(before))
        return m_gateway.forwardGatewayServers;
    // The administrator's guide separates several servers with semicolons; keep commas if the farm used them.
    const bool commas = m_gateway.forwardGatewayServers.contains(QLatin1Char(','))
                        && !m_gateway.forwardGatewayServers.contains(QLatin1Char(';'));
    return targets.join(commas ? QStringLiteral(",") : QStringLiteral(";"));
}

bool GatewayPropertiesDialog::edited(Gateway *gateway, QString *problem) const
{
    *gateway = m_gateway;
    bool fits = true;
    for (const auto &field : GatewayField::all()) {
        if (!field.writable)
            continue;
        QWidget *editor = m_editors.value(QLatin1String(field.apiName));
        if (is(field, "preferredPAId")) {
            gateway->preferredPAId = static_cast<QComboBox *>(editor)->currentData().toInt();
            continue;
        }
        if (is(field, "fwGWID")) {
            gateway->fwGWID = static_cast<QComboBox *>(editor)->currentData().toLongLong();
            continue;
        }
        if (is(field, "forwardGatewayServers")) {
            gateway->forwardGatewayServers = forwardTargetsText();
            continue;
        }
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

void GatewayPropertiesDialog::updateApplicability()
{
    Gateway gateway;
    QString ignored;
    edited(&gateway, &ignored);
    for (const auto &field : GatewayField::all()) {
        if (!field.writable)
            continue;
        const QString name = QLatin1String(field.apiName);
        QWidget *editor = m_editors.value(name);
        const bool applies = GatewayFieldDependencies::applies(field, gateway);
        // Text stays selectable in read-only mode; choices that cannot be made are simply disabled.
        const bool keepsText = qobject_cast<QLineEdit *>(editor) || qobject_cast<QSpinBox *>(editor)
                               || qobject_cast<QListWidget *>(editor);
        editor->setEnabled(applies && (!m_readOnly || keepsText));
        if (QWidget *label = m_labels.value(name))
            label->setEnabled(applies);
        const QString apiTip = tr("API field %1").arg(name);
        const QString reason = GatewayFieldDependencies::whyNot(field, gateway);
        const QString tip = reason.isEmpty() ? apiTip : reason + QLatin1Char('\n') + apiTip;
        editor->setToolTip(tip);
        if (QWidget *label = m_labels.value(name))
            label->setToolTip(reason);
    }
}

void GatewayPropertiesDialog::fieldEdited()
{
    updateApplicability();
    revalidate();
}

QString GatewayPropertiesDialog::validationProblem() const
{
    Gateway gateway;
    QString problem;
    if (!edited(&gateway, &problem))
        return problem;
    // Only what will be sent is checked: a value the farm already holds is not this edit's to fix.
    const GatewayChanges changes = GatewayChanges::between(m_gateway, gateway);
    for (const auto &field : GatewayField::all()) {
        if (!changes.contains(QLatin1String(field.apiName)))
            continue;
        if (field.kind != GatewayField::Kind::String && field.kind != GatewayField::Kind::StringList)
            continue;
        const QString text = GatewayChanges::textOf(field, gateway);
        const QString fieldProblem = GatewayInputRules::problem(
            QLatin1String(field.apiName), QCoreApplication::translate("GatewayField", field.label), text);
        if (!fieldProblem.isEmpty())
            return fieldProblem;
    }
    // A forwarding gateway with nowhere to forward to would turn every user away.
    const bool forwardingChanged = changes.contains(QStringLiteral("gwMode"))
                                   || changes.contains(QStringLiteral("forwardGatewayServers"))
                                   || changes.contains(QStringLiteral("fwGWID"));
    if (forwardingChanged && gateway.gwMode == static_cast<int>(Ras::GatewayMode::Forwarding)
        && GatewayInputRules::split(gateway.forwardGatewayServers).isEmpty() && gateway.fwGWID == noForwardingGateway)
        return tr("A gateway in forwarding mode needs a gateway to forward to: tick one under Forward to gateways.");
    if (gateway.enableHSTS && !gateway.enableSSL)
        return tr("HSTS needs SSL: enable SSL on the SSL/TLS tab, or switch HSTS off.");
    for (const char *port : {"enableGWPort", "gwPort", "enableRDP", "rdpPort", "enableSSL", "sslPort"}) {
        if (changes.contains(QLatin1String(port)))
            return GatewayInputRules::portClash(gateway);
    }
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
