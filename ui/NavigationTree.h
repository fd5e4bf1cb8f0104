#pragma once

#include <QList>
#include <QTreeWidget>

class ObjectPage;
class SiteModel;

// The tree on the left: Farm › (one "All ..." item per per-Site kind) › each Site › its kinds, then
// the farm-wide kinds. Built from the pages, so a new kind appears without changes here; a kind the
// administrator may not see is left out.
class NavigationTree final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigationTree)

public:
    explicit NavigationTree(QWidget *parent = nullptr);

    // Builds the tree again if the Sites or the kinds available changed since the last time;
    // true if it did.
    bool rebuildIfChanged(const QList<ObjectPage *> &pages, const SiteModel *sites);
    // Marks the item of page and Site as current without emitting pageChosen.
    void select(ObjectPage *page, int siteId);

signals:
    void pageChosen(ObjectPage *page, int siteId);

private:
    QList<ObjectPage *> m_pages;
    QString m_builtFor; // the Sites and kinds the tree shows, to notice a change
};
