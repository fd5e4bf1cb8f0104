#include "TrustStore.h"

#include "ServerAddress.h"

#include <QSettings>

QString TrustStore::keyOf(const QUrl &server)
{
    // "ras", "ras:20443" and "https://ras:20443/" are one server, so they share one entry.
    return QStringLiteral("trust/") + ServerAddress::key(server);
}

QString TrustStore::pinnedFingerprint(const QUrl &server) const
{
    return QSettings().value(keyOf(server)).toString();
}

void TrustStore::pin(const QUrl &server, const QString &sha256)
{
    QSettings().setValue(keyOf(server), sha256);
}

void TrustStore::forget(const QUrl &server)
{
    QSettings().remove(keyOf(server));
}
