#include "TimeFormat.h"

#include <QFileInfo>
#include <QHash>
#include <QLocale>

#include <iterator>
#include <limits>

namespace TimeFormat {

QString dateTime(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString timeOfDay(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime().time(), QLocale::ShortFormat) : QString();
}

QString iso(const QDateTime &when)
{
    return when.isValid() ? when.toOffsetFromUtc(when.offsetFromUtc()).toString(Qt::ISODate) : QString();
}

namespace {

// The C library's asctime() form, "Tue May 14 12:10:39 2019" (the day may be padded with a space),
// read by hand: QLocale's parser takes tens of microseconds per call, and a 10,000-broker page
// reads every boot time to filter and sort. Invalid when the text has any other shape.
QDateTime parseAsctime(QStringView text)
{
    static constexpr const char16_t *kMonths[] = {u"Jan", u"Feb", u"Mar", u"Apr", u"May", u"Jun",
                                                  u"Jul", u"Aug", u"Sep", u"Oct", u"Nov", u"Dec"};
    static constexpr const char16_t *kDays[] = {u"Mon", u"Tue", u"Wed", u"Thu", u"Fri", u"Sat", u"Sun"};
    QStringView parts[5];
    int count = 0;
    for (const QStringView part : text.tokenize(u' ', Qt::SkipEmptyParts)) {
        if (count == 5)
            return {};
        parts[count++] = part;
    }
    if (count != 5 || parts[0].size() != 3 || parts[1].size() != 3 || parts[3].size() != 8)
        return {};
    const auto isOneOf = [](QStringView word, const auto &names) {
        for (std::size_t i = 0; i < std::size(names); ++i) {
            if (word == QStringView(names[i]))
                return static_cast<int>(i);
        }
        return -1;
    };
    const int weekday = isOneOf(parts[0], kDays);
    const int month = isOneOf(parts[1], kMonths);
    bool dayOk = false;
    bool yearOk = false;
    const int day = parts[2].size() <= 2 ? parts[2].toInt(&dayOk) : 0;
    const int year = parts[4].size() == 4 ? parts[4].toInt(&yearOk) : 0;
    const QStringView clock = parts[3];
    if (weekday < 0 || month < 0 || !dayOk || !yearOk || clock[2] != u':' || clock[5] != u':')
        return {};
    bool hourOk = false;
    bool minuteOk = false;
    bool secondOk = false;
    const QTime time(clock.mid(0, 2).toInt(&hourOk), clock.mid(3, 2).toInt(&minuteOk), clock.mid(6, 2).toInt(&secondOk));
    const QDate date(year, month + 1, day);
    if (!hourOk || !minuteOk || !secondOk || !time.isValid() || !date.isValid())
        return {};
    return QDateTime(date, time);
}

} // namespace

void readLocalTimeZoneOnce()
{
#ifdef __GLIBC__
    if (!qEnvironmentVariableIsSet("TZ") && QFileInfo::exists(QStringLiteral("/etc/localtime")))
        qputenv("TZ", ":/etc/localtime");
#endif
}

namespace {

struct AgentTime
{
    QDateTime time;
    qint64 msecsSinceEpoch = std::numeric_limits<qint64>::min();
};

const AgentTime &knownAgentTime(const QString &text)
{
    // A page asks for the same boot times again and again (display, filter text, sort key);
    // each answer is kept, within a bound, so a local time is worked out once per text: the
    // conversion to UTC is a mktime() call, and a sort of a large page would make thousands.
    static thread_local QHash<QString, AgentTime> known;
    if (const auto found = known.constFind(text); found != known.constEnd())
        return *found;
    if (known.size() >= 20000)
        known.clear();
    AgentTime parsed;
    const QString trimmed = text.trimmed();
    if (!trimmed.isEmpty()) {
        parsed.time = parseAsctime(trimmed);
        if (!parsed.time.isValid())
            parsed.time = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
        if (!parsed.time.isValid())
            parsed.time = QDateTime::fromString(trimmed, Qt::ISODate);
        if (parsed.time.isValid())
            parsed.msecsSinceEpoch = parsed.time.toMSecsSinceEpoch();
    }
    return *known.insert(text, parsed);
}

} // namespace

QDateTime parseAgentTime(const QString &text)
{
    return knownAgentTime(text).time;
}

qint64 agentTimeOrder(const QString &text)
{
    return knownAgentTime(text).msecsSinceEpoch;
}

QString agentTime(const QString &text)
{
    const QDateTime parsed = parseAgentTime(text);
    return parsed.isValid() ? dateTime(parsed) : text;
}

} // namespace TimeFormat
