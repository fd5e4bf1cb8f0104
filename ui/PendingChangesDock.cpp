#include "PendingChangesDock.h"

#include "PendingChangesModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QStyle>
#include <QTreeView>

PendingChangesDock::PendingChangesDock(PendingChangesModel *model, QWidget *parent)
    : QDockWidget(tr("Pending changes"), parent)
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("pendingChangesDock"));
    m_view->setModel(model);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(PendingChangesModel::Change, QHeaderView::Interactive);
    header->setSectionResizeMode(PendingChangesModel::Effect, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PendingChangesModel::When, QHeaderView::ResizeToContents);
    m_view->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this](int section) {
        if (section != PendingChangesModel::Change)
            fitChangeColumn(); // a longer result or time came in
    });
    // A new object opens; one the administrator closed stays closed when more changes join it.
    connect(model, &QAbstractItemModel::rowsInserted, m_view, [this, model](const QModelIndex &under, int first, int last) {
        if (under.isValid())
            return;
        for (int row = first; row <= last; ++row)
            m_view->expand(model->index(row, 0));
    });
    setWidget(m_view);
    hide();
}

bool PendingChangesDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitChangeColumn();
    return QDockWidget::eventFilter(watched, event);
}

void PendingChangesDock::fitChangeColumn()
{
    QHeaderView *header = m_view->header();
    const QString title = m_view->model()->headerData(PendingChangesModel::Change, Qt::Horizontal).toString();
    const int margins = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const int titleWidth = header->fontMetrics().horizontalAdvance(title) + margins + header->fontMetrics().height();
    const int rest = m_view->viewport()->width() - header->sectionSize(PendingChangesModel::Effect)
                     - header->sectionSize(PendingChangesModel::When);
    header->resizeSection(PendingChangesModel::Change, qMax(titleWidth, rest));
}
