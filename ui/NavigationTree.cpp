#include "NavigationTree.h"

#include "ObjectPage.h"
#include "FarmController.h"
#include "HealthWatch.h"
#include "Theme.h"

#include <QStyle>
#include <QTreeWidgetItemIterator>

namespace {

constexpr int kPageRole = Qt::UserRole + 1; // index into the pages
constexpr int kSiteRole = Qt::UserRole + 2; // 0: every Site
constexpr int kTitleRole = Qt::UserRole + 3; // the item's text without a count

} // namespace

NavigationTree::NavigationTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setHeaderHidden(true);
    setMinimumWidth(200);
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, kPageRole).isValid())
            emit pageChosen(m_pages.value(item->data(0, kPageRole).toInt()), item->data(0, kSiteRole).toInt());
    });
}

bool NavigationTree::rebuildIfChanged(const QList<ObjectPage *> &pages, FarmController *farm)
{
    const SessionInfo &session = farm->session();
    const AdminPermissions &rights = farm->permissions();
    QList<const Site *> sites;
    for (const Site &site : farm->sites()->sites()) {
        // Sites this administrator may not manage are not offered.
        if (rights.allAllowed || rights.mayManageSite(site.id))
            sites << &site;
    }
    QStringList key{session.farmName, session.connectedServer};
    for (ObjectPage *page : pages)
        key << QString::number(page->isAvailable());
    for (const Site *site : std::as_const(sites))
        key << QString::number(site->id) + QLatin1Char(' ') + site->name + QLatin1Char(' ') + QString::number(site->licensingSite);
    if (!m_builtFor.isNull() && m_builtFor == key.join(QLatin1Char('\n')))
        return false;
    m_builtFor = key.join(QLatin1Char('\n'));
    m_pages = pages;

    const QSignalBlocker blocker(this);
    clear();
    auto *top = new QTreeWidgetItem(this, {session.farmName.isEmpty() ? tr("Farm") : session.farmName});
    top->setIcon(0, standardIcon(QStyle::SP_DriveNetIcon));
    if (!session.connectedServer.isEmpty())
        top->setToolTip(0, tr("Connected to the Connection Broker %1").arg(session.connectedServer));
    auto addItem = [this](QTreeWidgetItem *parent, const QString &text, ObjectPage *page, int siteId) {
        auto *item = new QTreeWidgetItem(parent, {text});
        item->setData(0, kPageRole, static_cast<int>(m_pages.indexOf(page)));
        item->setData(0, kSiteRole, siteId);
        item->setData(0, kTitleRole, text);
    };
    for (ObjectPage *page : pages) {
        if (page->isPerSite() && page->isAvailable())
            addItem(top, page->allSitesTitle(), page, 0);
    }
    for (const Site *site : std::as_const(sites)) {
        auto *siteItem = new QTreeWidgetItem(top, {site->licensingSite ? tr("%1 (licensing)", "Site name").arg(site->name)
                                                                       : site->name});
        siteItem->setIcon(0, standardIcon(QStyle::SP_DirIcon));
        siteItem->setData(0, kSiteRole, site->id);
        for (ObjectPage *page : pages) {
            if (page->isPerSite() && page->isAvailable())
                addItem(siteItem, page->title(), page, site->id);
        }
    }
    for (ObjectPage *page : pages) {
        if (!page->isPerSite() && page->isAvailable())
            addItem(top, page->title(), page, 0);
    }
    expandAll();
    // Wide enough for its longest item (French titles are long), so no page name is cut off.
    setMinimumWidth(qMax(200, sizeHintForColumn(0) + 2 * frameWidth()));
    showSiteHealth(farm->siteStates());
    showProblemCounts();
    return true;
}

QIcon NavigationTree::standardIcon(QStyle::StandardPixmap pixmap)
{
    auto icon = m_icons.find(pixmap);
    if (icon == m_icons.end())
        icon = m_icons.insert(pixmap, style()->standardIcon(pixmap));
    return *icon;
}

void NavigationTree::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::StyleChange)
        m_icons.clear();
    QTreeWidget::changeEvent(event);
}

void NavigationTree::showSiteHealth(const QHash<int, Ras::AgentState> &states)
{
    const QTreeWidgetItem *top = topLevelItem(0);
    if (!top)
        return;
    for (int i = 0; i < top->childCount(); ++i) {
        QTreeWidgetItem *item = top->child(i);
        const QVariant siteId = item->data(0, kSiteRole);
        if (!siteId.isValid() || item->data(0, kPageRole).isValid())
            continue; // not a Site node
        const auto state = states.constFind(siteId.toInt());
        if (state == states.constEnd()) {
            item->setIcon(0, standardIcon(QStyle::SP_DirIcon));
            item->setToolTip(0, QString());
            continue;
        }
        QStyle::StandardPixmap icon = QStyle::SP_DirIcon;
        switch (Ras::healthOf(*state)) {
        case Ras::Health::Bad: icon = QStyle::SP_MessageBoxCritical; break;
        case Ras::Health::Warning: icon = QStyle::SP_MessageBoxWarning; break;
        case Ras::Health::Good:
        case Ras::Health::Inactive: break;
        }
        item->setIcon(0, standardIcon(icon));
        item->setToolTip(0, tr("Site status: %1").arg(Ras::displayName(*state)));
    }
}

void NavigationTree::showProblemCounts()
{
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        const QVariant index = (*it)->data(0, kPageRole);
        if (!index.isValid())
            continue;
        const ObjectPage *page = m_pages.value(index.toInt());
        const HealthWatch *watch = page ? page->healthWatch() : nullptr;
        const QString title = (*it)->data(0, kTitleRole).toString();
        const int problems = watch ? watch->problemCount((*it)->data(0, kSiteRole).toInt()) : 0;
        // The item keeps its width (the tree is narrow, and German and French titles are long): the
        // error colour, and the count in the tooltip. English has no translation file: the singular gets its own sentence.
        (*it)->setText(0, title);
        if (problems == 1)
            (*it)->setToolTip(0, tr("%1 — 1 problem", "kind of server — one server needs attention").arg(title));
        else if (problems > 1)
            (*it)->setToolTip(0, tr("%1 — %Ln problems", "kind of server — servers that need attention", problems).arg(title));
        else
            (*it)->setToolTip(0, QString());
        (*it)->setForeground(0, problems > 0 ? QBrush(Theme::errorText(palette())) : QBrush());
    }
}

void NavigationTree::select(ObjectPage *page, int siteId)
{
    const QSignalBlocker blocker(this);
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        const QVariant index = (*it)->data(0, kPageRole);
        if (index.isValid() && m_pages.value(index.toInt()) == page && (*it)->data(0, kSiteRole).toInt() == siteId) {
            setCurrentItem(*it);
            return;
        }
    }
}
