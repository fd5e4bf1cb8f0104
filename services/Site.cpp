#include "Site.h"

#include "JsonReader.h"

namespace {

std::optional<Site> decodeSite(JsonReader &reader, QString *error)
{
    Site site;
    if (!reader.readId(&site.id)) {
        *error = QStringLiteral("a site has no valid id");
        return std::nullopt;
    }
    site.name = reader.toString("name");
    site.licensingSite = reader.toBool("licensingSite");
    site.enableHttpHostAttackProtection = reader.toBool("enableHttpHostAttackProtection");
    return site;
}

} // namespace

std::optional<Site> Site::fromJson(const QJsonObject &object, QString *error)
{
    JsonReader reader(object);
    return decodeSite(reader, error);
}

std::optional<Site> Site::fromMembers(const JsonMembers &members, QString *error)
{
    JsonReader reader(members);
    return decodeSite(reader, error);
}
