#include "Site.h"

#include "JsonDecoding.h"

#include <QCoreApplication>

namespace {

bool readSite(Json::Object object, Json::Reader &reader, Site &site, QString *error)
{
    static const Json::KeyTable keys{"id", "name", "licensingSite", "enableHttpHostAttackProtection"};
    bool hasId = false;
    reader.forEachField(object, keys, [&](int index, Json::Value &value) {
        switch (index) {
        case 0: hasId = reader.readId(value, &site.id); break;
        case 1: site.name = reader.toString(value, "name"); break;
        case 2: site.licensingSite = reader.toBool(value, "licensingSite", false); break;
        case 3: site.enableHttpHostAttackProtection = reader.toBool(value, "enableHttpHostAttackProtection", false); break;
        }
    });
    if (!hasId) {
        *error = QCoreApplication::translate("Json", "a site has no valid id");
        return false;
    }
    return true;
}

} // namespace

std::optional<Site> Site::fromJson(const QByteArray &json, QString *error)
{
    return Json::decodeObject<Site>(json, error, readSite);
}

std::optional<QList<Site>> Site::listFromJson(const QByteArray &json, QString *error)
{
    return Json::decodeList<Site>(json, error, readSite);
}
