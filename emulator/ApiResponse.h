#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

// One answer of the emulated RAS API, independent of the socket that carries it so routes can be
// tested without a network and the server can delay, corrupt or drop it afterwards.
struct ApiResponse
{
    int status = 200;
    QByteArray body; // empty for 201/204 answers that carry no content
    QList<QPair<QByteArray, QByteArray>> headers; // beyond Content-Type and Content-Length (e.g. Retry-After)

    static ApiResponse json(int status, const QJsonValue &value);
    static ApiResponse empty(int status);
    static ApiResponse noContent() { return empty(204); }

    // RFC 7807 ProblemDetails as ASP.NET Core writes them (type, title, status, detail, traceId).
    static ApiResponse problem(int status, const QString &detail);
    // ASP.NET validation failure: 400 with an "errors" map from field name to messages.
    static ApiResponse validation(const QString &field, const QString &message);
    // The legacy RAS body seen in the official samples for refused broker operations.
    static ApiResponse legacy(int status, const QString &message);

    static ApiResponse notFound(const QString &what, int id);

    // The whole HTTP/1.1 answer as Kestrel writes it: status line, headers, body.
    QByteArray toHttp() const;
};

// The reason phrase for the status line of an HTTP/1.1 answer.
QByteArray httpReasonPhrase(int status);
