#include "SiteModel.h"

SiteModel::SiteModel(QObject *parent)
    : RecordTableModel(parent)
{
}

int SiteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_sites.size());
}

int SiteModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SiteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Site &site = m_sites.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name: return site.name;
        case Id: return site.id;
        case Licensing: return site.licensingSite ? tr("Licensing Site") : QString();
        default: return {};
        }
    case Qt::EditRole:
    case SortRole:
        switch (index.column()) {
        case Name: return site.name;
        case Id: return site.id;
        case Licensing: return site.licensingSite;
        default: return {};
        }
    case IdRole:
        return site.id;
    default:
        return {};
    }
}

QVariant SiteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Site");
    case Id: return tr("ID");
    case Licensing: return tr("Licensing");
    default: return {};
    }
}

void SiteModel::setSites(const QList<Site> &sites)
{
    mergeRecords(m_sites, sites, [](const Site &site) { return site.id; }, [](const Site &a, const Site &b) {
        QList<int> columns;
        if (a.name != b.name)
            columns << Name;
        if (a.licensingSite != b.licensingSite)
            columns << Licensing;
        return columns;
    }, [](const Site &a, const Site &b) {
        return a.name == b.name && a.licensingSite == b.licensingSite
               && a.enableHttpHostAttackProtection == b.enableHttpHostAttackProtection;
    });
}

void SiteModel::resetFarm()
{
    beginResetModel();
    m_sites.clear();
    endResetModel();
}

QHash<int, QString> SiteModel::names() const
{
    QHash<int, QString> names;
    for (const auto &site : m_sites)
        names.insert(site.id, site.name);
    return names;
}
