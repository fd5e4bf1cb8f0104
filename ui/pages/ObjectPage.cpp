#include "ObjectPage.h"

#include "CsvExport.h"
#include "FarmController.h"
#include "LoadStateBar.h"
#include "OperationDialog.h"
#include "RasClient.h"
#include "RecordFilterProxy.h"
#include "RecordTableModel.h"
#include "RecordTablePage.h"
#include "Theme.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QPointer>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

ObjectPage::ObjectPage(FarmController *farm, bool readOnly, const QString &settingsKey, QAbstractItemModel *model,
                       int defaultSortColumn, QWidget *parent)
    : QWidget(parent)
    , m_farm(farm)
    , m_readOnly(readOnly)
    , m_table(new RecordTablePage(settingsKey, model, defaultSortColumn, this))
    , m_loadState(new LoadStateBar(this))
    , m_details(new QTextBrowser(this))
    , m_detailsRow(new QHBoxLayout)
{
    m_details->setMinimumHeight(120);
    auto *details = new QWidget(this);
    m_detailsRow->setContentsMargins(0, 0, 0, 0);
    m_detailsRow->addWidget(m_details, 1);
    details->setLayout(m_detailsRow);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_loadState);
    layout->addWidget(splitter);
    connect(m_loadState, &LoadStateBar::retryRequested, farm, &FarmController::refreshAll);
    // Until the first load the table is empty because nothing came yet: it says what is awaited.
    connect(farm, &FarmController::logOnStarted, this, [this](const QString &user) {
        if (!m_loaded)
            m_table->showWaiting(tr("Logging on to %1 as %2…").arg(m_farm->client()->baseUrl().toString(), user));
    });
    connect(farm, &FarmController::loggedOn, this, [this] {
        if (!m_loaded)
            m_table->showWaiting(tr("Loading from %1…").arg(m_farm->client()->baseUrl().toString()));
    });
    // A failed log-on: the log-on dialog says why.
    connect(farm, &FarmController::logOnFailed, m_table, &RecordTablePage::hideWaiting);

    connect(m_table, &RecordTablePage::selectionChanged, this, [this] {
        updateDetails();
        emit allowedChanged();
    });
    connect(m_table, &RecordTablePage::activated, this, [this] { showProperties(); });
    // New data may change both what the details say and what is allowed (a broker became primary).
    auto dataChanged = [this] {
        updateDetails();
        emit allowedChanged();
    };
    connect(farm, &FarmController::loaded, this, [this, dataChanged](const FarmSnapshot &snapshot) {
        showLoadOutcome(snapshot);
        dataChanged();
    });
    connect(farm, &FarmController::statusRefreshed, this, dataChanged);
    connect(farm, &FarmController::changeMerged, this, dataChanged);
}

ObjectPage::~ObjectPage() = default;

bool ObjectPage::isAvailable() const
{
    return m_farm->rights().allows(rightsObject(), SessionRights::Operation::View);
}

bool ObjectPage::mayDo(SessionRights::Operation operation, int siteId) const
{
    if (m_readOnly)
        return false;
    return m_farm->rights().allows(rightsObject(), operation, siteId != 0 ? siteId : (isPerSite() ? this->siteId() : 0));
}

void ObjectPage::explainRefusals(Allowed *allowed, int siteId) const
{
    // --read-only hides the commands instead; only the session's rights need explaining.
    if (m_readOnly)
        return;
    using Operation = SessionRights::Operation;
    allowed->whyNoAdd = mayDo(Operation::Add) ? QString() : refusal(Operation::Add);
    allowed->whyNoChange = mayDo(Operation::Modify, siteId) ? QString() : refusal(Operation::Modify);
    allowed->whyNoRemove = mayDo(Operation::Delete, siteId) ? QString() : refusal(Operation::Delete);
}

int ObjectPage::selectedId() const
{
    return m_table->selectedId();
}

void ObjectPage::focusFilter()
{
    m_table->filterEdit()->setFocus();
    m_table->filterEdit()->selectAll();
}

void ObjectPage::exportToCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export table"),
                                                      CsvExport::suggestedFileName(exportName(), QDate::currentDate()),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(m_table->toCsv().toUtf8()) < 0) {
        emit messageRaised(tr("Cannot write %1: %2").arg(path, file.errorString()), MessageBanner::Kind::Error);
        return;
    }
    emit messageRaised(tr("The table was exported to %1.").arg(path), MessageBanner::Kind::Information);
}

void ObjectPage::setContextCommands(const QList<QAction *> &commands)
{
    QTableView *view = m_table->view();
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view, commands](const QPoint &position) {
        QMenu menu(this);
        for (QAction *command : commands) {
            if (command->isVisible() && command->isEnabled())
                menu.addAction(command);
        }
        menu.exec(view->viewport()->mapToGlobal(position));
    });
}

void ObjectPage::becomeReadOnly()
{
    m_readOnly = true;
    emit allowedChanged();
}

void ObjectPage::setSiteId(int siteId)
{
    m_table->proxy()->setSiteId(siteId);
}

int ObjectPage::siteId() const
{
    return m_table->proxy()->siteId();
}

void ObjectPage::showLoadOutcome(const FarmSnapshot &snapshot)
{
    m_table->hideWaiting(); // an empty part (no policies) or a failed one: the bar says which
    const std::optional<RasError> failure = loadFailure(snapshot);
    m_olderData = failure && m_loaded;
    if (!failure) {
        m_loaded = true;
        m_loadedAt = QDateTime::currentDateTime();
        m_loadState->showCurrent();
        return;
    }
    // The rows of the last good load stay; the bar says how old they are and which call failed.
    if (m_loaded)
        m_loadState->showOutOfDate(m_loadedAt, failure->toString());
    else
        m_loadState->showNotLoaded(failure->toString());
}

void ObjectPage::updateDetails()
{
    const QString html = detailsHtml(selectedId());
    if (html.isEmpty()) {
        m_details->setHtml(QStringLiteral("<p style='color:%1'>%2</p>")
                               .arg(Theme::secondaryText(palette()).name(), tr("Select a row to see its details.").toHtmlEscaped()));
        return;
    }
    m_details->setHtml(QStringLiteral("<table>") + html + QStringLiteral("</table>"));
}

QString ObjectPage::detailRow(const QString &label, const QString &value) const
{
    return QStringLiteral("<tr><td style='color:%1;padding-right:12px'>%2</td><td>%3</td></tr>")
        .arg(Theme::secondaryText(palette()).name(), label.toHtmlEscaped(), value.toHtmlEscaped());
}

OutcomeHandler ObjectPage::reportToBanner()
{
    return [this](const OperationOutcome &outcome) {
        emit messageRaised(outcome.message(), outcome.succeeded() || outcome.madeAfterAll() ? MessageBanner::Kind::Information
                                                                                            : MessageBanner::Kind::Error);
    };
}

void ObjectPage::sendFrom(OperationDialog *dialog, const std::function<void(QObject *, OutcomeHandler)> &send)
{
    dialog->setBusy(true);
    const QPointer<OperationDialog> guard(dialog);
    // The page receives the outcome, not the dialog, so closing the dialog loses nothing.
    send(this, [this, guard](const OperationOutcome &outcome) {
        if ((outcome.succeeded() || outcome.madeAfterAll()) && outcome.operation.action == FarmOperation::Action::Add)
            selectNamed(outcome.operation.objectName);
        if (OperationDialog::deliver(guard, outcome) && !outcome.succeeded() && !outcome.madeAfterAll())
            return;
        emit messageRaised(outcome.describedMessage(), outcome.succeeded() || outcome.madeAfterAll()
                                                           ? MessageBanner::Kind::Information
                                                           : MessageBanner::Kind::Error);
    });
}

void ObjectPage::selectNamed(const QString &name)
{
    // The model holds the new record before the outcome arrives; on this page, the row is the one
    // whose name matches (a server is in its Site once, a policy name is unique).
    const QAbstractItemModel *model = m_table->proxy()->sourceModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, nameColumn());
        if (index.data().toString().compare(name, Qt::CaseInsensitive) == 0) {
            m_table->selectId(index.data(RecordTableModel::IdRole).toInt());
            return;
        }
    }
}

void ObjectPage::openOwned(QWidget *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (auto *modal = qobject_cast<QDialog *>(dialog))
        modal->open();
    else
        dialog->show();
}
