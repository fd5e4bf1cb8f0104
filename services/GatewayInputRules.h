#pragma once

#include <QString>
#include <QStringList>

struct Gateway;

// The formats of a gateway's free-text fields (address lists, forwarding targets, MAC lists, the web
// requests URL), checked before anything is sent: the API itself stores "999.1.1.1" without a word.
namespace GatewayInputRules {

// Entries separated by commas, semicolons or white space.
QStringList split(const QString &text);
// An IPv4 address in dotted-quad form ("10.0.0.1", not "10.1").
bool isIpv4(const QString &text);
bool isIpv6(const QString &text);
// Empty when text suits the field named apiName (fields without a format always suit); otherwise
// one sentence that names the field by label and quotes the first bad or repeated entry.
QString problem(const QString &apiName, const QString &label, const QString &text);
// Empty unless two of the gateway's enabled listeners (gateway port, RDP port, SSL port) share a port:
// the gateway could open only one of them.
QString portClash(const Gateway &gateway);

} // namespace GatewayInputRules
