// The desktop entry and the AppStream metadata that the packages install pass the freedesktop.org
// validators, and the metadata's release is the project version.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString output;
};

Run run(const QString &tool, const QStringList &arguments)
{
    Run result;
    const QString path = QStandardPaths::findExecutable(tool);
    if (path.isEmpty()) {
        result.output = tool + QStringLiteral(" is not installed; scripts/setup.sh installs it");
        return result;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(path, arguments);
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitCode();
    result.output = QString::fromUtf8(process.readAll());
    return result;
}

} // namespace

class TestDesktopMetadata final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void desktopEntryIsValid()
    {
        const Run result = run(QStringLiteral("desktop-file-validate"), {QStringLiteral(RAS_DESKTOP_FILE)});
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));
        // Hints are not errors to the validator, but each one is a menu or search quirk on some desktop.
        QVERIFY2(result.output.trimmed().isEmpty(), qPrintable(result.output));
    }

    void metainfoIsValid()
    {
        const Run result = run(QStringLiteral("appstreamcli"), {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                                               QStringLiteral(RAS_METAINFO_FILE)});
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));
        QVERIFY2(!result.output.contains(QStringLiteral("W:")) && !result.output.contains(QStringLiteral("E:")),
                 qPrintable(result.output));
    }

    void metainfoReleaseIsTheProjectVersion()
    {
        QFile file(QStringLiteral(RAS_METAINFO_FILE));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        static const QRegularExpression release(QStringLiteral("<release version=\"([^\"]+)\""));
        QCOMPARE(release.match(text).captured(1), QStringLiteral(RAS_PROJECT_VERSION));
        QVERIFY(text.contains(QStringLiteral("<launchable type=\"desktop-id\">ras-console.desktop</launchable>")));
    }
};

QTEST_GUILESS_MAIN(TestDesktopMetadata)
#include "tst_desktopmetadata.moc"
