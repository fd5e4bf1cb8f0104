#include "PendingChangesModel.h"

#include "TimeFormat.h"

#include <QFont>

namespace {

// Rows under an object carry its row + 1 as their internal id; the objects' own rows carry 0.
constexpr quintptr kObjectRow = 0;

} // namespace

PendingChangesModel::PendingChangesModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

QModelIndex PendingChangesModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kObjectRow);
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex PendingChangesModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kObjectRow)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kObjectRow);
}

int PendingChangesModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_objects.size());
    // Only an object's first column has rows under it.
    if (parent.internalId() != kObjectRow || parent.column() != 0)
        return 0;
    return static_cast<int>(m_objects.at(parent.row()).lines.size());
}

int PendingChangesModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PendingChangesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kObjectRow)
        return objectData(m_objects.at(index.row()), index.column(), role);
    const Object &object = m_objects.at(static_cast<qsizetype>(index.internalId() - 1));
    return lineData(object, object.lines.at(index.row()), index.column(), role);
}

QVariant PendingChangesModel::objectData(const Object &object, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Change: return PendingChangeText::title(object.kind, object.name);
        case Effect: return PendingChangeText::effectText(PendingChangeText::effect(object.steps));
        case When: return TimeFormat::timeOfDay(object.steps.last().when);
        default: return {};
        }
    case Qt::ToolTipRole: {
        // The whole story in one place, for a row that is collapsed.
        QStringList lines{PendingChangeText::title(object.kind, object.name)};
        for (const Line &line : object.lines)
            lines << line.text;
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::FontRole: {
        // The objects stand out from the sentences under them.
        QFont font;
        font.setBold(true);
        return column == Change ? QVariant(font) : QVariant();
    }
    case WhenRole: return object.steps.last().when;
    case ObjectIdRole: return object.id;
    case KindRole: return static_cast<int>(object.kind);
    default: return {};
    }
}

QVariant PendingChangesModel::lineData(const Object &object, const Line &line, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Change: return line.text;
        case When: return TimeFormat::timeOfDay(line.when);
        default: return {};
        }
    case Qt::ToolTipRole: return column == Change ? QVariant(line.text) : QVariant();
    case WhenRole: return line.when;
    case ObjectIdRole: return object.id;
    case KindRole: return static_cast<int>(object.kind);
    default: return {};
    }
}

QVariant PendingChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Change: return tr("Object and change");
    case Effect: return tr("Result");
    case When: return tr("Time");
    default: return {};
    }
}

int PendingChangesModel::rowOf(const PendingChange &change) const
{
    if (change.objectId != 0) {
        const auto found = m_rowById.constFind(keyOf(change.kind, change.objectId));
        if (found != m_rowById.constEnd())
            return *found;
    }
    // An object added while its answer was lost may be known by name alone.
    for (int row = 0; row < m_objects.size(); ++row) {
        const Object &object = m_objects.at(row);
        if (object.kind == change.kind && (object.id == 0 || change.objectId == 0)
            && object.steps.last().step != PendingChange::Step::Deleted && object.name.compare(change.objectName, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

void PendingChangesModel::add(PendingChange change)
{
    QList<Line> lines;
    for (const QString &text : PendingChangeText::sentences(change))
        lines << Line{change.when, text};
    m_changes.append(change);
    int row = rowOf(change);
    if (row < 0) {
        row = static_cast<int>(m_objects.size());
        if (change.objectId != 0)
            m_rowById.insert(keyOf(change.kind, change.objectId), row);
        beginInsertRows({}, row, row);
        m_objects.append(Object{change.kind, change.objectId, change.objectName, {std::move(change)}, std::move(lines)});
        endInsertRows();
    } else {
        Object &object = m_objects[row];
        const int first = static_cast<int>(object.lines.size());
        beginInsertRows(index(row, 0), first, first + static_cast<int>(lines.size()) - 1);
        object.lines.append(std::move(lines));
        if (object.id == 0 && change.objectId != 0) {
            object.id = change.objectId;
            m_rowById.insert(keyOf(change.kind, change.objectId), row);
        }
        if (!change.objectName.isEmpty())
            object.name = change.objectName; // a rename: the list names it as it will be
        object.steps.append(std::move(change));
        endInsertRows();
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    emit countChanged(count());
}

void PendingChangesModel::clear()
{
    if (m_objects.isEmpty())
        return;
    beginRemoveRows({}, 0, static_cast<int>(m_objects.size()) - 1);
    m_objects.clear();
    m_rowById.clear();
    m_changes.clear();
    endRemoveRows();
    emit countChanged(0);
}
