// Every record decoder over arbitrary bytes. Besides not crashing, the decoder must agree with
// QJsonDocument on what is JSON: a list of objects of any shape is accepted exactly when
// QJsonDocument accepts it (with as many objects), and no record decoder accepts text it refuses.
#include "AdminPermissions.h"
#include "AgentStatus.h"
#include "Broker.h"
#include "ClientPolicy.h"
#include "Gateway.h"
#include "JsonDecoding.h"
#include "RasError.h"
#include "SecondaryConnection.h"
#include "ServiceSupport.h"
#include "SessionInfo.h"
#include "Site.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cstdio>
#include <cstdlib>

namespace {

void disagree(const char *what, const char *record)
{
    std::fprintf(stderr, "decoder and QJsonDocument disagree (%s) on %s\n", what, record);
    std::abort();
}

template <typename T>
void checkList(const RasClient::Reply &reply, bool validJson, const char *record)
{
    const auto decoded = ServiceSupport::decodeList<T>(reply);
    if (decoded.ok() && !validJson)
        disagree("accepted text that is not JSON", record);
    if (!decoded.ok() && decoded.error().kind != RasError::Kind::Malformed)
        disagree("a rejection that is not Malformed", record);
}

template <typename T>
void checkObject(const RasClient::Reply &reply, bool validJson, const char *record)
{
    const auto decoded = ServiceSupport::decodeObject<T>(reply);
    if (decoded.ok() && !validJson)
        disagree("accepted text that is not JSON", record);
}

// The number of objects in a list of objects of any shape (every value validated), or -1.
int countObjects(const QByteArray &body)
{
    static const Json::KeyTable none{};
    QString error;
    const auto list = Json::decodeList<int>(body, &error, [](Json::Object object, Json::Reader &reader, int &, QString *) {
        reader.forEachField(object, none, [](int, Json::Value &) {});
        return true;
    });
    return list ? static_cast<int>(list->size()) : -1;
}

int qtCountObjects(const QJsonDocument &document, bool validJson)
{
    if (!validJson || !document.isArray())
        return -1;
    const QJsonArray array = document.array();
    for (const auto &value : array) {
        if (!value.isObject())
            return -1;
    }
    return static_cast<int>(array.size());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const RasClient::Reply reply{200, body};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const bool validJson = parseError.error == QJsonParseError::NoError;

    if (countObjects(body) != qtCountObjects(document, validJson))
        disagree("a different verdict or object count", "a list of objects");
    checkList<Broker>(reply, validJson, "a broker list");
    checkList<Gateway>(reply, validJson, "a gateway list");
    checkList<ClientPolicy>(reply, validJson, "a client policy list");
    checkList<AgentStatus>(reply, validJson, "an agent status list");
    checkList<SecondaryConnection>(reply, validJson, "a secondary connection list");
    checkList<Site>(reply, validJson, "a site list");
    checkObject<Broker>(reply, validJson, "a broker");
    checkObject<Gateway>(reply, validJson, "a gateway");
    checkObject<ClientPolicy>(reply, validJson, "a client policy");
    QString ignored;
    if (CustomPermissions::fromJson(body, &ignored) && !validJson)
        disagree("accepted text that is not JSON", "custom permissions");
    // Decoders that take whatever they are given.
    AdminPermissions::fromJson(body);
    SessionInfo::fromJson(body);
    RasError::messageFromBody(body);
    return 0;
}
