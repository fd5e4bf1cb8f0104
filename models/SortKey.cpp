#include "SortKey.h"

#include <QDateTime>
#include <limits>

// "cb-2" < "cb-10": runs of digits compare as numbers, the rest case-insensitively. Done by hand
// because QCollator's numeric mode needs ICU, which not every Qt build has.
int naturalCompare(const QString &a, const QString &b)
{
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            int endA = i;
            int endB = j;
            while (endA < a.size() && a.at(endA).isDigit())
                ++endA;
            while (endB < b.size() && b.at(endB).isDigit())
                ++endB;
            // Compare without converting, so numbers of any length work: skip leading zeros, then
            // the longer run is larger, then digit by digit.
            int startA = i;
            int startB = j;
            while (startA + 1 < endA && a.at(startA) == QLatin1Char('0'))
                ++startA;
            while (startB + 1 < endB && b.at(startB) == QLatin1Char('0'))
                ++startB;
            if (endA - startA != endB - startB)
                return (endA - startA) < (endB - startB) ? -1 : 1;
            const int digits = QStringView(a).mid(startA, endA - startA).compare(QStringView(b).mid(startB, endB - startB));
            if (digits != 0)
                return digits;
            i = endA;
            j = endB;
            continue;
        }
        int endA = i;
        int endB = j;
        while (endA < a.size() && !a.at(endA).isDigit())
            ++endA;
        while (endB < b.size() && !b.at(endB).isDigit())
            ++endB;
        const int text = QString::localeAwareCompare(QStringView(a).mid(i, endA - i).toString().toCaseFolded(),
                                                     QStringView(b).mid(j, endB - j).toString().toCaseFolded());
        if (text != 0)
            return text;
        i = endA;
        j = endB;
    }
    return (a.size() - i) < (b.size() - j) ? -1 : ((a.size() - i) > (b.size() - j) ? 1 : 0);
}

namespace {

// The same order as naturalCompare, as a key that compares with a plain string comparison: text
// case-folded; a run of digits becomes a marker below every character of text (digits sort
// before letters), its length without leading zeros (longer is larger), then the digits.
QString naturalKey(const QString &text)
{
    const QString folded = text.toCaseFolded();
    QString key;
    key.reserve(folded.size() + 8);
    for (qsizetype i = 0; i < folded.size();) {
        if (!folded.at(i).isDigit()) {
            key.append(folded.at(i++));
            continue;
        }
        qsizetype end = i;
        while (end < folded.size() && folded.at(end).isDigit())
            ++end;
        qsizetype start = i;
        while (start + 1 < end && folded.at(start) == QLatin1Char('0'))
            ++start;
        key.append(QChar(0x1));
        key.append(QChar(static_cast<char16_t>(qMin<qsizetype>(end - start, 0xFFFF))));
        key.append(QStringView(folded).mid(start, end - start));
        i = end;
    }
    return key;
}

} // namespace

SortKey SortKey::from(const QVariant &value)
{
    SortKey key;
    switch (value.metaType().id()) {
    case QMetaType::QString:
        key.kind = SortKey::Kind::Text;
        key.text = naturalKey(value.toString());
        break;
    case QMetaType::QDateTime: {
        const QDateTime time = value.toDateTime();
        key.kind = SortKey::Kind::Number;
        key.number = time.isValid() ? static_cast<double>(time.toMSecsSinceEpoch()) : -std::numeric_limits<double>::infinity();
        break;
    }
    default:
        if (value.isValid() && value.canConvert<double>()) {
            key.kind = SortKey::Kind::Number;
            key.number = value.toDouble();
        } else {
            key.kind = SortKey::Kind::Other;
        }
        break;
    }
    return key;
}

