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

    // A short translated label for the kind ("Network error", "Not found", ...).
    static QString kindName(Kind kind);
    // "PUT api/Broker/2: Cannot disable the primary Connection Broker. (HTTP 400)"
    QString toString() const;

    static RasError fromHttp(int status, const QByteArray &body, const QString &reason);
    static Kind kindForStatus(int status);
    // The server's message from a ProblemDetails or legacy body, or empty.
    static QString messageFromBody(const QByteArray &body);
};
