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
    error.message = QCoreApplication::translate("RasClient", "The server's answer could not be read: %1").arg(detail);
    return error;
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
                     const RasClient::Reply reply = result.value();
                     if (reply.body.size() < kBackgroundDecodeBytes) {
                         callback(decodeList<T>(reply));
                         return;
                     }
                     // The watcher lives on the client's thread; if the client goes, so does the answer.
                     auto *watcher = new QFutureWatcher<RasResult<QList<T>>>(client);
                     QObject::connect(watcher, &QFutureWatcherBase::finished, client,
                                      [watcher, guard, hadReceiver, callback] {
                                          watcher->deleteLater();
                                          if (hadReceiver && !guard)
                                              return;
                                          callback(watcher->result());
                                      });
                     auto promise = std::make_shared<QPromise<RasResult<QList<T>>>>();
                     watcher->setFuture(promise->future());
                     client->decodePool()->start([promise, reply] {
                         promise->start();
                         promise->addResult(decodeList<T>(reply));
                         promise->finish();
                     });
                 });
}

template <typename T>
void fetchObject(RasClient *client, const QByteArray &method, const QString &path, const QUrlQuery &query,
                 const QByteArray &body, QObject *receiver, std::function<void(const RasResult<T> &)> callback)
{
    client->send(method, path, query, body, receiver, [callback, method](const RasResult<RasClient::Reply> &result) {
        if (!result)
            callback(result.error());
        else
            callback(markWriteOutcome(decodeObject<T>(result.value()), method));
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
