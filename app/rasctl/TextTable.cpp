#include "TextTable.h"

#include "TerminalText.h"

TextTable::TextTable(const QStringList &headers)
    : m_headers(headers)
{
}

void TextTable::addRow(const QStringList &cells)
{
    m_rows << cells;
}

QString TextTable::render(int maxCellWidth) const
{
    auto clip = [maxCellWidth](const QString &text) -> QString {
        const QString single = TerminalText::escaped(text);
        if (single.size() > maxCellWidth)
            return single.left(maxCellWidth - 1) + QChar(0x2026);
        return single;
    };
    QList<int> widths;
    for (const auto &header : m_headers)
        widths << static_cast<int>(header.size());
    for (const auto &row : m_rows) {
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], static_cast<int>(clip(row.at(i)).size()));
    }
    auto line = [&](const QStringList &cells) -> QString {
        QString text;
        for (int i = 0; i < widths.size(); ++i) {
            const QString cell = i < cells.size() ? clip(cells.at(i)) : QString();
            text += i + 1 < widths.size() ? cell.leftJustified(widths.at(i) + 2) : cell;
        }
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        return text + QLatin1Char('\n');
    };
    QString out = line(m_headers);
    for (const auto &row : m_rows)
        out += line(row);
    return out;
}

void KeyValueList::add(const QString &key, const QString &value)
{
    m_rows << qMakePair(key, value);
}

void KeyValueList::addSection(const QString &title)
{
    m_rows << qMakePair(QStringLiteral("#") + title, QString());
}

QString KeyValueList::render() const
{
    int width = 0;
    for (const auto &row : m_rows) {
        if (!row.first.startsWith(QLatin1Char('#')))
            width = qMax(width, static_cast<int>(row.first.size()));
    }
    QString out;
    for (const auto &row : m_rows) {
        if (row.first.startsWith(QLatin1Char('#'))) {
            out += QLatin1Char('\n') + row.first.mid(1) + QLatin1Char('\n');
            continue;
        }
        out += QString(row.first + QLatin1Char(':')).leftJustified(width + 2) + TerminalText::escaped(row.second)
               + QLatin1Char('\n');
    }
    return out;
}
