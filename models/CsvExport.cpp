#include "CsvExport.h"

#include "RecordTableModel.h"
#include "TimeFormat.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QRegularExpression>

namespace CsvExport {

namespace {

QString quote(QString text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r')))
        text = QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return text;
}

QString cell(const QModelIndex &index)
{
    QVariant value = index.data(RecordTableModel::ExportRole);
    if (!value.isValid()) {
        const QVariant check = index.data(Qt::CheckStateRole);
        value = check.isValid() ? QVariant(check.toInt() == Qt::Checked) : index.data(Qt::DisplayRole);
    }
    switch (value.typeId()) {
    case QMetaType::QDateTime: return TimeFormat::iso(value.toDateTime());
    case QMetaType::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Double: return QString::number(value.toDouble(), 'g', 15);
    default: return value.toString();
    }
}

} // namespace

QString toCsv(const QAbstractItemModel *model, const QList<int> &columns)
{
    QStringList lines;
    QStringList cells;
    for (const int column : columns)
        cells << quote(model->headerData(column, Qt::Horizontal).toString());
    lines << cells.join(QLatin1Char(','));
    for (int row = 0; row < model->rowCount(); ++row) {
        cells.clear();
        for (const int column : columns)
            cells << quote(cell(model->index(row, column)));
        lines << cells.join(QLatin1Char(','));
    }
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

QString suggestedFileName(const QString &pageName, const QDate &date)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString name = pageName.toLower();
    name.replace(unsafe, QStringLiteral("-"));
    return QStringLiteral("ras-%1-%2.csv").arg(name, date.toString(Qt::ISODate));
}

} // namespace CsvExport
