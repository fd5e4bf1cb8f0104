#pragma once

#include "JsonStream.h"
#include "RasClient.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QPromise>
#include <QThreadPool>
#include <exception>
#include <functional>
#include <new>
#include <optional>
#include <type_traits>

// Decoding shared by the services: one answer body into records, or a Malformed error that says
// what was wrong with it.
namespace ServiceSupport {

inline RasError malformed(const RasClient::Reply &reply, const QString &detail)
{
    RasError error;
    error.kind = RasError::Kind::Malformed;
    error.httpStatus = reply.status;
    error.method = QString::fromLatin1(reply.method);
    error.path = reply.path;
    error.message = QCoreApplication::translate("RasClient", "The server's answer could not be read: %1").arg(detail);
    return error;
}

// A 2xx answer that could not be read is a failed call: the request log says so too, instead of
// showing a plain 200.
template <typename Result>
Result noteUnreadable(RasClient *client, const RasClient::Reply &reply, Result result)
{
    if (!result && result.error().kind == RasError::Kind::Malformed)
        client->requestLog()->markFailed(reply.logSerial, result.error().message);
    return result;
}

// Runs a decoder so that nothing it throws (std::bad_alloc on an absurd answer, above all) can
// end the process: a throw becomes a Malformed error like any other unreadable answer.
template <typename Result, typename Decode>
Result decodeGuarded(const RasClient::Reply &reply, Decode &&decode)
{
    try {
        return decode();
    } catch (const std::bad_alloc &) {
        return malformed(reply, QStringLiteral("it is too large to decode in the memory available"));
    } catch (const std::exception &exception) {
        return malformed(reply, QString::fromLocal8Bit(exception.what()));
    } catch (...) {
        return malformed(reply, QStringLiteral("decoding failed"));
    }
}

// A change's answer that cannot be read does not mean the change failed: the server said 2xx.
template <typename T>
RasResult<T> markWriteOutcome(RasResult<T> result, const QByteArray &method)
{
    if (!result && method != "GET") {
        RasError error = result.error();
        error.outcomeUnknown = true;
        return error;
    }
    return result;
}

// Records with a "raw" member keep the server's object in it when asked.
template <typename T, typename = void>
struct HasRaw : std::false_type
{
};
template <typename T>
struct HasRaw<T, std::void_t<decltype(std::declval<T &>().raw)>> : std::true_type
{
};

template <typename T>
using Decoder = std::optional<T> (*)(const QJsonObject &, QString *);

template <typename T>
using MemberDecoder = std::optional<T> (*)(const JsonMembers &, QString *);

// The fast path for lists whose records need not keep the server's JSON: read straight from the
// text with JsonStream, never holding the whole answer's JSON tree.
template <typename T>
RasResult<QList<T>> decodeListStreaming(const RasClient::Reply &reply, MemberDecoder<T> decode)
{
    QList<T> items;
    QString problem;
    JsonStream stream(reply.body);
    const bool ok = stream.readArrayOfObjects(
        [&items, &problem, decode](const JsonMembers &members) {
            QString itemProblem;
            auto item = decode(members, &itemProblem);
            if (!item) {
                problem = itemProblem;
                return false;
            }
            items.append(std::move(*item));
            return true;
        },
        &problem);
    if (!ok)
        return malformed(reply, problem);
    return items;
}

template <typename T>
RasResult<QList<T>> decodeList(const RasClient::Reply &reply, Decoder<T> decode, bool keepRaw = true,
                               MemberDecoder<T> decodeMembers = nullptr)
{
    if (!keepRaw && decodeMembers)
        return decodeListStreaming<T>(reply, decodeMembers);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return malformed(reply, parseError.errorString());
    if (!document.isArray())
        return malformed(reply, QStringLiteral("a list was expected"));
    const QJsonArray array = document.array();
    QList<T> items;
    items.reserve(array.size());
    for (const auto &value : array) {
        if (!value.isObject())
            return malformed(reply, QStringLiteral("a list entry is not an object"));
        QString problem;
        const QJsonObject object = value.toObject();
        auto item = decode(object, &problem);
        if (!item)
            return malformed(reply, problem);
        if constexpr (HasRaw<T>::value) {
            if (keepRaw)
                item->raw = object;
        }
        items.append(std::move(*item));
    }
    return items;
}

template <typename T>
RasResult<T> decodeObject(const RasClient::Reply &reply, Decoder<T> decode, bool keepRaw = true)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return malformed(reply, parseError.errorString());
    if (!document.isObject())
        return malformed(reply, QStringLiteral("an object was expected"));
    QString problem;
    auto item = decode(document.object(), &problem);
    if (!item)
        return malformed(reply, problem);
    if constexpr (HasRaw<T>::value) {
        if (keepRaw)
            item->raw = document.object();
    }
    return std::move(*item);
}

// Answers larger than this are decoded on a worker thread: a 10,000-object list takes ~70 ms to
// decode, which would freeze the window, and the parts of a farm load then decode in parallel.
// (Decoding streams from the text, so parallel decodes no longer add up large JSON trees.)
constexpr qsizetype kBackgroundDecodeBytes = 256 * 1024;

// Sends a request whose answer decodes into a list of T. The callback runs on the caller's thread,
// once, and only while receiver lives.
template <typename T>
void fetchList(RasClient *client, const QString &path, const QUrlQuery &query, QObject *receiver,
               std::function<void(const RasResult<QList<T>> &)> callback, Decoder<T> decode,
               MemberDecoder<T> decodeMembers = nullptr)
{
    const QPointer<QObject> guard(receiver);
    const bool hadReceiver = receiver != nullptr;
    client->send("GET", path, query, {}, receiver,
                 [client, guard, hadReceiver, callback, decode, decodeMembers, keepRaw = client->keepsRawJson()](
                     const RasResult<RasClient::Reply> &result) {
                     if (!result) {
                         callback(result.error());
                         return;
                     }
                     const RasClient::Reply reply = result.value();
                     auto decodeReply = [reply, decode, keepRaw, decodeMembers] {
                         return decodeGuarded<RasResult<QList<T>>>(
                             reply, [&] { return decodeList<T>(reply, decode, keepRaw, decodeMembers); });
                     };
                     if (reply.body.size() < kBackgroundDecodeBytes) {
                         callback(noteUnreadable(client, reply, decodeReply()));
                         return;
                     }
                     // The watcher lives on the client's thread; if the client goes, so does the answer.
                     auto *watcher = new QFutureWatcher<RasResult<QList<T>>>(client);
                     QObject::connect(watcher, &QFutureWatcherBase::finished, client,
                                      [watcher, guard, hadReceiver, callback, client, reply] {
                                          watcher->deleteLater();
                                          const RasResult<QList<T>> decoded = noteUnreadable(client, reply, watcher->result());
                                          if (hadReceiver && !guard)
                                              return;
                                          callback(decoded);
                                      });
                     auto promise = std::make_shared<QPromise<RasResult<QList<T>>>>();
                     watcher->setFuture(promise->future());
                     client->decodePool()->start([promise, decodeReply] {
                         promise->start();
                         promise->addResult(decodeReply());
                         promise->finish();
                     });
                 });
}

template <typename T>
void fetchObject(RasClient *client, const QByteArray &method, const QString &path, const QUrlQuery &query,
                 const QByteArray &body, QObject *receiver, std::function<void(const RasResult<T> &)> callback,
                 Decoder<T> decode)
{
    client->send(method, path, query, body, receiver,
                 [client, callback, decode, method, keepRaw = client->keepsRawJson()](const RasResult<RasClient::Reply> &result) {
                     if (!result) {
                         callback(result.error());
                         return;
                     }
                     const RasClient::Reply &reply = result.value();
                     callback(markWriteOutcome(
                         noteUnreadable(client, reply,
                                        decodeGuarded<RasResult<T>>(reply, [&] { return decodeObject<T>(reply, decode, keepRaw); })),
                         method));
                 });
}

// Sends a request whose success carries no body worth reading (204, or 201 without content).
inline void sendCommand(RasClient *client, const QByteArray &method, const QString &path, const QUrlQuery &query,
                        const QByteArray &body, QObject *receiver, std::function<void(const RasResult<Done> &)> callback)
{
    client->send(method, path, query, body, receiver, [callback](const RasResult<RasClient::Reply> &result) {
        if (!result)
            callback(result.error());
        else
            callback(Done{});
    });
}

inline QByteArray toBody(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace ServiceSupport
