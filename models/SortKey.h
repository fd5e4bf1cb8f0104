#pragma once

#include <QString>
#include <QVariant>

// A cell's sort value made cheap to compare: numbers (and times) as doubles, text as a key in
// which digit runs compare by value ("cb-2" < "cb-10") and letters ignore case. Made once per
// cell, compared many times.
struct SortKey
{
    enum class Kind : quint8 { Unknown, Number, Text, Other };
    Kind kind = Kind::Unknown;
    double number = 0;
    QString text;

    static SortKey from(const QVariant &value);
    // Both numbers or both texts: then less() decides, without looking at the values again.
    static bool comparable(const SortKey &a, const SortKey &b)
    {
        return a.kind == b.kind && (a.kind == Kind::Number || a.kind == Kind::Text);
    }
    static bool less(const SortKey &a, const SortKey &b)
    {
        return a.kind == Kind::Number ? a.number < b.number : a.text < b.text;
    }
};

// "cb-2" < "cb-10": runs of digits compare as numbers, the rest case-insensitively (the rule the
// keys follow, for values that have no key).
int naturalCompare(const QString &a, const QString &b);
