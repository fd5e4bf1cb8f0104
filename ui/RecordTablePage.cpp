#include "RecordTablePage.h"

#include "CachedTextDelegate.h"
#include "CsvExport.h"
#include "RecordFilterProxy.h"
#include "RecordTableModel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

RecordTablePage::RecordTablePage(const QString &settingsKey, QAbstractItemModel *model, int defaultSortColumn,
                                 QWidget *parent)
    : QWidget(parent)
    , m_settingsKey(settingsKey)
    , m_filter(new QLineEdit(this))
    , m_problemsOnly(new QCheckBox(tr("Only problems"), this))
    , m_view(new QTableView(this))
    , m_proxy(new RecordFilterProxy(this))
    , m_waiting(new QLabel(m_view->viewport()))
{
    m_waiting->setObjectName(QStringLiteral("waiting"));
    m_waiting->setWordWrap(true);
    m_waiting->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_waiting->setMargin(8);
    m_waiting->setForegroundRole(QPalette::PlaceholderText);
    m_waiting->hide();
    m_view->viewport()->installEventFilter(this);
    m_filter->setPlaceholderText(tr("Filter (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_problemsOnly->setToolTip(tr("Show only servers whose state needs attention"));
    m_proxy->setSourceModel(model);
    m_proxy->setDynamicSortFilter(true);

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(defaultSortColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setItemDelegate(new CachedTextDelegate(m_view));
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Columns are fitted to the rows on screen and a few hundred more, not to the first thousand:
    // on a 10,000-server page that measuring alone held the window for a tenth of a second.
    m_view->horizontalHeader()->setResizeContentsPrecision(300);
    m_view->verticalHeader()->setResizeContentsPrecision(300);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_problemsOnly);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);

    const QByteArray state = QSettings().value(QStringLiteral("pages/%1/header").arg(m_settingsKey)).toByteArray();
    m_layoutSettled = !state.isEmpty() && m_view->horizontalHeader()->restoreState(state);
    if (m_layoutSettled)
        widenCutTitles();
    else
        m_view->resizeColumnsToContents();
    updateSearchColumns();

    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RecordTablePage::hideWaiting);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &RecordFilterProxy::setText);
    connect(m_problemsOnly, &QCheckBox::toggled, m_proxy, &RecordFilterProxy::setProblemsOnly);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RecordTablePage::selectionChanged);
    connect(m_view, &QTableView::activated, this, &RecordTablePage::activated);
    connect(m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &RecordTablePage::showHeaderMenu);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionMoved, this, [this] { m_layoutSettled = true; });
    // The first data sizes the columns once, unless the administrator's layout was remembered.
    // Queued: a load fills rows and then their status in one go; size for both.
    connect(model, &QAbstractItemModel::rowsInserted, this, [this, fitting = false]() mutable {
        if (!m_layoutSettled && !fitting) {
            fitting = true;
            QTimer::singleShot(0, this, [this] {
                m_view->resizeColumnsToContents();
                m_layoutSettled = true;
            });
        }
    });
}

RecordTablePage::~RecordTablePage()
{
    if (m_layoutSettled)
        QSettings().setValue(QStringLiteral("pages/%1/header").arg(m_settingsKey), m_view->horizontalHeader()->saveState());
}

int RecordTablePage::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(RecordTableModel::IdRole).toInt();
}

void RecordTablePage::selectId(int id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(RecordTableModel::IdRole).toInt() == id) {
            m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
            return;
        }
    }
}

void RecordTablePage::setProblemsFilterAvailable(bool available)
{
    m_problemsOnly->setVisible(available);
}

void RecordTablePage::showWaiting(const QString &what)
{
    m_waiting->setText(what);
    m_waiting->setGeometry(m_view->viewport()->rect());
    m_waiting->show();
}

void RecordTablePage::hideWaiting()
{
    m_waiting->hide();
    m_waiting->clear();
}

QString RecordTablePage::waitingText() const
{
    return m_waiting->isHidden() ? QString() : m_waiting->text();
}

bool RecordTablePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize && !m_waiting->isHidden())
        m_waiting->setGeometry(m_view->viewport()->rect());
    return QWidget::eventFilter(watched, event);
}

void RecordTablePage::widenCutTitles()
{
    // A layout remembered from another language (or an older version's titles) must not cut
    // "Arbeitsspeicher" to "Arbeitsspeic…": a column is at least as wide as its title.
    QHeaderView *header = m_view->horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        if (!header->isSectionHidden(column) && header->sectionSize(column) < header->sectionSizeHint(column))
            header->resizeSection(column, header->sectionSizeHint(column));
    }
}

void RecordTablePage::showHeaderMenu(const QPoint &position)
{
    QHeaderView *header = m_view->horizontalHeader();
    QMenu menu(this);
    for (int column = 0; column < m_proxy->columnCount(); ++column) {
        QAction *action = menu.addAction(m_proxy->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, this, [this, header, column](bool shown) {
            // Keep at least one column: an empty table looks broken.
            if (!shown && header->count() - header->hiddenSectionCount() <= 1)
                return;
            header->setSectionHidden(column, !shown);
            m_layoutSettled = true;
            updateSearchColumns();
        });
    }
    menu.exec(header->mapToGlobal(position));
}

void RecordTablePage::updateSearchColumns()
{
    QList<int> visible;
    for (int column = 0; column < m_proxy->columnCount(); ++column) {
        if (!m_view->horizontalHeader()->isSectionHidden(column))
            visible << column;
    }
    m_proxy->setSearchColumns(visible);
}

QString RecordTablePage::toCsv() const
{
    // The visible columns in the order the administrator arranged them.
    QHeaderView *header = m_view->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    return CsvExport::toCsv(m_proxy, columns);
}

void RecordTablePage::keepColumnFitting(int column)
{
    auto *pending = new QTimer(this);
    pending->setSingleShot(true);
    pending->setInterval(0); // once per burst of changes, not once per row
    connect(pending, &QTimer::timeout, this, [this, column] {
        const int before = m_view->columnWidth(column);
        m_view->resizeColumnToContents(column);
        if (m_view->columnWidth(column) < before)
            m_view->setColumnWidth(column, before);
    });
    QAbstractItemModel *model = m_proxy;
    connect(model, &QAbstractItemModel::dataChanged, pending, [pending, column](const QModelIndex &from, const QModelIndex &to) {
        if (from.column() <= column && column <= to.column())
            pending->start();
    });
    connect(model, &QAbstractItemModel::rowsInserted, pending, qOverload<>(&QTimer::start));
    connect(model, &QAbstractItemModel::modelReset, pending, qOverload<>(&QTimer::start));
    connect(model, &QAbstractItemModel::layoutChanged, pending, qOverload<>(&QTimer::start));
    pending->start();
}
