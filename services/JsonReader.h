#pragma once

#include "JsonStream.h"
#include "RasEnums.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

// ISO-8601 times as the API writes them ("2025-07-08T08:40:44.105Z"); invalid when empty or unreadable.
QDateTime parseApiTime(const QString &text);

// Reads one object of a RAS answer the way a real server's answers need reading: names in any
// case, numbers or numeric strings, booleans or "true"/"false", enums by number or name, null for
// empty strings. A value of the wrong shape falls back to the default and is noted, so one odd
// field never loses a whole list; callers decide which notes make the object unusable.
class JsonReader
{
public:
    explicit JsonReader(const QJsonObject &object);
    // Over the members JsonStream read, without a QJsonObject in between.
    explicit JsonReader(const JsonMembers &members);

    bool has(const char *name) const;
    QJsonValue value(const char *name) const;

    int toInt(const char *name, int fallback = 0);
    qint64 toInt64(const char *name, qint64 fallback = 0);
    bool toBool(const char *name, bool fallback = false);
    QString toString(const char *name);
    QStringList toStringList(const char *name);
    int toEnum(const char *name, const QList<Ras::EnumEntry> &entries, int fallback = 0);
    QJsonObject toObject(const char *name);

    // The same conversions for a value already in hand (one pass over an object's fields).
    qint64 int64From(const QJsonValue &v, const char *name, qint64 fallback);
    int intFrom(const QJsonValue &v, const char *name, int fallback);
    bool boolFrom(const QJsonValue &v, const char *name, bool fallback);
    QString stringFrom(const QJsonValue &v, const char *name);
    QStringList stringListFrom(const QJsonValue &v, const char *name);
    int enumFrom(const QJsonValue &v, const char *name, const QList<Ras::EnumEntry> &entries, int fallback);

    // The id of the object (number or numeric string); false when missing or not an integer.
    bool readId(int *id);

    const QStringList &problems() const { return m_problems; }
    // Every field whose name is not in known (compared ignoring case): kept so nothing is lost.
    QJsonObject unknownFields(const QStringList &known) const;
    const QJsonObject &object() const { return m_object; }

private:
    void note(const char *name, const char *expected);

    QJsonObject m_object;
    const JsonMembers *m_members = nullptr;
    QStringList m_problems;
    // has(name) followed by toX(name) is the common pattern: the second lookup is served from here.
    mutable const char *m_lastName = nullptr;
    mutable QJsonValue m_lastValue;
};
