#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QVarLengthArray>
#include <functional>

// One member of a JSON object read by JsonStream: the key's bytes as they stand in the text (keys
// with escapes are decoded into JsonMembers::decodedKeys) and the value.
struct JsonMember
{
    QByteArrayView key;
    QJsonValue value;
};

struct JsonMembers
{
    QVarLengthArray<JsonMember, 64> items;
    QList<QByteArray> decodedKeys; // owns keys that had escape sequences
};

// The members of an already parsed object, for decoders written against JsonMembers.
JsonMembers membersOf(const QJsonObject &object);

// Reads a JSON array of objects straight from its UTF-8 text, one object at a time, without
// building a QJsonDocument for the whole answer: a 10,000-gateway list is decoded without ever
// holding its complete JSON tree, which is both faster and several times smaller at its peak.
// Scalars become QJsonValues at once; nested objects and arrays are handed to QJsonDocument on
// their own. What it accepts and refuses follows QJsonDocument (UTF-8, numbers, nesting; like it,
// raw control characters and unknown escapes in strings pass), so both paths agree on every answer.
class JsonStream
{
public:
    explicit JsonStream(QByteArrayView text);

    // Calls onObject for each element; stops and returns false (with error) at the first problem,
    // including an element that is not an object or onObject returning false.
    bool readArrayOfObjects(const std::function<bool(const JsonMembers &)> &onObject, QString *error);

private:
    void skipWhitespace();
    bool readString(QString *out, QString *error);
    bool readKey(JsonMembers &members, QByteArrayView *key, QString *error);
    bool readValue(QJsonValue *out, QString *error);
    bool readNumber(QJsonValue *out, QString *error);
    bool skipNested(qsizetype *end, QString *error);
    QString where(const char *what) const;

    QByteArrayView m_text;
    qsizetype m_pos = 0;
};
