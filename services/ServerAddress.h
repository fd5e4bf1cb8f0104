#pragma once

#include <QString>
#include <QUrl>

// Turns what an administrator types into the API's base URL: "host", "host:port", "[v6]:port" or a
// full URL. The scheme defaults to https and the port to 20443, the RAS Web Administration Service's.
namespace ServerAddress {

constexpr int kDefaultPort = 20443;

// The base URL (scheme, host, port; no path), or an invalid QUrl with error set.
QUrl parse(const QString &input, QString *error);
// The "host:port" form used as the key for a pinned certificate.
QString key(const QUrl &base);
// localhost, 127.0.0.0/8 or ::1: traffic that never leaves the machine.
bool isLoopback(const QUrl &base);
// Plain http:// to another machine sends the password in clear; it needs the user's explicit consent.
bool needsPlainHttpConsent(const QUrl &base);

} // namespace ServerAddress
