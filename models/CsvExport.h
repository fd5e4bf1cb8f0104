#pragma once

#include <QDate>
#include <QList>
#include <QString>

class QAbstractItemModel;

// A table as CSV for spreadsheets and scripts: the raw values (43, not "43 %"; an ISO 8601 time,
// not "3 s ago"; true/false, not a check mark), one header line, RFC 4180 quoting.
namespace CsvExport {

// columns: the model's columns in the order to write (the visible ones, as the view orders them).
QString toCsv(const QAbstractItemModel *model, const QList<int> &columns);
// "ras-brokers-2026-12-03.csv": what was exported and when, so a folder of exports sorts itself.
QString suggestedFileName(const QString &pageName, const QDate &date);

} // namespace CsvExport
