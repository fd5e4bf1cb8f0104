#pragma once

#include <QDockWidget>

class PendingChangesModel;
class QTreeView;

// What Apply Settings will commit, one branch per object with its changes under it, opened as they
// arrive so the administrator reads what each change did without clicking. Hidden until asked for
// from the View menu.
class PendingChangesDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingChangesDock)

public:
    PendingChangesDock(PendingChangesModel *model, QWidget *parent);

    QTreeView *view() const { return m_view; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The sentences take the width the result and the time leave, but never less than their
    // column's title needs: a narrow dock scrolls instead.
    void fitChangeColumn();

    QTreeView *m_view;
};
