#pragma once

#include <QString>
#include <QUrl>

// The certificates an administrator chose to trust, one SHA-256 fingerprint per server. Kept in
// the application's settings: a fingerprint is public, so it is no secret to protect.
class TrustStore
{
public:
    // Empty when nothing is pinned for that server.
    QString pinnedFingerprint(const QUrl &server) const;
    void pin(const QUrl &server, const QString &sha256);
    void forget(const QUrl &server);

private:
    static QString keyOf(const QUrl &server);
};
