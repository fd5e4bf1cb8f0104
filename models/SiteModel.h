#pragma once

#include "RecordTableModel.h"
#include "Site.h"

#include <QHash>

// The farm's Sites, for the navigation tree and Site choosers.
class SiteModel final : public RecordTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteModel)

public:
    enum Column { Name, Id, Licensing, ColumnCount };
    Q_ENUM(Column)

    explicit SiteModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setSites(const QList<Site> &sites);
    void resetFarm();
    QHash<int, QString> names() const;
    const QList<Site> &sites() const { return m_sites; }

private:
    QList<Site> m_sites;
};
