#pragma once

#include "PendingChange.h"
#include "PendingChangeText.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <optional>

// What this session changed since the last Apply Settings, one top-level row per object
// ("Connection Broker rds-01.corp.local") with what all its changes come to, and under it one row
// per sentence of what was done to it, in the order it was done. The count (on the Apply button,
// in the status bar) is the number of changes the server holds staged, not of objects.
class PendingChangesModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingChangesModel)

public:
    enum Column { Change, Effect, When, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        // The time of the row (an object's row: of its latest change), for sorting.
        WhenRole = Qt::UserRole,
        ObjectIdRole,
        KindRole, // PendingChange::Kind as int
    };

    explicit PendingChangesModel(QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Files the change under its object (by kind and id, or by name while the id is unknown),
    // adding the object's row when it is the first change to it. The objects it renumbered get a
    // line each under their own row, which is no change of their own (the count stays).
    void add(PendingChange change);
    // After a successful Apply.
    void clear();
    // Changes, not objects: what Apply commits.
    int count() const { return static_cast<int>(m_changes.size()); }
    int objectCount() const { return static_cast<int>(m_objects.size()); }
    // Every change in the order it was made.
    const QList<PendingChange> &changes() const { return m_changes; }

signals:
    void countChanged(int count);

private:
    struct Line
    {
        QDateTime when;
        QString text;
    };
    struct Object
    {
        PendingChange::Kind kind;
        int id = 0;
        QString name;
        QList<PendingChange> steps; // empty for an object only renumbered by changes to others
        QList<Line> lines;
        QDateTime latest; // of its latest line
    };
    int rowOf(PendingChange::Kind kind, int id, const QString &name) const;
    // Appends lines under the object, adding its row if needed; step is a change made to it.
    void file(PendingChange::Kind kind, int id, const QString &name, QList<Line> lines,
              std::optional<PendingChange> step);
    static quint64 keyOf(PendingChange::Kind kind, int id) { return (quint64(kind) << 32) | quint32(id); }
    QVariant objectData(const Object &object, int column, int role) const;
    QVariant lineData(const Object &object, const Line &line, int column, int role) const;

    QList<Object> m_objects;
    QHash<quint64, int> m_rowById; // kind and id -> row, for the objects whose id is known
    QList<PendingChange> m_changes;
};
