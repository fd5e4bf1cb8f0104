#pragma once

#include "Gateway.h"

#include <QString>

// Which gateway settings take effect given the others: the RDP port only while the RDP port is
// enabled, the HSTS details only while HSTS is enforced, the allowed MAC list only when the filter
// allows only listed addresses, the forwarding targets only in forwarding mode. Editors of settings
// that do not apply are disabled, with the reason as their tooltip; their values are kept.
namespace GatewayFieldDependencies {

// False when field has no effect with gateway's other settings as they are.
bool applies(const GatewayField &field, const Gateway &gateway);
// One sentence saying which setting the field waits for; empty when it applies.
QString whyNot(const GatewayField &field, const Gateway &gateway);

} // namespace GatewayFieldDependencies
