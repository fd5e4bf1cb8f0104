#include "JsonDecoding.h"

#include "JsonParserPool.h"
#include "RasClient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

namespace Json {

static_assert(RasClient::kBodyPadding >= simdjson::SIMDJSON_PADDING, "answers keep the room the decoder reads into");

namespace {

using simdjson::ondemand::json_type;

// QJsonDocument refuses deeper nesting than this; so does this decoder.
constexpr int kMaxDepth = JsonParserPool::kMaxNesting;

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
}

std::uint64_t load8(const char *at)
{
    std::uint64_t word = 0;
    std::memcpy(&word, at, sizeof word);
    return word;
}

bool equalBytes(const char *a, const char *b, std::size_t length)
{
    // Keys are short (5 to 30 bytes): eight bytes at a time, the last eight overlapping, beats a call
    // to memcmp. Nothing outside [0, length) of either side is read.
    if (length < 8) {
        for (std::size_t i = 0; i < length; ++i) {
            if (a[i] != b[i])
                return false;
        }
        return true;
    }
    for (std::size_t i = 0; i + 8 <= length; i += 8) {
        if (load8(a + i) != load8(b + i))
            return false;
    }
    return load8(a + length - 8) == load8(b + length - 8);
}

bool equalIgnoringCase(const char *a, const char *b, std::size_t length)
{
    // Servers send the documented spelling: compare exactly first, letter case only when that fails.
    if (equalBytes(a, b, length))
        return true;
    for (std::size_t i = 0; i < length; ++i) {
        if (a[i] != b[i] && lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}

enum class Attempt { Done, NotJson, Refused };

Attempt attempt(const QByteArray &text, const DocumentReader &read, QString *problem, simdjson::error_code *code)
{
    // simdjson reads up to SIMDJSON_PADDING bytes past the end. An answer read by RasClient has that
    // room already (no copy); anything else is copied once.
    simdjson::padded_string copy;
    const char *data = text.constData();
    std::size_t capacity = static_cast<std::size_t>(text.size()) + simdjson::SIMDJSON_PADDING;
    // data_ptr() of a non-const QByteArray does not detach; it is only asked how much room follows.
    if (const_cast<QByteArray &>(text).data_ptr().freeSpaceAtEnd() < qsizetype(simdjson::SIMDJSON_PADDING)) {
        copy = simdjson::padded_string(text.constData(), static_cast<std::size_t>(text.size()));
        data = copy.data();
        capacity = copy.size() + simdjson::SIMDJSON_PADDING;
    }
    JsonParserPool::Lease lease;
    simdjson::ondemand::parser &parser = lease.parser();
    Attempt outcome = Attempt::Done;
    try {
        Reader reader;
        auto document = get(parser.iterate(data, static_cast<std::size_t>(text.size()), capacity));
        if (!read(document, reader, problem))
            outcome = Attempt::Refused;
        else if (const char *rest = nullptr; document.current_location().get(rest) != simdjson::OUT_OF_BOUNDS)
            fail(simdjson::TRAILING_CONTENT); // something follows the answer's list or object
    } catch (const SyntaxError &error) {
        *code = error.code;
        outcome = Attempt::NotJson;
    }
    return outcome;
}

} // namespace

void fail(simdjson::error_code code)
{
    throw SyntaxError{code};
}

QDateTime parseApiTime(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time;
}

// --- KeyTable -------------------------------------------------------------------------------

KeyTable::KeyTable(std::initializer_list<const char *> names)
    : KeyTable(std::vector<const char *>(names))
{
}

KeyTable::KeyTable(const std::vector<const char *> &names)
    : m_start(kBuckets + 1, 0)
{
    int index = 0;
    for (const char *name : names) {
        const std::size_t length = std::strlen(name);
        // entryStartsAt reads a name's length (and its quote) past a key's start in padded text.
        Q_ASSERT(length < simdjson::SIMDJSON_PADDING);
        m_entries.push_back(Entry{name, static_cast<int>(length), index++});
    }
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) {
        return bucketOf(static_cast<std::size_t>(a.length), a.name[0]) < bucketOf(static_cast<std::size_t>(b.length), b.name[0]);
    });
    for (const Entry &entry : m_entries)
        ++m_start[static_cast<std::size_t>(bucketOf(static_cast<std::size_t>(entry.length), entry.name[0])) + 1];
    for (std::size_t bucket = 1; bucket < m_start.size(); ++bucket)
        m_start[bucket] = static_cast<quint16>(m_start[bucket] + m_start[bucket - 1]);
}

int KeyTable::bucketOf(std::size_t length, char first)
{
    return static_cast<int>((length & 63) * 32 + (static_cast<unsigned char>(lower(first)) & 31));
}

int KeyTable::indexOf(std::string_view key) const
{
    const int entry = entryOf(key);
    return entry < 0 ? -1 : indexAt(entry);
}

int KeyTable::entryOf(std::string_view key) const
{
    if (key.empty())
        return -1;
    const auto bucket = static_cast<std::size_t>(bucketOf(key.size(), key[0]));
    for (int at = m_start[bucket], end = m_start[bucket + 1]; at < end; ++at) {
        if (entryIs(at, key))
            return at;
    }
    return -1;
}

bool KeyTable::entryIs(int entry, std::string_view key) const
{
    const Entry &candidate = m_entries[static_cast<std::size_t>(entry)];
    return static_cast<std::size_t>(candidate.length) == key.size() && equalIgnoringCase(candidate.name, key.data(), key.size());
}

bool KeyTable::entryStartsAt(int entry, const char *raw) const
{
    // Reading a name's length past raw stays inside the text's padding, and a shorter key differs
    // from the name at its own closing quote, before the padding.
    const Entry &candidate = m_entries[static_cast<std::size_t>(entry)];
    const auto length = static_cast<std::size_t>(candidate.length);
    return equalBytes(candidate.name, raw, length) && raw[length] == '"';
}

// --- Reader ---------------------------------------------------------------------------------

void Reader::enter()
{
    if (++m_depth > kMaxDepth)
        fail(simdjson::DEPTH_ERROR);
}

void Reader::note(const char *name, const char *expected)
{
    m_problems << QCoreApplication::translate("Json", "'%1' is not %2", "a field of the server's answer; what it should be")
                       .arg(QLatin1String(name), QCoreApplication::translate("Json", expected));
}

std::vector<int> &Reader::keyOrder(const KeyTable &keys)
{
    for (KeyOrder &order : m_keyOrders) {
        if (order.keys == &keys)
            return order.entries;
    }
    KeyOrder &reused = m_keyOrders[m_nextKeyOrder++ % m_keyOrders.size()];
    reused.keys = &keys;
    reused.entries.clear();
    return reused.entries;
}

int Reader::lookUp(const KeyTable &keys, std::vector<int> &order, std::size_t position, simdjson::ondemand::field &field,
                   Value &value)
{
    // Objects of absurd width are looked up without being remembered.
    constexpr std::size_t kRememberedPositions = 256;
    if (position < order.size()) {
        int &predicted = order[position];
        // The usual case, the same key as in the previous object, spelt as documented: its text
        // is compared where it stands.
        if (predicted >= 0 && keys.entryStartsAt(predicted, field.key().raw()))
            return keys.indexAt(predicted);
        const std::string_view key = keyOf(field, value);
        if (predicted < 0 || !keys.entryIs(predicted, key))
            predicted = keys.entryOf(key);
        return predicted < 0 ? -1 : keys.indexAt(predicted);
    }
    const int entry = keys.entryOf(keyOf(field, value));
    if (position == order.size() && position < kRememberedPositions)
        order.push_back(entry);
    return entry < 0 ? -1 : keys.indexAt(entry);
}

std::string_view Reader::keyOf(simdjson::ondemand::field &field, Value &value)
{
    // Keys are plain ASCII in every real answer: taken from the text as they stand. Only a key with
    // an escape sequence needs unescaping (which also checks the escapes).
    const char *raw = field.key().raw();
    // The key's closing quote is the last one before the value: stage 1 proved the text between
    // them is blanks and the colon, so it is found walking back from the value's first byte, not
    // by searching forward through the key.
    const char *end = value.raw_json_token().data() - 1;
    while (end > raw && *end != '"')
        --end;
    const std::string_view key(raw, static_cast<std::size_t>(end - raw));
    if (key.find('\\') == std::string_view::npos)
        return key;
    return get(field.unescaped_key());
}

void Reader::skip(Value &value)
{
    switch (get(value.type())) {
    case json_type::object:
        enter();
        for (auto field : get(value.get_object())) {
            auto current = get(std::move(field));
            Value inner = current.value();
            keyOf(current, inner);
            skip(inner);
        }
        leave();
        break;
    case json_type::array:
        enter();
        for (auto element : get(value.get_array())) {
            Value inner = get(std::move(element));
            skip(inner);
        }
        leave();
        break;
    case json_type::string:
        get(value.get_string());
        break;
    case json_type::number:
        number(value);
        break;
    case json_type::boolean:
        get(value.get_bool());
        break;
    case json_type::null:
        if (!get(value.is_null()))
            fail(simdjson::N_ATOM_ERROR);
        break;
    }
}

double Reader::number(Value &value)
{
    // Integers exactly; anything else (fractions, exponents, integers beyond 64 bits) as a double.
    int64_t integer = 0;
    if (value.get_int64().get(integer) == simdjson::SUCCESS)
        return static_cast<double>(integer);
    return get(value.get_double());
}

void Reader::expectShape(Value &value, const char *name, const char *expected)
{
    const json_type type = get(value.type());
    if (type == json_type::null) {
        skip(value);
        return;
    }
    skip(value);
    note(name, expected);
}

bool Reader::isObject(Value &value, const char *name)
{
    if (get(value.type()) == json_type::object)
        return true;
    expectShape(value, name, QT_TRANSLATE_NOOP("Json", "an object"));
    return false;
}

std::string_view Reader::stringOf(Value &value)
{
    // A string without escapes is taken from the text as it stands (stage 1 checked its UTF-8), not
    // copied out first. Escapes are undone by simdjson, which also checks them.
    const std::string_view token = value.raw_json_token(); // the string, then up to the next structural
    std::size_t close = token.size();
    while (close > 1 && token[close - 1] != '"')
        --close;
    const std::string_view inside = close > 1 ? token.substr(1, close - 2) : std::string_view();
    if (close > 1 && inside.find('\\') == std::string_view::npos) {
        // The value must still be consumed through the iterator: a value left for the enclosing
        // object to step over is skipped by depth alone, and what follows it (`"":]` in
        // `{"ip":"":]}`) would then never be checked.
        get(value.get_raw_json_string());
        return inside;
    }
    return get(value.get_string());
}

qint64 Reader::toInt64(Value &value, const char *name, qint64 fallback)
{
    int64_t integer = 0;
    if (value.get_int64().get(integer) == simdjson::SUCCESS)
        return integer;
    switch (get(value.type())) {
    case json_type::number: {
        const double real = get(value.get_double());
        if (std::isfinite(real) && std::fabs(real) < 9.0e15)
            return static_cast<qint64>(real);
        break;
    }
    case json_type::string: {
        const std::string_view text = stringOf(value);
        bool ok = false;
        const qint64 parsed = QByteArrayView(text.data(), static_cast<qsizetype>(text.size())).trimmed().toLongLong(&ok);
        if (ok)
            return parsed;
        break;
    }
    case json_type::null:
        skip(value);
        return fallback;
    default:
        skip(value);
        break;
    }
    note(name, QT_TRANSLATE_NOOP("Json", "an integer"));
    return fallback;
}

int Reader::toInt(Value &value, const char *name, int fallback)
{
    const int before = static_cast<int>(m_problems.size());
    const qint64 parsed = toInt64(value, name, fallback);
    if (m_problems.size() != before)
        return fallback;
    if (parsed < INT_MIN || parsed > INT_MAX) {
        note(name, QT_TRANSLATE_NOOP("Json", "a 32-bit integer"));
        return fallback;
    }
    return static_cast<int>(parsed);
}

bool Reader::toBool(Value &value, const char *name, bool fallback)
{
    bool flag = false;
    if (value.get_bool().get(flag) == simdjson::SUCCESS)
        return flag;
    switch (get(value.type())) {
    case json_type::boolean:
        return get(value.get_bool()); // not a valid true/false: this reports it
    case json_type::string: {
        const std::string_view text = stringOf(value);
        const QByteArrayView trimmed = QByteArrayView(text.data(), static_cast<qsizetype>(text.size())).trimmed();
        if (trimmed.compare("true", Qt::CaseInsensitive) == 0)
            return true;
        if (trimmed.compare("false", Qt::CaseInsensitive) == 0)
            return false;
        break;
    }
    case json_type::number: {
        const double real = number(value);
        if (real == 0.0 || real == 1.0)
            return real != 0.0;
        break;
    }
    case json_type::null:
        skip(value);
        return fallback;
    default:
        skip(value);
        break;
    }
    note(name, QT_TRANSLATE_NOOP("Json", "a boolean"));
    return fallback;
}

QString Reader::toString(Value &value, const char *name)
{
    switch (get(value.type())) {
    case json_type::string: {
        const std::string_view text = stringOf(value);
        return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    }
    case json_type::number:
        return QString::number(number(value), 'g', 15);
    case json_type::boolean:
        return get(value.get_bool()) ? QStringLiteral("true") : QStringLiteral("false");
    case json_type::null:
        skip(value);
        return {};
    default:
        skip(value);
        note(name, QT_TRANSLATE_NOOP("Json", "a string"));
        return {};
    }
}

QString Reader::toSharedString(Value &value, const char *name, int slot)
{
    if (get(value.type()) != json_type::string)
        return toString(value, name);
    const std::string_view text = stringOf(value);
    if (text.empty())
        return {};
    if (m_shared.size() <= static_cast<std::size_t>(slot))
        m_shared.resize(static_cast<std::size_t>(slot) + 1);
    SharedString &shared = m_shared[static_cast<std::size_t>(slot)];
    if (shared.bytes.size() != text.size() || std::memcmp(shared.bytes.data(), text.data(), text.size()) != 0) {
        shared.bytes.assign(text);
        shared.text = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    }
    return shared.text;
}

QStringList Reader::toStringList(Value &value, const char *name)
{
    QStringList list;
    const json_type type = get(value.type());
    if (type == json_type::null) {
        skip(value);
        return list;
    }
    if (type != json_type::array) {
        skip(value);
        note(name, QT_TRANSLATE_NOOP("Json", "an array"));
        return list;
    }
    forEachElement(value, name, [this, &list](Value &item) {
        switch (get(item.type())) {
        case json_type::string: {
            const std::string_view text = stringOf(item);
            list << QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
            break;
        }
        case json_type::number:
            list << QString::number(number(item), 'g', 15);
            break;
        default:
            skip(item);
            break;
        }
    });
    return list;
}

int Reader::toEnum(Value &value, const char *name, const QList<Ras::EnumEntry> &entries, int fallback)
{
    if (get(value.type()) != json_type::string)
        return toInt(value, name, fallback);
    const std::string_view raw = stringOf(value);
    const QString text = QString::fromUtf8(raw.data(), static_cast<qsizetype>(raw.size()));
    int parsed = 0;
    if (Ras::parseEnum(entries, text, &parsed))
        return parsed;
    bool isNumber = false;
    const int number = text.trimmed().toInt(&isNumber);
    if (isNumber)
        return number; // a value this client does not know yet: kept, shown as "Unknown (n)"
    note(name, QT_TRANSLATE_NOOP("Json", "a known enum value"));
    return fallback;
}

QDateTime Reader::toTime(Value &value, const char *name)
{
    return parseApiTime(toString(value, name));
}

bool Reader::readId(Value &value, int *id)
{
    if (get(value.type()) == json_type::null) {
        skip(value);
        return false;
    }
    const int before = static_cast<int>(m_problems.size());
    *id = toInt(value, "id", 0);
    return m_problems.size() == before;
}

// --- the document ---------------------------------------------------------------------------

bool decodeDocument(const QByteArray &body, const DocumentReader &read, const std::function<void()> &reset, QString *error)
{
    simdjson::error_code code = simdjson::SUCCESS;
    QString problem;
    switch (attempt(body, read, &problem, &code)) {
    case Attempt::Done:
        return true;
    case Attempt::Refused:
        *error = problem;
        return false;
    case Attempt::NotJson:
        break;
    }
    // QJsonDocument has the last word on what is JSON.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = body.trimmed().isEmpty()
                     ? QCoreApplication::translate("Json", "the answer is empty")
                     : QCoreApplication::translate("Json", "%1 at offset %2", "a JSON syntax error, where in the answer (a byte count)")
                           .arg(parseError.errorString())
                           .arg(parseError.offset);
        return false;
    }
    reset();
    problem.clear();
    switch (attempt(document.toJson(QJsonDocument::Compact), read, &problem, &code)) {
    case Attempt::Done:
        return true;
    case Attempt::Refused:
        *error = problem;
        return false;
    case Attempt::NotJson:
        break;
    }
    *error = QString::fromUtf8(simdjson::error_message(code));
    return false;
}

} // namespace Json
