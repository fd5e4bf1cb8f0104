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
        case When: return TimeFormat::timeOfDay(object.latest);
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
    case WhenRole: return object.latest;
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

int PendingChangesModel::rowOf(PendingChange::Kind kind, int id, const QString &name) const
{
    if (id != 0) {
        const auto found = m_rowById.constFind(keyOf(kind, id));
        if (found != m_rowById.constEnd())
            return *found;
    }
    // An object added while its answer was lost may be known by name alone.
    for (int row = 0; row < m_objects.size(); ++row) {
        const Object &object = m_objects.at(row);
        const bool deleted = !object.steps.isEmpty() && object.steps.last().step == PendingChange::Step::Deleted;
        if (object.kind == kind && (object.id == 0 || id == 0) && !deleted
            && object.name.compare(name, Qt::CaseInsensitive) == 0)
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
    const PendingChange::Kind kind = change.kind;
    const int id = change.objectId;
    const QString name = change.objectName;
    const QList<PendingChange::Renumbered> renumbered = change.renumbered;
    QList<Line> neighbourLines;
    for (const PendingChange::Renumbered &neighbour : renumbered)
        neighbourLines << Line{change.when, PendingChangeText::renumberedSentence(change, neighbour)};
    file(kind, id, name, std::move(lines), std::move(change));
    for (int i = 0; i < renumbered.size(); ++i)
        file(kind, renumbered.at(i).id, renumbered.at(i).name, {neighbourLines.at(i)}, std::nullopt);
    emit countChanged(count());
}

void PendingChangesModel::file(PendingChange::Kind kind, int id, const QString &name, QList<Line> lines,
                               std::optional<PendingChange> step)
{
    if (lines.isEmpty())
        return;
    const QDateTime latest = lines.last().when;
    int row = rowOf(kind, id, name);
    if (row < 0) {
        row = static_cast<int>(m_objects.size());
        if (id != 0)
            m_rowById.insert(keyOf(kind, id), row);
        Object object{kind, id, name, {}, std::move(lines), latest};
        if (step)
            object.steps.append(std::move(*step));
        beginInsertRows({}, row, row);
        m_objects.append(std::move(object));
        endInsertRows();
        return;
    }
    Object &object = m_objects[row];
    const int first = static_cast<int>(object.lines.size());
    beginInsertRows(index(row, 0), first, first + static_cast<int>(lines.size()) - 1);
    object.lines.append(std::move(lines));
    object.latest = latest;
    if (step) {
        if (object.id == 0 && id != 0) {
            object.id = id;
            m_rowById.insert(keyOf(kind, id), row);
        }
        if (!name.isEmpty())
            object.name = name; // a rename: the list names it as it will be
        object.steps.append(std::move(*step));
    }
    endInsertRows();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
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
