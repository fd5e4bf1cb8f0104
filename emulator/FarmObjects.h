#pragma once

#include "FieldSchema.h"
#include "LenientJson.h"

#include <QJsonObject>
#include <QString>

// The shapes of the emulated objects, their enum names and the schemas their write requests are
// checked against. Values follow the official sample transcripts; where the guide is silent the
// emulator's choice is written next to it.
namespace FarmObjects {

// Gateway enums (the guide gives only numbers; names are the emulator's, see README).
const LenientJson::EnumNames &gatewayModeNames();     // 0 normal, 1 forwarding
const LenientJson::EnumNames &ipVersionNames();       // 0 version4, 1 version6, 2 bothVersions
const LenientJson::EnumNames &sslVersionNames();      // 0 SSLv2, 1 SSLv3, 2 TLSv1 (the sample default), 3 TLSv1_1, 4 TLSv1_2
const LenientJson::EnumNames &cipherStrengthNames();  // 0 low, 1 medium, 2 high, 3 custom
const LenientJson::EnumNames &launchMethodNames();    // 0 parallelsClientAndHTML5, 1 parallelsClient, 2 HTML5
const LenientJson::EnumNames &securityModeNames();    // 0 allow all except, 1 allow only
// Secondary connection mode, numbered as the SecondaryConnection schema (not as redirection.mode).
const LenientJson::EnumNames &secondaryModeNames();

QJsonObject newBroker(int id, const QString &server, int siteId, int priority, const QString &admin);
// The sample gateway object carries no admin/time stamps, so neither does this one.
QJsonObject newGateway(int id, const QString &server, int siteId);
QJsonObject newPolicy(int id, const QString &name, const QString &description, bool enabled, int order,
                      const QString &admin);
QJsonObject newSite(int id, const QString &name, bool licensingSite, const QString &admin);

// A deterministic private address for a host name, so emulated brokers show a plausible IP.
QString addressFor(const QString &server);

// POST api/Broker and api/Gateway: {server, siteId}.
const FieldSchema &serverCreateSchema();
const FieldSchema &brokerUpdateSchema();
const FieldSchema &gatewayUpdateSchema();
const FieldSchema &policyCreateSchema();
const FieldSchema &policyUpdateSchema();
const FieldSchema &secondaryConnectionSchema();

} // namespace FarmObjects
