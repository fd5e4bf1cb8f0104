#pragma once

#include "RasClient.h"

#include <QFutureWatcher>
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
        return malformed(reply, QCoreApplication::translate("Json", "it is too large to decode in the memory available"));
    } catch (const std::exception &exception) {
        return malformed(reply, QString::fromLocal8Bit(exception.what()));
    } catch (...) {
        return malformed(reply, QCoreApplication::translate("Json", "decoding failed"));
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

// Every answer is decoded by the records' own fromJson/listFromJson (simdjson, see JsonDecoding.h).
template <typename T>
RasResult<QList<T>> decodeList(const RasClient::Reply &reply)
{
    return decodeGuarded<RasResult<QList<T>>>(reply, [&reply]() -> RasResult<QList<T>> {
        QString problem;
        std::optional<QList<T>> items = T::listFromJson(reply.body, &problem);
        if (!items)
            return malformed(reply, problem);
        return std::move(*items);
    });
}

template <typename T>
RasResult<T> decodeObject(const RasClient::Reply &reply)
{
    return decodeGuarded<RasResult<T>>(reply, [&reply]() -> RasResult<T> {
        QString problem;
        std::optional<T> item = T::fromJson(reply.body, &problem);
        if (!item)
            return malformed(reply, problem);
        return std::move(*item);
    });
}

// Answers larger than this are decoded on a worker thread: a 10,000-object list takes ~20 ms to
// decode, which would stall the window, and the parts of a farm load then decode in parallel.
constexpr qsizetype kBackgroundDecodeBytes = 256 * 1024;

// Sends a request whose answer decodes into a list of T. The callback runs on the caller's thread,
// once, and only while receiver lives.
template <typename T>
void fetchList(RasClient *client, const QString &path, const QUrlQuery &query, QObject *receiver,
               std::function<void(const RasResult<QList<T>> &)> callback)
{
    const QPointer<QObject> guard(receiver);
    const bool hadReceiver = receiver != nullptr;
    client->send("GET", path, query, {}, receiver,
                 [client, guard, hadReceiver, callback](
                     const RasResult<RasClient::Reply> &result) {
                     if (!result) {
                         callback(result.error());
                         return;
                     }
                     RasClient::Reply reply = result.value();
                     if (reply.body.size() < kBackgroundDecodeBytes) {
                         callback(noteUnreadable(client, reply, decodeList<T>(reply)));
                         return;
                     }
                     // The watcher keeps only what names the call. The body goes with the decode,
                     // which frees it the moment the records are read: 10 MB of text need not wait
                     // until the window's thread gets round to the result.
                     RasClient::Reply call = reply;
                     call.body = QByteArray();
                     // The watcher lives on the client's thread; if the client goes, so does the answer.
                     auto *watcher = new QFutureWatcher<RasResult<QList<T>>>(client);
                     QObject::connect(watcher, &QFutureWatcherBase::finished, client,
                                      [watcher, guard, hadReceiver, callback, client, call] {
                                          watcher->deleteLater();
                                          const RasResult<QList<T>> decoded = noteUnreadable(client, call, watcher->result());
                                          if (hadReceiver && !guard)
                                              return;
                                          callback(decoded);
                                      });
                     auto promise = std::make_shared<QPromise<RasResult<QList<T>>>>();
                     watcher->setFuture(promise->future());
                     client->decodePool()->start([promise, answer = std::move(reply)]() mutable {
                         promise->start();
                         RasResult<QList<T>> decoded = decodeList<T>(answer);
                         answer.body = QByteArray();
                         promise->addResult(std::move(decoded));
                         promise->finish();
                     });
                 });
}

template <typename T>
void fetchObject(RasClient *client, const QByteArray &method, const QString &path, const QUrlQuery &query,
                 const QByteArray &body, QObject *receiver, std::function<void(const RasResult<T> &)> callback)
{
    client->send(method, path, query, body, receiver, [client, callback, method](const RasResult<RasClient::Reply> &result) {
        if (!result)
            callback(result.error());
        else
            callback(markWriteOutcome(noteUnreadable(client, result.value(), decodeObject<T>(result.value())), method));
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
