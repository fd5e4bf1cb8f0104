#include "TableDock.h"

#include <QHeaderView>
#include <QMenu>
#include <QTableView>

TableDock::TableDock(const QString &title, const QString &objectName, QAbstractItemModel *model, QWidget *parent)
    : QDockWidget(title, parent)
    , m_view(new QTableView(this))
{
    setObjectName(objectName);
    m_view->setModel(model);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    setWidget(m_view);
    hide();
}

void TableDock::addRowCommand(const QString &text, std::function<void(int row)> command)
{
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this, text, command](const QPoint &position) {
        const QModelIndex index = m_view->indexAt(position);
        if (!index.isValid())
            return;
        QMenu menu(this);
        menu.addAction(text, this, [command, row = index.row()] { command(row); });
        menu.exec(m_view->viewport()->mapToGlobal(position));
    });
}

void TableDock::followNewRows()
{
    connect(m_view->model(), &QAbstractItemModel::rowsInserted, m_view, [this] { m_view->scrollToBottom(); });
}
