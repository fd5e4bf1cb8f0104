#include "RequestLogModel.h"

#include "RequestLog.h"
#include "Theme.h"

#include <QBrush>
#include <QGuiApplication>
#include <QLocale>

RequestLogModel::RequestLogModel(RequestLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
    , m_rows(static_cast<int>(log->entries().size()))
{
    connect(log, &RequestLog::entryAdded, this, [this](int index) {
        beginInsertRows({}, index, index);
        m_rows = index + 1;
        endInsertRows();
    });
    connect(log, &RequestLog::entriesRemoved, this, [this](int count) {
        beginRemoveRows({}, 0, count - 1);
        m_rows -= count;
        endRemoveRows();
    });
    connect(log, &RequestLog::cleared, this, [this] {
        beginResetModel();
        m_rows = 0;
        endResetModel();
    });
}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_log
        || index.row() >= m_log->entries().size())
        return {};
    const RequestLogEntry &entry = m_log->entries().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time: return QLocale().toString(entry.when.time(), QStringLiteral("HH:mm:ss.zzz"));
        case Method: return entry.method;
        case Path: return entry.path;
        case Status: return entry.status > 0 ? QString::number(entry.status) : tr("failed");
        case Duration: return tr("%1 ms").arg(entry.durationMs);
        case Size: return QLocale().formattedDataSize(entry.bytes);
        default: return {};
        }
    case Qt::ToolTipRole:
        return entry.error.isEmpty() ? entry.path : entry.error;
    case Qt::ForegroundRole:
        if (entry.status == 0 || entry.status >= 400)
            return QBrush(Theme::errorText(QGuiApplication::palette()));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= Status ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Method: return tr("Method");
    case Path: return tr("Path");
    case Status: return tr("Status");
    case Duration: return tr("Duration");
    case Size: return tr("Size");
    default: return {};
    }
}
