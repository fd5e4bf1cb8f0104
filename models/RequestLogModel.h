#pragma once

#include <QAbstractTableModel>
#include <QPointer>

#include "RequestLog.h"


// The client's request log as a table for the request log dock.
class RequestLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestLogModel)

public:
    enum Column { Time, Method, Path, Status, Duration, Size, ColumnCount };
    Q_ENUM(Column)

    explicit RequestLogModel(RequestLog *log, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    RequestLog *log() const { return m_log; }

private:
    QPointer<RequestLog> m_log;
    int m_rows = 0; // what the views have been told, kept in step with the log's signals
};
