#include "NavigationTree.h"

#include "ObjectPage.h"
#include "SiteModel.h"

#include <QStyle>
#include <QTreeWidgetItemIterator>

namespace {

constexpr int kPageRole = Qt::UserRole + 1; // index into the pages
constexpr int kSiteRole = Qt::UserRole + 2; // 0: every Site

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

bool NavigationTree::rebuildIfChanged(const QList<ObjectPage *> &pages, const SiteModel *sites)
{
    QStringList key;
    for (ObjectPage *page : pages)
        key << QString::number(page->isAvailable());
    for (const Site &site : sites->sites())
        key << QString::number(site.id) + QLatin1Char(' ') + site.name;
    if (!m_builtFor.isNull() && m_builtFor == key.join(QLatin1Char('\n')))
        return false;
    m_builtFor = key.join(QLatin1Char('\n'));
    m_pages = pages;

    const QSignalBlocker blocker(this);
    clear();
    auto *farm = new QTreeWidgetItem(this, {tr("Farm")});
    farm->setIcon(0, style()->standardIcon(QStyle::SP_DriveNetIcon));
    auto addItem = [this](QTreeWidgetItem *parent, const QString &text, ObjectPage *page, int siteId) {
        auto *item = new QTreeWidgetItem(parent, {text});
        item->setData(0, kPageRole, static_cast<int>(m_pages.indexOf(page)));
        item->setData(0, kSiteRole, siteId);
    };
    for (ObjectPage *page : pages) {
        if (page->isPerSite() && page->isAvailable())
            addItem(farm, page->allSitesTitle(), page, 0);
    }
    for (const Site &site : sites->sites()) {
        auto *siteItem = new QTreeWidgetItem(farm, {site.licensingSite ? tr("%1 (licensing)", "Site name").arg(site.name)
                                                                        : site.name});
        siteItem->setIcon(0, style()->standardIcon(QStyle::SP_DirIcon));
        for (ObjectPage *page : pages) {
            if (page->isPerSite() && page->isAvailable())
                addItem(siteItem, page->title(), page, site.id);
        }
    }
    for (ObjectPage *page : pages) {
        if (!page->isPerSite() && page->isAvailable())
            addItem(farm, page->title(), page, 0);
    }
    expandAll();
    return true;
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
