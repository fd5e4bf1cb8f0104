#pragma once

#include "CertificateInfo.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Why an operation failed, in terms a caller can act on. message is the server's own words when
// it gave any (ProblemDetails detail/title, or the legacy {code,msg} msg), so a refusal reaches the
// administrator verbatim.
struct RasError
{
    Q_DECLARE_TR_FUNCTIONS(RasError)

public:
    enum class Kind { Network, Tls, Timeout, Unauthorized, Forbidden, NotFound, Conflict, Rejected, Server, Malformed };

    Kind kind = Kind::Network;
    int httpStatus = 0;
    QString message;
    QString method;
    QString path;
    CertificateInfo certificate; // set for Tls errors caused by an untrusted or changed certificate
    bool certificateChanged = false; // a pinned server showed another certificate
    // A change was sent but its answer was lost or unreadable: it may have been made. Retrying
    // blindly could make it twice, so callers check the farm first.
    bool outcomeUnknown = false;

    // A short translated label for the kind ("Network error", "Not found", ...).
    static QString kindName(Kind kind);
    // "PUT api/Broker/2: Cannot disable the primary Connection Broker. (HTTP 400)"
    QString toString() const;
    // What to tell the user when outcomeUnknown is set.
    static QString outcomeUnknownAdvice();

    static RasError fromHttp(int status, const QByteArray &body, const QString &reason);
    static Kind kindForStatus(int status);
    // The server's message from a ProblemDetails or legacy body, or empty. A message longer than
    // kMaxMessageChars is cut, visibly: a hostile server must not fill a dialog or a terminal.
    static QString messageFromBody(const QByteArray &body);
    static constexpr int kMaxMessageChars = 2000;
    static QString clipped(const QString &message);
};
