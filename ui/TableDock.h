#pragma once

#include <QDockWidget>
#include <functional>

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
    // A command in the table's context menu that acts on the row clicked.
    void addRowCommand(const QString &text, std::function<void(int row)> command);

private:
    QTableView *m_view;
};
