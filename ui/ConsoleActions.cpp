#include "ConsoleActions.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>
#include <QWidget>

namespace {

QAction *create(QWidget *window, const char *name, const QString &text, QStyle::StandardPixmap icon,
                const QKeySequence &shortcut = {})
{
    auto *action = new QAction(window->style()->standardIcon(icon), text, window);
    action->setObjectName(QLatin1String(name));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    window->addAction(action);
    return action;
}

} // namespace

ConsoleActions::ConsoleActions(QWidget *window, bool readOnly)
    : QObject(window)
    , refresh(create(window, "refresh", tr("&Refresh"), QStyle::SP_BrowserReload, QKeySequence(Qt::Key_F5)))
    , find(create(window, "find", tr("&Find"), QStyle::SP_FileDialogContentsView, QKeySequence::Find))
    , add(create(window, "add", tr("A&dd…"), QStyle::SP_FileDialogNewFolder, QKeySequence::New))
    , properties(create(window, "properties", tr("P&roperties…"), QStyle::SP_FileDialogDetailedView,
                        QKeySequence(Qt::ALT | Qt::Key_Return)))
    , connections(create(window, "connections", tr("Secondary &connections…"), QStyle::SP_DirLinkIcon))
    , moveUp(create(window, "moveUp", tr("Move &up"), QStyle::SP_ArrowUp, QKeySequence(Qt::CTRL | Qt::Key_Up)))
    , moveDown(create(window, "moveDown", tr("Move &down"), QStyle::SP_ArrowDown, QKeySequence(Qt::CTRL | Qt::Key_Down)))
    , promote(create(window, "promote", tr("&Promote to primary"), QStyle::SP_ArrowForward))
    , remove(create(window, "delete", tr("&Delete"), QStyle::SP_TrashIcon, QKeySequence::Delete))
    , apply(create(window, "apply", tr("&Apply Settings"), QStyle::SP_DialogApplyButton,
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)))
    , exportCsv(create(window, "exportCsv", tr("&Export table to CSV…"), QStyle::SP_DialogSaveButton))
    , quit(create(window, "quit", tr("&Quit"), QStyle::SP_DialogCloseButton, QKeySequence::Quit))
    , m_readOnly(readOnly)
{
    for (QAction *action : changing())
        action->setVisible(!readOnly);
    // Their icons say what they do: beside the other commands' texts they show only the icon, so a
    // German or French toolbar still fits a laptop screen (menus and tooltips keep the text).
    for (QAction *iconOnly : {refresh, moveUp, moveDown})
        iconOnly->setPriority(QAction::LowPriority);
    showPendingCount(0);
}

void ConsoleActions::becomeReadOnly()
{
    m_readOnly = true;
    for (QAction *action : changing())
        action->setVisible(false);
}

void ConsoleActions::addTo(QToolBar *toolbar) const
{
    toolbar->addAction(refresh);
    toolbar->addSeparator();
    toolbar->addActions({add, properties, connections});
    if (m_readOnly)
        return;
    toolbar->addSeparator();
    toolbar->addActions({moveUp, moveDown, promote, remove});
    toolbar->addSeparator();
    toolbar->addAction(apply);
}

void ConsoleActions::addTo(QMenuBar *menus) const
{
    QMenu *file = menus->addMenu(tr("&File"));
    file->addAction(exportCsv);
    file->addSeparator();
    file->addAction(quit);
    QMenu *commands = menus->addMenu(tr("&Actions"));
    commands->addActions({refresh, find, add, properties, connections, moveUp, moveDown, promote, remove, apply});
}

void ConsoleActions::showPendingCount(int pending)
{
    apply->setText(pending > 0 ? tr("&Apply Settings (%1)").arg(pending) : tr("&Apply Settings"));
    apply->setToolTip(pending > 0 ? tr("Commit %Ln staged change to the farm.", "tooltip", pending)
                                  : tr("Commit staged changes to the farm."));
}
