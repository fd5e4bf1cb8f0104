#include "GatewayInputRules.h"

#include "Gateway.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>
#include <iterator>

namespace GatewayInputRules {

namespace {

bool isHostName(const QString &text)
{
    static const QRegularExpression name(
        QStringLiteral("^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"));
    return name.match(text).hasMatch();
}

// "host", "host:port", "[v6]:port" or a bare address.
bool isHostAndPort(const QString &text)
{
    QString host = text;
    QString port;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            return false;
        host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return false;
            port = rest.mid(1);
        }
        if (!isIpv6(host))
            return false;
    } else if (text.count(QLatin1Char(':')) == 1) {
        host = text.section(QLatin1Char(':'), 0, 0);
        port = text.section(QLatin1Char(':'), 1);
    } else if (text.count(QLatin1Char(':')) > 1) {
        return isIpv6(text);
    }
    if (!port.isNull()) {
        bool ok = false;
        const int number = port.toInt(&ok);
        if (!ok || number < 1 || number > 65535)
            return false;
    }
    if (text.startsWith(QLatin1Char('[')))
        return true; // the address in brackets was checked above
    static const QRegularExpression dotted(QStringLiteral("^[0-9.]+$"));
    if (dotted.match(host).hasMatch())
        return isIpv4(host);
    return isHostName(host);
}

bool isMac(const QString &text)
{
    static const QRegularExpression mac(QStringLiteral("^[0-9A-Fa-f]{2}([-:])[0-9A-Fa-f]{2}(\\1[0-9A-Fa-f]{2}){4}$"));
    return mac.match(text).hasMatch();
}

} // namespace

QStringList split(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

bool isIpv4(const QString &text)
{
    static const QRegularExpression quad(QStringLiteral("^\\d{1,3}(\\.\\d{1,3}){3}$"));
    QHostAddress address;
    return quad.match(text).hasMatch() && address.setAddress(text) && address.protocol() == QAbstractSocket::IPv4Protocol;
}

bool isIpv6(const QString &text)
{
    QHostAddress address;
    return text.contains(QLatin1Char(':')) && address.setAddress(text)
           && address.protocol() == QAbstractSocket::IPv6Protocol;
}

QString problem(const QString &apiName, const QString &label, const QString &text)
{
    const QString field = apiName.toLower();
    const QStringList entries = split(text);
    // Address and MAC lists are sets: a second copy of an entry is a typing slip, not a setting.
    static const QStringList lists{
        QStringLiteral("ips"), QStringLiteral("bindv4addresses"), QStringLiteral("bindv6addresses"),
        QStringLiteral("optimizeconnectionipv4"), QStringLiteral("optimizeconnectionipv6"),
        QStringLiteral("forwardhttpservers"), QStringLiteral("forwardgatewayservers"),
        QStringLiteral("macallowexceptlst"), QStringLiteral("macallowonlylst")};
    if (lists.contains(field)) {
        QStringList seen;
        for (const QString &entry : entries) {
            if (seen.contains(entry, Qt::CaseInsensitive))
                return QCoreApplication::translate("GatewayInputRules", "%1: '%2' is listed twice.").arg(label, entry);
            seen << entry;
        }
    }
    for (const QString &entry : entries) {
        if (field == QLatin1String("ips")) {
            if (!isIpv4(entry) && !isIpv6(entry))
                return QCoreApplication::translate("GatewayInputRules", "%1: '%2' is not an IPv4 or IPv6 address.").arg(label, entry);
        } else if (field == QLatin1String("bindv4addresses") || field == QLatin1String("optimizeconnectionipv4")) {
            if (!isIpv4(entry))
                return QCoreApplication::translate("GatewayInputRules", "%1: '%2' is not an IPv4 address.").arg(label, entry);
        } else if (field == QLatin1String("bindv6addresses") || field == QLatin1String("optimizeconnectionipv6")) {
            if (!isIpv6(entry))
                return QCoreApplication::translate("GatewayInputRules", "%1: '%2' is not an IPv6 address.").arg(label, entry);
        } else if (field == QLatin1String("forwardhttpservers") || field == QLatin1String("forwardgatewayservers")) {
            if (!isHostAndPort(entry))
                return QCoreApplication::translate("GatewayInputRules", "%1: '%2' is not a server name or address with an optional port (1 to 65535).").arg(label, entry);
        } else if (field == QLatin1String("macallowexceptlst") || field == QLatin1String("macallowonlylst")) {
            if (!isMac(entry))
                return QCoreApplication::translate("GatewayInputRules", "%1: '%2' is not a MAC address such as 00-1A-2B-3C-4D-5E.").arg(label, entry);
        }
    }
    if (field == QLatin1String("webrequestsurl") && !text.trimmed().isEmpty()) {
        const QUrl url(text.trimmed(), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            || url.host().isEmpty())
            return QCoreApplication::translate("GatewayInputRules", "%1: '%2' is not an http:// or https:// address.").arg(label, text.trimmed());
    }
    return {};
}

QString portClash(const Gateway &gateway)
{
    struct Listener
    {
        bool enabled;
        int port;
        const char *label;
    };
    const Listener listeners[] = {
        {gateway.enableGWPort, gateway.gwPort, QT_TRANSLATE_NOOP("GatewayField", "Gateway port")},
        {gateway.enableRDP, gateway.rdpPort, QT_TRANSLATE_NOOP("GatewayField", "RDP port")},
        {gateway.enableSSL, gateway.sslPort, QT_TRANSLATE_NOOP("GatewayField", "SSL port")},
    };
    for (size_t first = 0; first < std::size(listeners); ++first) {
        for (size_t second = first + 1; second < std::size(listeners); ++second) {
            const Listener &a = listeners[first];
            const Listener &b = listeners[second];
            if (a.enabled && b.enabled && a.port == b.port)
                return QCoreApplication::translate("GatewayInputRules", "%1 and %2 are both %3: each needs a port of its own.")
                    .arg(QCoreApplication::translate("GatewayField", a.label),
                         QCoreApplication::translate("GatewayField", b.label), QString::number(a.port));
        }
    }
    return {};
}

} // namespace GatewayInputRules
