#include "JsonReader.h"

#include <QJsonArray>
#include <cmath>

QDateTime parseApiTime(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time;
}

JsonReader::JsonReader(const QJsonObject &object)
    : m_object(object)
{
}

JsonReader::JsonReader(const JsonMembers &members)
    : m_members(&members)
{
}

QJsonValue JsonReader::value(const char *name) const
{
    if (name == m_lastName)
        return m_lastValue;
    m_lastName = name;
    if (m_members) {
        const QByteArrayView wanted(name);
        for (const JsonMember &member : m_members->items) {
            if (member.key == wanted)
                return m_lastValue = member.value;
        }
        for (const JsonMember &member : m_members->items) {
            if (member.key.size() == wanted.size() && qstrnicmp(member.key.data(), member.key.size(), wanted.data(), wanted.size()) == 0)
                return m_lastValue = member.value;
        }
        return m_lastValue = QJsonValue(QJsonValue::Undefined);
    }
    const QLatin1String key(name);
    const auto exact = m_object.constFind(key);
    if (exact != m_object.constEnd()) {
        m_lastValue = exact.value();
        return m_lastValue;
    }
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0) {
            m_lastValue = it.value();
            return m_lastValue;
        }
    }
    m_lastValue = QJsonValue(QJsonValue::Undefined);
    return m_lastValue;
}

bool JsonReader::has(const char *name) const
{
    return !value(name).isUndefined();
}

void JsonReader::note(const char *name, const char *expected)
{
    m_problems << QStringLiteral("'%1' is not %2").arg(QLatin1String(name), QLatin1String(expected));
}

qint64 JsonReader::toInt64(const char *name, qint64 fallback) { return int64From(value(name), name, fallback); }

qint64 JsonReader::int64From(const QJsonValue &v, const char *name, qint64 fallback)
{
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (v.isDouble()) {
        const double number = v.toDouble();
        if (std::isfinite(number) && std::fabs(number) < 9.0e15)
            return static_cast<qint64>(number);
    } else if (v.isString()) {
        bool ok = false;
        const qint64 number = v.toString().trimmed().toLongLong(&ok);
        if (ok)
            return number;
    }
    note(name, "an integer");
    return fallback;
}

int JsonReader::toInt(const char *name, int fallback) { return intFrom(value(name), name, fallback); }

int JsonReader::intFrom(const QJsonValue &v, const char *name, int fallback)
{
    const qint64 number = int64From(v, name, fallback);
    if (number < INT_MIN || number > INT_MAX) {
        note(name, "a 32-bit integer");
        return fallback;
    }
    return static_cast<int>(number);
}

bool JsonReader::toBool(const char *name, bool fallback) { return boolFrom(value(name), name, fallback); }

bool JsonReader::boolFrom(const QJsonValue &v, const char *name, bool fallback)
{
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (v.isBool())
        return v.toBool();
    if (v.isString()) {
        const QString text = v.toString().trimmed();
        if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return true;
        if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return false;
    }
    if (v.isDouble() && (v.toDouble() == 0.0 || v.toDouble() == 1.0))
        return v.toDouble() != 0.0;
    note(name, "a boolean");
    return fallback;
}

QString JsonReader::toString(const char *name) { return stringFrom(value(name), name); }

QString JsonReader::stringFrom(const QJsonValue &v, const char *name)
{
    if (v.isString())
        return v.toString();
    if (v.isUndefined() || v.isNull())
        return {};
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    note(name, "a string");
    return {};
}

QStringList JsonReader::toStringList(const char *name) { return stringListFrom(value(name), name); }

QStringList JsonReader::stringListFrom(const QJsonValue &v, const char *name)
{
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray()) {
        note(name, "an array");
        return {};
    }
    QStringList list;
    const QJsonArray array = v.toArray();
    for (const auto &item : array) {
        if (item.isString())
            list << item.toString();
        else if (item.isDouble())
            list << QString::number(item.toDouble(), 'g', 15);
    }
    return list;
}

int JsonReader::toEnum(const char *name, const QList<Ras::EnumEntry> &entries, int fallback)
{
    return enumFrom(value(name), name, entries, fallback);
}

int JsonReader::enumFrom(const QJsonValue &v, const char *name, const QList<Ras::EnumEntry> &entries, int fallback)
{
    if (v.isString()) {
        int parsed = 0;
        if (Ras::parseEnum(entries, v.toString(), &parsed))
            return parsed;
        bool isNumber = false;
        const int number = v.toString().trimmed().toInt(&isNumber);
        if (isNumber)
            return number; // a value this client does not know yet: kept, shown as "Unknown (n)"
        note(name, "a known enum value");
        return fallback;
    }
    return intFrom(v, name, fallback);
}

QJsonObject JsonReader::toObject(const char *name)
{
    const QJsonValue v = value(name);
    if (v.isObject())
        return v.toObject();
    if (!v.isUndefined() && !v.isNull())
        note(name, "an object");
    return {};
}

bool JsonReader::readId(int *id)
{
    const QJsonValue v = value("id");
    if (v.isUndefined() || v.isNull())
        return false;
    const int before = static_cast<int>(m_problems.size());
    *id = toInt("id", 0);
    return m_problems.size() == before;
}

QJsonObject JsonReader::unknownFields(const QStringList &known) const
{
    QJsonObject extra;
    if (m_members) {
        for (const JsonMember &member : m_members->items) {
            const QString key = QString::fromUtf8(member.key);
            if (!known.contains(key, Qt::CaseInsensitive))
                extra.insert(key, member.value);
        }
        return extra;
    }
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        bool isKnown = false;
        for (const auto &name : known) {
            if (it.key().compare(name, Qt::CaseInsensitive) == 0) {
                isKnown = true;
                break;
            }
        }
        if (!isKnown)
            extra.insert(it.key(), it.value());
    }
    return extra;
}
