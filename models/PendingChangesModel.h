#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QString>

// What this session changed since the last Apply Settings: the console shows the count on the Apply
// button and lists the changes so an administrator knows what Apply will commit.
struct PendingChange
{
    QDateTime when;
    QString action;  // "Added", "Changed", "Deleted", "Moved up", "Promoted", ...
    QString kind;    // "Connection Broker", "Secure Gateway", "Client policy", ...
    QString object;  // server or policy name
    int objectId = 0;
};

class PendingChangesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingChangesModel)

public:
    enum Column { When, Action, Kind, Object, ColumnCount };
    Q_ENUM(Column)

    explicit PendingChangesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void add(PendingChange change);
    // After a successful Apply (or a log-on to another farm).
    void clear();
    int count() const { return static_cast<int>(m_changes.size()); }
    const QList<PendingChange> &changes() const { return m_changes; }

signals:
    void countChanged(int count);

private:
    QList<PendingChange> m_changes;
};
