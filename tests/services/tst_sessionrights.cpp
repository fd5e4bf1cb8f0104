#include "SessionRights.h"

#include <QtTest>

// What an administrator may do per kind of object, from the two permission answers.
class TestSessionRights : public QObject
{
    Q_OBJECT

private:
    using Object = SessionRights::Object;
    using Operation = SessionRights::Operation;

    static AdminPermissions admin(const char *json)
    {
        return AdminPermissions::fromJson(QByteArray(json));
    }
    static CustomPermissions custom(const char *json)
    {
        QString error;
        const auto permissions = CustomPermissions::fromJson(QByteArray(json), &error);
        if (!permissions)
            qFatal("custom permissions not read: %s", qPrintable(error));
        return *permissions;
    }

private slots:
    void unrestrictedAdministrators()
    {
        const SessionRights root = SessionRights::of(admin(R"({"permissions":1,"policies":true})"));
        for (const Object object : {Object::Brokers, Object::Gateways, Object::ClientPolicies, Object::Settings}) {
            for (const Operation operation : {Operation::View, Operation::Modify, Operation::Add, Operation::Delete})
                QVERIFY(root.allows(object, operation, 1));
        }
        QVERIFY(!root.isViewOnly());
        // The policies gate holds for everyone the server names.
        const SessionRights noPolicies = SessionRights::of(admin(R"({"permissions":0,"policies":false})"));
        QVERIFY(!noPolicies.allows(Object::ClientPolicies, Operation::View));
        QVERIFY(noPolicies.allows(Object::Brokers, Operation::Delete));
        // A server without the permissions resource restricts nothing.
        QVERIFY(SessionRights().allows(Object::ClientPolicies, Operation::Add));
    }

    void customFlagsPerSiteAndObject()
    {
        const SessionRights rights = SessionRights::ofCustom(
            admin(R"({"permissions":2,"policies":true,"runtimeSitesList":[1,2]})"),
            custom(R"({"sitePermissions":[{"siteId":1,"brokers":{"sitePermission":{"permissions":1}},
                                                      "gateways":{"sitePermission":{"permissions":27}}},
                                           {"siteId":2,"brokers":{"sitePermission":{"permissions":3}},
                                                      "gateways":{"sitePermission":{"permissions":0}}}],
                       "globalPermissions":{"clientPolicies":{"permissions":9}}})"));
        QVERIFY(rights.allows(Object::Brokers, Operation::View, 1));
        QVERIFY(!rights.allows(Object::Brokers, Operation::Modify, 1));
        QVERIFY(rights.allows(Object::Brokers, Operation::Modify, 2));
        QVERIFY(rights.allows(Object::Brokers, Operation::Modify)); // in some Site
        QVERIFY(!rights.allows(Object::Brokers, Operation::Add));
        QVERIFY(rights.allows(Object::Gateways, Operation::Delete, 1));
        QVERIFY(!rights.allows(Object::Gateways, Operation::View, 2));
        QVERIFY(!rights.allows(Object::Gateways, Operation::Modify, 3)); // outside runtimeSitesList
        QVERIFY(rights.allows(Object::ClientPolicies, Operation::Add));
        QVERIFY(!rights.allows(Object::ClientPolicies, Operation::Delete));
        QVERIFY(rights.allows(Object::Settings, Operation::Modify)); // Apply commits what they may stage
        QVERIFY(!rights.isViewOnly());
    }

    void customViewerMayOnlyLook()
    {
        const SessionRights rights = SessionRights::ofCustom(
            admin(R"({"permissions":2,"policies":true})"),
            custom(R"({"sitePermissions":[{"siteId":1,"brokers":{"sitePermission":{"permissions":1}},
                                                      "gateways":{"sitePermission":{"permissions":1}}}]})"));
        QVERIFY(rights.allows(Object::Brokers, Operation::View));
        QVERIFY(rights.allows(Object::ClientPolicies, Operation::View)); // the policies gate alone
        QVERIFY(!rights.allows(Object::ClientPolicies, Operation::Modify));
        QVERIFY(!rights.allows(Object::Settings, Operation::Modify));
        QVERIFY(rights.isViewOnly());
    }

    void unknownRightsChangeNothing()
    {
        const SessionRights rights = SessionRights::viewOnly(AdminPermissions());
        QVERIFY(rights.allows(Object::Gateways, Operation::View));
        QVERIFY(!rights.allows(Object::Gateways, Operation::Modify));
        QVERIFY(!rights.allows(Object::Settings, Operation::Modify));
        QVERIFY(rights.isViewOnly());
    }
};

QTEST_GUILESS_MAIN(TestSessionRights)
#include "tst_sessionrights.moc"
