#pragma once

#include "RasEnums.h"

#include <QHash>
#include <QIcon>
#include <QList>
#include <QStyle>
#include <QTreeWidget>

class FarmController;
class ObjectPage;

// The tree on the left: Farm › (one "All ..." item per per-Site kind) › each Site › its kinds, then
// the farm-wide kinds. Built from the pages, so a new kind appears without changes here; a kind or a
// Site the administrator may not manage is left out. Site nodes show their health.
class NavigationTree final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigationTree)

public:
    explicit NavigationTree(QWidget *parent = nullptr);

    // Builds the tree again if the Sites or the kinds available changed since the last time;
    // true if it did.
    bool rebuildIfChanged(const QList<ObjectPage *> &pages, FarmController *farm);
    // Each Site node's icon and tooltip from api/Site/status.
    void showSiteHealth(const QHash<int, Ras::AgentState> &states);
    // "Connection Brokers — 1 problem": each kind's item counts the servers of its Site (or of the
    // farm) that need attention.
    void showProblemCounts();
    // Marks the item of page and Site as current without emitting pageChosen.
    void select(ObjectPage *page, int siteId);

signals:
    void pageChosen(ObjectPage *page, int siteId);

protected:
    void changeEvent(QEvent *event) override;

private:
    // The style's icon, loaded once: the style reads it from image files each time it is asked,
    // and every load of a farm asks again for each Site.
    QIcon standardIcon(QStyle::StandardPixmap pixmap);

    QList<ObjectPage *> m_pages;
    QString m_builtFor; // the Sites and kinds the tree shows, to notice a change
    QHash<int, QIcon> m_icons;
};
