#include "RequestLogView.h"

#include "RequestLogModel.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>

namespace {
const QString kHeaderKey = QStringLiteral("requestLog/header");
}

RequestLogView::RequestLogView(RequestLogModel *model, std::function<QUrl()> baseUrl, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
    , m_baseUrl(std::move(baseUrl))
{
    setModel(model);
    setObjectName(QStringLiteral("requestLogView"));
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(false);
    setContextMenuPolicy(Qt::CustomContextMenu);
    // The path is what an administrator reads; it gets the spare width, the numbers keep theirs.
    horizontalHeader()->setStretchLastSection(false);
    const QByteArray state = QSettings().value(kHeaderKey).toByteArray();
    if (state.isEmpty() || !horizontalHeader()->restoreState(state)) {
        const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
        setColumnWidth(RequestLogModel::Time, fontMetrics().horizontalAdvance(QStringLiteral("00:00:00.000")) + 2 * digit);
        setColumnWidth(RequestLogModel::Method, fontMetrics().horizontalAdvance(QStringLiteral("DELETE")) + 2 * digit);
        setColumnWidth(RequestLogModel::Path, 48 * fontMetrics().averageCharWidth());
        setColumnWidth(RequestLogModel::Status, 14 * digit);
        setColumnWidth(RequestLogModel::Duration, 10 * digit);
        setColumnWidth(RequestLogModel::Size, 10 * digit);
    }
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, &RequestLogView::rememberWidths);

    // Follow the newest request only while the view shows the end of the log.
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this](int value) { m_followTail = value >= verticalScrollBar()->maximum(); });
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, [this] {
        if (m_followTail)
            scrollToBottom();
    });
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this] { m_followTail = verticalScrollBar()->value() >= verticalScrollBar()->maximum(); });
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_followTail)
            scrollToBottom();
    });
    connect(this, &QWidget::customContextMenuRequested, this, &RequestLogView::showContextMenu);
}

RequestLogView::~RequestLogView() = default;

QString RequestLogView::curlCommandAt(int row) const
{
    const RequestLog *log = m_model->log();
    if (!log || row < 0 || row >= log->entries().size())
        return {};
    return RequestLog::curlCommand(log->entries().at(row), m_baseUrl ? m_baseUrl() : QUrl());
}

void RequestLogView::showContextMenu(const QPoint &position)
{
    // The row under the pointer, not whatever was selected before: that is the request meant.
    const QModelIndex index = indexAt(position);
    if (!index.isValid())
        return;
    selectRow(index.row());
    const QString command = curlCommandAt(index.row());
    QMenu menu(this);
    menu.addAction(tr("Copy as curl"), this, [this, command] {
        QApplication::clipboard()->setText(command);
        emit curlCopied();
    });
    menu.exec(viewport()->mapToGlobal(position));
}

void RequestLogView::rememberWidths() const
{
    QSettings().setValue(kHeaderKey, horizontalHeader()->saveState());
}
