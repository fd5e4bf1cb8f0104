#pragma once

#include <QList>
#include <QObject>

class QAction;
class QMenuBar;
class QToolBar;
class QWidget;

// The console's commands, each a named member so code and tests say which one they mean. The
// window decides what they do and the current page what is allowed; this class only creates them
// (text, icon, shortcut) and places them in the toolbar and the menus.
class ConsoleActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleActions)

public:
    // window: where the shortcuts work and whose style gives the icons.
    ConsoleActions(QWidget *window, bool readOnly);

    QAction *const refresh;
    QAction *const find;
    QAction *const add;
    QAction *const properties;
    QAction *const connections;
    QAction *const moveUp;
    QAction *const moveDown;
    QAction *const promote;
    QAction *const remove;
    QAction *const apply;
    QAction *const exportCsv;
    QAction *const quit;

    // The commands that change the farm: never shown in read-only mode.
    QList<QAction *> changing() const { return {add, moveUp, moveDown, promote, remove, apply}; }
    // The commands that act on the selected row, for a table's context menu.
    QList<QAction *> rowCommands() const { return {properties, connections, moveUp, moveDown, promote, remove}; }

    void addTo(QToolBar *toolbar) const;
    void addTo(QMenuBar *menus) const;
    // The session's rights allow no change after all: the changing commands go.
    void becomeReadOnly();
    // "Apply Settings (3)" and its tooltip.
    void showPendingCount(int pending);

private:
    bool m_readOnly;
};
