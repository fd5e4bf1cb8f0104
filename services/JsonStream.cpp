#include "JsonStream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUtf8StringView>
#include <charconv>

namespace {
constexpr int kMaxDepth = 1024; // as QJsonDocument
}

JsonMembers membersOf(const QJsonObject &object)
{
    JsonMembers members;
    members.decodedKeys.reserve(object.size());
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        members.decodedKeys.append(it.key().toUtf8());
        members.items.append(JsonMember{members.decodedKeys.last(), it.value()});
    }
    return members;
}

JsonStream::JsonStream(QByteArrayView text)
    : m_text(text)
{
}

QString JsonStream::where(const char *what) const
{
    return QStringLiteral("%1 at offset %2").arg(QLatin1String(what)).arg(m_pos);
}

void JsonStream::skipWhitespace()
{
    while (m_pos < m_text.size()) {
        const char c = m_text.at(m_pos);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return;
        ++m_pos;
    }
}

bool JsonStream::readString(QString *out, QString *error)
{
    // m_pos is on the opening quote.
    const qsizetype start = ++m_pos;
    bool escaped = false;
    while (m_pos < m_text.size()) {
        const char c = m_text.at(m_pos);
        if (c == '"')
            break;
        if (c == '\\') {
            escaped = true;
            ++m_pos;
        }
        ++m_pos;
    }
    if (m_pos >= m_text.size()) {
        *error = where("an unterminated string");
        return false;
    }
    const QByteArrayView raw = m_text.sliced(start, m_pos - start);
    ++m_pos; // the closing quote
    if (!escaped) {
        if (!QUtf8StringView(raw).isValidUtf8()) {
            *error = where("invalid UTF-8 in a string");
            return false;
        }
        *out = QString::fromUtf8(raw);
        return true;
    }
    // Rare in RAS answers: let QJsonDocument undo the escapes of this one string.
    const QByteArray wrapped = "[\"" + raw.toByteArray() + "\"]";
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = where("an invalid escape sequence");
        return false;
    }
    *out = document.array().first().toString();
    return true;
}

bool JsonStream::readKey(JsonMembers &members, QByteArrayView *key, QString *error)
{
    if (m_pos >= m_text.size() || m_text.at(m_pos) != '"') {
        *error = where("a member name was expected");
        return false;
    }
    const qsizetype start = m_pos + 1;
    qsizetype end = start;
    bool plain = true;
    while (end < m_text.size() && m_text.at(end) != '"') {
        const char c = m_text.at(end);
        if (c == '\\' || static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x80) {
            plain = false;
            break;
        }
        ++end;
    }
    if (plain && end < m_text.size()) {
        *key = m_text.sliced(start, end - start);
        m_pos = end + 1;
        return true;
    }
    QString decoded;
    if (!readString(&decoded, error))
        return false;
    members.decodedKeys.append(decoded.toUtf8());
    *key = members.decodedKeys.last();
    return true;
}

bool JsonStream::readNumber(QJsonValue *out, QString *error)
{
    // The token as QJsonDocument scans it - an optional minus, digits, an optional fraction and
    // exponent, each digit run possibly empty - and then the whole token must convert.
    const qsizetype start = m_pos;
    auto digits = [this] {
        while (m_pos < m_text.size() && m_text.at(m_pos) >= '0' && m_text.at(m_pos) <= '9')
            ++m_pos;
    };
    if (m_pos < m_text.size() && m_text.at(m_pos) == '-')
        ++m_pos;
    if (m_pos < m_text.size() && m_text.at(m_pos) == '0')
        ++m_pos;
    else
        digits();
    if (m_pos < m_text.size() && m_text.at(m_pos) == '.') {
        ++m_pos;
        digits();
    }
    if (m_pos < m_text.size() && (m_text.at(m_pos) == 'e' || m_text.at(m_pos) == 'E')) {
        ++m_pos;
        if (m_pos < m_text.size() && (m_text.at(m_pos) == '+' || m_text.at(m_pos) == '-'))
            ++m_pos;
        digits();
    }
    double number = 0;
    const char *begin = m_text.data() + start;
    const char *end = m_text.data() + m_pos;
    const auto result = std::from_chars(begin, end, number);
    if (start == m_pos || result.ec != std::errc() || result.ptr != end) {
        *error = where(start == m_pos ? "an invalid value" : "an invalid number");
        return false;
    }
    *out = number;
    return true;
}

bool JsonStream::skipNested(qsizetype *end, QString *error)
{
    int depth = 0;
    qsizetype pos = m_pos;
    while (pos < m_text.size()) {
        const char c = m_text.at(pos);
        if (c == '"') {
            ++pos;
            while (pos < m_text.size() && m_text.at(pos) != '"')
                pos += m_text.at(pos) == '\\' ? 2 : 1;
        } else if (c == '{' || c == '[') {
            if (++depth > kMaxDepth) {
                *error = where("nesting too deep");
                return false;
            }
        } else if (c == '}' || c == ']') {
            if (--depth == 0) {
                *end = pos + 1;
                return true;
            }
        }
        ++pos;
    }
    *error = where("an unterminated object or array");
    return false;
}

bool JsonStream::readValue(QJsonValue *out, QString *error)
{
    if (m_pos >= m_text.size()) {
        *error = where("a value was expected");
        return false;
    }
    const char c = m_text.at(m_pos);
    if (c == '"') {
        QString text;
        if (!readString(&text, error))
            return false;
        *out = text;
        return true;
    }
    if (c == '{' || c == '[') {
        qsizetype end = 0;
        if (!skipNested(&end, error))
            return false;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(m_text.sliced(m_pos, end - m_pos).toByteArray(), &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            *error = where("an invalid nested value");
            return false;
        }
        *out = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
        m_pos = end;
        return true;
    }
    auto literal = [this](QByteArrayView word) {
        if (m_text.sliced(m_pos).startsWith(word)) {
            m_pos += word.size();
            return true;
        }
        return false;
    };
    if (literal("true")) {
        *out = true;
        return true;
    }
    if (literal("false")) {
        *out = false;
        return true;
    }
    if (literal("null")) {
        *out = QJsonValue(QJsonValue::Null);
        return true;
    }
    return readNumber(out, error);
}

bool JsonStream::readArrayOfObjects(const std::function<bool(const JsonMembers &)> &onObject, QString *error)
{
    skipWhitespace();
    if (m_pos >= m_text.size() || m_text.at(m_pos) != '[') {
        *error = m_pos >= m_text.size() ? where("an empty answer") : QStringLiteral("a list was expected");
        return false;
    }
    ++m_pos;
    skipWhitespace();
    bool first = true;
    JsonMembers members;
    while (true) {
        if (m_pos < m_text.size() && m_text.at(m_pos) == ']' && first) {
            ++m_pos;
            break;
        }
        if (m_pos >= m_text.size() || m_text.at(m_pos) != '{') {
            *error = m_pos < m_text.size() && (m_text.at(m_pos) == '[' || m_text.at(m_pos) == '"'
                                               || m_text.at(m_pos) == '-' || (m_text.at(m_pos) >= '0' && m_text.at(m_pos) <= '9'))
                         ? QStringLiteral("a list entry is not an object")
                         : where("an object was expected");
            return false;
        }
        ++m_pos;
        members.items.clear();
        members.decodedKeys.clear();
        skipWhitespace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == '}') {
            ++m_pos;
        } else {
            while (true) {
                JsonMember member;
                if (!readKey(members, &member.key, error))
                    return false;
                skipWhitespace();
                if (m_pos >= m_text.size() || m_text.at(m_pos) != ':') {
                    *error = where("':' was expected");
                    return false;
                }
                ++m_pos;
                skipWhitespace();
                if (!readValue(&member.value, error))
                    return false;
                members.items.append(member);
                skipWhitespace();
                if (m_pos < m_text.size() && m_text.at(m_pos) == ',') {
                    ++m_pos;
                    skipWhitespace();
                    continue;
                }
                if (m_pos < m_text.size() && m_text.at(m_pos) == '}') {
                    ++m_pos;
                    break;
                }
                *error = where("',' or '}' was expected");
                return false;
            }
        }
        if (!onObject(members))
            return false;
        first = false;
        skipWhitespace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == ',') {
            ++m_pos;
            skipWhitespace();
            continue;
        }
        if (m_pos < m_text.size() && m_text.at(m_pos) == ']') {
            ++m_pos;
            break;
        }
        *error = where("',' or ']' was expected");
        return false;
    }
    skipWhitespace();
    if (m_pos != m_text.size()) {
        *error = where("garbage after the list");
        return false;
    }
    return true;
}
