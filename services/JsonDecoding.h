#pragma once

// The one JSON decoder of the client core, on simdjson's on-demand API: answers are read straight
// into records, field by field, without a JSON tree in between. Only the records' .cpp files include
// this header; nothing outside services/ sees simdjson.
//
// What it accepts follows QJsonDocument exactly, so no answer reads differently depending on the
// path: every value is read or validated (on-demand would otherwise skip what it does not need),
// and an answer simdjson refuses is handed to QJsonDocument, which is more lenient in a few corners
// (raw control characters or unknown escapes in strings, "1." as a number); when it accepts, its
// strict re-serialisation is decoded instead, so such a server still loses nothing.

#include "RasEnums.h"
#include "SecondaryConnection.h"

#include <QByteArray>
#include <QDateTime>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <array>
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <simdjson.h>

namespace Json {

using Value = simdjson::ondemand::value;
using Object = simdjson::ondemand::object;

// Thrown when the text is not JSON; caught inside this decoder, never seen by its callers.
struct SyntaxError
{
    simdjson::error_code code;
};

[[noreturn]] void fail(simdjson::error_code code);

template <typename T>
T get(simdjson::simdjson_result<T> &&result)
{
    T value;
    if (const auto code = std::move(result).get(value))
        fail(code);
    return value;
}

// ISO-8601 times as the API writes them ("2025-07-08T08:40:44.105Z"); invalid when empty or unreadable.
QDateTime parseApiTime(const QString &text);

// The field names of one kind of record. A key is found by its length and first letter, then
// compared ignoring case (real servers differ in case: "UserPortalPort", "iPs", "ID").
class KeyTable
{
public:
    KeyTable(std::initializer_list<const char *> names);
    explicit KeyTable(const std::vector<const char *> &names);
    int indexOf(std::string_view key) const; // -1 for a name not in the table

    // The same lookup in two steps, so a caller can remember where a key was found: the key's
    // entry (-1 when not in the table), whether an entry is that key, and the entry's index.
    int entryOf(std::string_view key) const;
    bool entryIs(int entry, std::string_view key) const;
    int indexAt(int entry) const { return m_entries[static_cast<std::size_t>(entry)].index; }
    // Whether the key that starts at raw (just after its opening quote, in padded text) is the
    // entry's name spelt exactly: compared without finding the key's end first.
    bool entryStartsAt(int entry, const char *raw) const;

private:
    struct Entry
    {
        const char *name;
        int length;
        int index;
    };
    static constexpr int kBuckets = 64 * 32;
    static int bucketOf(std::size_t length, char first);
    // The entries sorted by bucket; a bucket's entries are m_entries[m_start[b]] to m_entries[m_start[b + 1]].
    std::vector<Entry> m_entries;
    std::vector<quint16> m_start;
};

// Reads the values of one answer the lenient way a real server's answers need: numbers or numeric
// strings, booleans or "true"/"false", enums by number or name, null for "not set". A value of the
// wrong shape falls back to the default and is noted, so one odd field never loses a whole list;
// the record's decoder decides which notes make it unusable. Every value is consumed, which is what
// makes on-demand parsing validate all of the text.
class Reader
{
public:
    qint64 toInt64(Value &value, const char *name, qint64 fallback);
    int toInt(Value &value, const char *name, int fallback);
    bool toBool(Value &value, const char *name, bool fallback);
    QString toString(Value &value, const char *name);
    // Like toString, but equal values in consecutive objects (the same cipher on 10,000 gateways)
    // share one QString: fewer allocations while decoding and less memory afterwards. slot < 64
    // names the field within its record kind.
    QString toSharedString(Value &value, const char *name, int slot);
    QStringList toStringList(Value &value, const char *name);
    int toEnum(Value &value, const char *name, const QList<Ras::EnumEntry> &entries, int fallback);
    QDateTime toTime(Value &value, const char *name);
    // A record's id: a number or a numeric string; false when missing, null or not an integer.
    bool readId(Value &value, int *id);
    // Validates a value nobody needs (unknown fields, wrong shapes) without keeping it.
    void skip(Value &value);

    // Calls onField(index, value) for every field of object whose name is in keys; other fields
    // are validated and dropped.
    template <typename OnField>
    void forEachField(Object object, const KeyTable &keys, OnField &&onField)
    {
        enter();
        std::vector<int> &order = keyOrder(keys);
        std::size_t position = 0;
        for (auto field : object) {
            auto current = get(std::move(field));
            Value value = current.value();
            const int index = lookUp(keys, order, position++, current, value);
            if (index < 0)
                skip(value);
            else
                onField(index, value);
        }
        leave();
    }
    // Every field, by its name as it stands (for objects whose keys are data, not a schema).
    template <typename OnMember>
    void forEachMember(Object object, OnMember &&onMember)
    {
        enter();
        for (auto field : object) {
            auto current = get(std::move(field));
            Value value = current.value();
            const std::string_view key = keyOf(current, value);
            onMember(key, value);
        }
        leave();
    }
    template <typename OnField>
    void forEachField(Value &value, const char *name, const KeyTable &keys, OnField &&onField)
    {
        if (isObject(value, name))
            forEachField(get(value.get_object()), keys, std::forward<OnField>(onField));
    }
    template <typename OnElement>
    void forEachElement(Value &value, const char *name, OnElement &&onElement)
    {
        if (get(value.type()) != simdjson::ondemand::json_type::array) {
            expectShape(value, name, QT_TRANSLATE_NOOP("Json", "an array"));
            return;
        }
        enter();
        for (auto element : get(value.get_array())) {
            Value item = get(std::move(element));
            onElement(item);
        }
        leave();
    }

    const QStringList &problems() const { return m_problems; }
    void clearProblems() { m_problems.clear(); }

    // Nesting as QJsonDocument limits it; the answer's own list or object is level 1.
    void enter();
    void leave() { --m_depth; }

private:
    void note(const char *name, const char *expected);
    bool isObject(Value &value, const char *name);
    void expectShape(Value &value, const char *name, const char *expected);
    // The key of field, whose value is value (not yet consumed).
    std::string_view keyOf(simdjson::ondemand::field &field, Value &value);
    // The objects of one list carry their fields in the same order, so the entry found at each
    // position of the previous object is tried first: one comparison per key instead of a search.
    std::vector<int> &keyOrder(const KeyTable &keys);
    int lookUp(const KeyTable &keys, std::vector<int> &order, std::size_t position, simdjson::ondemand::field &field,
               Value &value);
    std::string_view stringOf(Value &value);
    double number(Value &value);

    QStringList m_problems;
    int m_depth = 0;
    struct SharedString
    {
        std::string bytes;
        QString text;
    };
    std::vector<SharedString> m_shared;
    struct KeyOrder
    {
        const KeyTable *keys = nullptr;
        std::vector<int> entries; // the entry at each position of the last object, -1 for unknown keys
    };
    // One per kind of record in the answer (a policy list also holds secondary connections).
    std::array<KeyOrder, 4> m_keyOrders;
    std::size_t m_nextKeyOrder = 0;
};

// What a decode of one answer ended in: the records, or why not.
enum class Outcome { Done, NotJson, Refused };

// Runs read over the answer's text (padded in place when it has the capacity, else copied).
// onDocument returns false with *error set when a record is unusable. When simdjson refuses the
// text, QJsonDocument decides; if it accepts, its re-serialisation is read instead (after reset()).
using DocumentReader = std::function<bool(simdjson::ondemand::document &, Reader &, QString *)>;
bool decodeDocument(const QByteArray &body, const DocumentReader &read, const std::function<void()> &reset,
                    QString *error);

// A JSON list of objects into records. readRecord(object, reader, record, error) fills in a
// default-constructed record and returns false with *error set when the object cannot become one.
template <typename T, typename ReadRecord>
std::optional<QList<T>> decodeList(const QByteArray &body, QString *error, ReadRecord readRecord)
{
    QList<T> items;
    const bool ok = decodeDocument(
        body,
        [&items, &readRecord](simdjson::ondemand::document &document, Reader &reader, QString *problem) {
            if (get(document.type()) != simdjson::ondemand::json_type::array) {
                *problem = QCoreApplication::translate("Json", "a list was expected");
                return false;
            }
            reader.enter();
            for (auto element : get(document.get_array())) {
                Value value = get(std::move(element));
                if (get(value.type()) != simdjson::ondemand::json_type::object) {
                    *problem = QCoreApplication::translate("Json", "a list entry is not an object");
                    return false;
                }
                reader.clearProblems();
                if (!readRecord(get(value.get_object()), reader, items.emplaceBack(), problem))
                    return false;
            }
            reader.leave();
            return true;
        },
        [&items] { items.clear(); }, error);
    if (!ok)
        return std::nullopt;
    return items;
}

// A JSON object into one record.
template <typename T, typename ReadRecord>
std::optional<T> decodeObject(const QByteArray &body, QString *error, ReadRecord readRecord)
{
    std::optional<T> item;
    const bool ok = decodeDocument(
        body,
        [&item, &readRecord](simdjson::ondemand::document &document, Reader &reader, QString *problem) {
            if (get(document.type()) != simdjson::ondemand::json_type::object) {
                *problem = QCoreApplication::translate("Json", "an object was expected");
                return false;
            }
            item.emplace();
            return readRecord(get(document.get_object()), reader, *item, problem);
        },
        [&item] { item.reset(); }, error);
    if (!ok)
        return std::nullopt;
    return item;
}

// One kind of record nested in another: a policy's connection list holds secondary connections.
bool readSecondaryConnection(Object object, Reader &reader, SecondaryConnection &connection, QString *error);

} // namespace Json
