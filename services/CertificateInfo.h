#pragma once

#include <QDateTime>
#include <QSslCertificate>
#include <QString>

// What an administrator needs to decide whether to trust a server certificate.
struct CertificateInfo
{
    QString sha256;    // colon-separated upper-case hex, as openssl prints it
    QString subject;
    QString issuer;
    QDateTime validFrom;
    QDateTime validTo;
    bool selfSigned = false;

    bool isNull() const { return sha256.isEmpty(); }
    static CertificateInfo from(const QSslCertificate &certificate);
    // Accepts a fingerprint with or without colons, in any case; returns the canonical form or empty.
    static QString normalizeFingerprint(const QString &text);
};
