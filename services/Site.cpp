#include "Site.h"

#include "JsonReader.h"

std::optional<Site> Site::fromJson(const QJsonObject &object, QString *error)
{
    JsonReader reader(object);
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
