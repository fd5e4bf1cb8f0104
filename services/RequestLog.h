#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

// One request as the administrator may inspect it: never a password or a token.
struct RequestLogEntry
{
    QDateTime when;
    QString method;
    QString path;      // with the query, secrets replaced by ***
    int status = 0;    // 0: no HTTP answer (network, TLS, timeout)
    qint64 durationMs = 0;
    qint64 bytes = 0;  // response body size
    QByteArray body;   // request body, password replaced
    QString error;     // empty on success
};

// Every request the client made, newest last, bounded so a console left open for days stays small.
class RequestLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestLog)

public:
    static constexpr int kCapacity = 2000;

    // capacity: how many entries are kept; a tenth of them is dropped, oldest first, when it is reached.
    explicit RequestLog(int capacity = kCapacity, QObject *parent = nullptr);
    int capacity() const { return m_capacity; }

    void add(RequestLogEntry entry);
    const QList<RequestLogEntry> &entries() const { return m_entries; }
    void clear();

    // A curl command line that repeats the request, with "$RAS_TOKEN" (and "$RAS_PASSWORD" for
    // log-on) in place of secrets so it can be pasted into a ticket.
    static QString curlCommand(const RequestLogEntry &entry, const QUrl &baseUrl);
    // path?query with the values of secret query items (password) replaced.
    static QString redactQuery(const QString &pathWithQuery);
    // A log-on body with the password replaced by $RAS_PASSWORD.
    static QByteArray redactLogonBody(const QByteArray &body);

signals:
    void entryAdded(int index);
    void entriesRemoved(int count); // the oldest count entries were dropped
    void cleared();

private:
    int m_capacity;
    QList<RequestLogEntry> m_entries;
};
