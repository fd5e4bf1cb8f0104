#pragma once

#include <QString>
#include <QStringList>

// An aligned plain-text table for terminals: a header row, columns padded to their widest cell,
// two spaces between columns, long cells cut with an ellipsis so rows stay on one line.
class TextTable
{
public:
    explicit TextTable(const QStringList &headers);
    void addRow(const QStringList &cells);
    QString render(int maxCellWidth = 48) const;
    int rowCount() const { return static_cast<int>(m_rows.size()); }

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

// "Name: value" lines with the names aligned, for one object.
class KeyValueList
{
public:
    void add(const QString &key, const QString &value);
    void addSection(const QString &title);
    QString render() const;

private:
    QList<QPair<QString, QString>> m_rows; // a row with an empty value and key "#title" is a section
};
