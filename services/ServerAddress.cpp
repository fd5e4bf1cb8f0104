#include "ServerAddress.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace ServerAddress {

QUrl parse(const QString &input, QString *error)
{
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        *error = QCoreApplication::translate("ServerAddress", "Enter the server's host name or address.");
        return {};
    }
    const QString withScheme = text.contains(QLatin1String("://")) ? text : QStringLiteral("https://") + text;
    QUrl url(withScheme, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        *error = QCoreApplication::translate("ServerAddress", "'%1' is not a valid server address.").arg(text);
        return {};
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        *error = QCoreApplication::translate("ServerAddress", "Only https:// and http:// addresses are supported.");
        return {};
    }
    static const QRegularExpression hostPattern(QStringLiteral("^[A-Za-z0-9._:-]+$"));
    if (!hostPattern.match(url.host()).hasMatch()) {
        *error = QCoreApplication::translate("ServerAddress", "'%1' is not a valid host name.").arg(url.host());
        return {};
    }
    const QString path = url.path();
    if (!path.isEmpty() && path != QLatin1String("/") && path.compare(QLatin1String("/api"), Qt::CaseInsensitive) != 0
        && path.compare(QLatin1String("/api/"), Qt::CaseInsensitive) != 0) {
        *error = QCoreApplication::translate("ServerAddress", "Give the server only, without a path (got '%1').").arg(path);
        return {};
    }
    QUrl base;
    base.setScheme(scheme);
    base.setHost(url.host());
    base.setPort(url.port(kDefaultPort));
    return base;
}

QString key(const QUrl &base)
{
    return base.host().toLower() + QLatin1Char(':') + QString::number(base.port(kDefaultPort));
}

bool isLoopback(const QUrl &base)
{
    const QString host = base.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool needsPlainHttpConsent(const QUrl &base)
{
    return base.scheme() == QLatin1String("http") && !isLoopback(base);
}

} // namespace ServerAddress
