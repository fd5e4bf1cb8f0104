// Every record decoder over arbitrary bytes. Besides not crashing, the fast streaming decoder and
// the QJsonDocument-based one must agree: text QJsonDocument rejects is never accepted, and a list
// one accepts the other accepts with the same number of records.
#include "AdminPermissions.h"
#include "AgentStatus.h"
#include "Broker.h"
#include "ClientPolicy.h"
#include "Gateway.h"
#include "RasError.h"
#include "SecondaryConnection.h"
#include "ServiceSupport.h"
#include "SessionInfo.h"
#include "Site.h"

#include <QJsonDocument>
#include <cstdio>
#include <cstdlib>

namespace {

void disagree(const char *what, const char *record)
{
    std::fprintf(stderr, "decoders disagree (%s) on a %s list\n", what, record);
    std::abort();
}

template <typename T>
void checkList(const RasClient::Reply &reply, bool validJson, const char *record)
{
    const auto streamed = ServiceSupport::decodeList<T>(reply, &T::fromJson, false, &T::fromMembers);
    const auto tree = ServiceSupport::decodeList<T>(reply, &T::fromJson, true, nullptr);
    if (streamed.ok() && !validJson)
        disagree("accepted text that is not JSON", record);
    if (streamed.ok() != tree.ok())
        disagree(streamed.ok() ? "only the streaming decoder accepted" : "only the tree decoder accepted", record);
    if (streamed.ok() && streamed.value().size() != tree.value().size())
        disagree("different record counts", record);
    if (!streamed.ok() && streamed.error().kind != RasError::Kind::Malformed)
        disagree("a rejection that is not Malformed", record);
}

template <typename T>
void checkObject(const RasClient::Reply &reply, bool validJson, const char *record)
{
    const auto decoded = ServiceSupport::decodeObject<T>(reply, &T::fromJson, true);
    if (decoded.ok() && !validJson)
        disagree("accepted text that is not JSON", record);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const RasClient::Reply reply{200, body};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const bool validJson = parseError.error == QJsonParseError::NoError;

    checkList<Broker>(reply, validJson, "broker");
    checkList<Gateway>(reply, validJson, "gateway");
    checkList<ClientPolicy>(reply, validJson, "client policy");
    checkList<AgentStatus>(reply, validJson, "agent status");
    checkList<SecondaryConnection>(reply, validJson, "secondary connection");
    checkList<Site>(reply, validJson, "site");
    checkObject<Broker>(reply, validJson, "broker");
    checkObject<Gateway>(reply, validJson, "gateway");
    checkObject<ClientPolicy>(reply, validJson, "client policy");
    // Decoders that take whatever object they are given.
    AdminPermissions::fromJson(document.object());
    SessionInfo::fromJson(document.object());
    RasError::messageFromBody(body);
    return 0;
}
