#pragma once

#include <QDockWidget>

class QAbstractItemModel;
class QTableView;

// A dock with one read-only table (the request log, the pending changes), hidden until asked for
// from the View menu.
class TableDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableDock)

public:
    TableDock(const QString &title, const QString &objectName, QAbstractItemModel *model, QWidget *parent);

    QTableView *view() const { return m_view; }
    // Keeps the newest row in sight as rows arrive (a log).
    void followNewRows();

private:
    QTableView *m_view;
};
