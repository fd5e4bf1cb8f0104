#include "ModelFixtures.h"
#include "SiteModel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace Fixtures;

class TestSiteModel : public QObject
{
    Q_OBJECT

private slots:
    void sitesAndNames();
};

void TestSiteModel::sitesAndNames()
{
    SiteModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Site hq;
    hq.id = 1;
    hq.name = QStringLiteral("HQ");
    hq.licensingSite = true;
    Site dr;
    dr.id = 2;
    dr.name = QStringLiteral("DR");
    model.setSites({hq, dr});
    QCOMPARE(model.names().value(2), QStringLiteral("DR"));
    QCOMPARE(model.index(0, SiteModel::Licensing).data().toString(), QStringLiteral("Licensing Site"));
    SignalCounter counter(&model);
    model.setSites({hq, dr});
    QCOMPARE(counter.total(), 0);
    dr.name = QStringLiteral("DR-Frankfurt");
    model.setSites({hq, dr});
    QCOMPARE(counter.dataChanged(), 1);
    model.resetFarm();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestSiteModel)
#include "tst_sitemodel.moc"
