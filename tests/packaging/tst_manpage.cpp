#include "ManPageWriter.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

namespace {

ManPageInfo info()
{
    ManPageInfo i;
    i.program = QStringLiteral("tool");
    i.summary = QStringLiteral("does one thing well");
    i.version = QStringLiteral("1.2.3");
    i.date = QStringLiteral("2026-01-02");
    return i;
}

// The page as a reader sees the words: roff minus signs back to hyphens.
QString plain(QString page)
{
    return page.replace(QStringLiteral("\\-"), QStringLiteral("-"));
}

QString runHelp(const QString &program)
{
    QProcess process;
    process.start(QStringLiteral(RAS_BIN_DIR "/") + program, {QStringLiteral("--help")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

class TestManPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void handWrittenHelpBecomesSynopsisAndOptions()
    {
        const QString help = QStringLiteral(
            "Usage: tool [--port N] [--seed SPEC]\n"
            "            [--log]\n"
            "A server that keeps things in memory.\n\n"
            "  --port N        port, 0 picks a free one (default 20443)\n"
            "  --fail-rate P   turn a fraction P of requests into a 500, a dropped connection,\n"
            "                  a stall or malformed JSON\n"
            "  --tls --cert F --key F   serve HTTPS\n\n"
            "The first line on stdout is \"listening on URL\".\n");
        const QString page = ManPageWriter::render(help, info());
        QVERIFY(page.contains(QStringLiteral(".TH \"TOOL\" \"1\" \"2026-01-02\" \"tool 1.2.3\" \"User Commands\"")));
        QVERIFY(page.contains(QStringLiteral(".SH NAME\ntool \\- does one thing well\n")));
        // Both usage lines make one synopsis.
        QVERIFY(page.contains(QStringLiteral(".SH SYNOPSIS\n.B\ntool\n[\\-\\-port N] [\\-\\-seed SPEC] [\\-\\-log]\n")));
        QVERIFY(page.contains(QStringLiteral(".SH DESCRIPTION\n.PP\nA server that keeps things in memory.\n")));
        QVERIFY(page.contains(QStringLiteral(".SH OPTIONS\n.TP\n.B\n\\-\\-port N\nport, 0 picks a free one (default 20443)\n")));
        // A wrapped description stays with its option.
        QVERIFY(page.contains(QStringLiteral(
            ".B\n\\-\\-fail\\-rate P\nturn a fraction P of requests into a 500, a dropped connection, a stall or malformed JSON\n")));
        // Single spaces inside a term keep it one term.
        QVERIFY(page.contains(QStringLiteral(".B\n\\-\\-tls \\-\\-cert F \\-\\-key F\nserve HTTPS\n")));
        QVERIFY(page.contains(QStringLiteral(".PP\nThe first line on stdout is \"listening on URL\".\n")));
    }

    void parserHelpKeepsItsHeadings()
    {
        // The layout QCommandLineParser::helpText() prints.
        const QString help = QStringLiteral(
            "Usage: tool [options] command\n"
            "Does one thing well.\n\n"
            "Options:\n"
            "  -h, --help         Displays help on commandline options.\n"
            "  -v, --version      Displays version information.\n"
            "  --server <URL>     The RAS server.\n\n"
            "Arguments:\n"
            "  command            brokers list, gateways list, ...\n");
        const QString page = ManPageWriter::render(help, info());
        QVERIFY(page.contains(QStringLiteral(".SH SYNOPSIS\n.B\ntool\n[options] command\n")));
        QVERIFY(page.contains(QStringLiteral(".SH DESCRIPTION\n.PP\nDoes one thing well.\n")));
        QVERIFY(page.contains(QStringLiteral(".SH OPTIONS\n.TP\n.B\n\\-h, \\-\\-help\nDisplays help on commandline options.\n")));
        QVERIFY(page.contains(QStringLiteral(".B\n\\-\\-server <URL>\nThe RAS server.\n")));
        QVERIFY(page.contains(QStringLiteral(".SH ARGUMENTS\n.TP\n.B\ncommand\nbrokers list, gateways list, ...\n")));
        QCOMPARE(page.count(QStringLiteral(".SH OPTIONS")), 1);
    }

    void emptyDescriptionTakesTheSummary()
    {
        const QString page = ManPageWriter::render(QStringLiteral("Usage: tool [--x]\n\n  --x   an option\n"), info());
        QVERIFY(page.contains(QStringLiteral(".SH DESCRIPTION\nDoes one thing well.\n.SH OPTIONS\n")));
    }

    void seeAlsoListsTheOtherPages()
    {
        ManPageInfo withSeeAlso = info();
        withSeeAlso.seeAlso = {QStringLiteral("rasctl(1)"), QStringLiteral("ras-emulator(1)")};
        const QString page = ManPageWriter::render(QStringLiteral("Usage: tool\n"), withSeeAlso);
        QVERIFY(page.endsWith(QStringLiteral(".SH SEE ALSO\n.BR rasctl (1) ,\n.BR ras\\-emulator (1)\n")));
    }

    void escapesWhatRoffWouldReadAsMarkup()
    {
        QCOMPARE(ManPageWriter::escape(QStringLiteral("C:\\path --x")), QStringLiteral("C:\\epath \\-\\-x"));
        QCOMPARE(ManPageWriter::escape(QStringLiteral(".hidden request")), QStringLiteral("\\&.hidden request"));
        QCOMPARE(ManPageWriter::escape(QStringLiteral("'quoted")), QStringLiteral("\\&'quoted"));
        const QString page = ManPageWriter::render(QStringLiteral("Usage: tool\n\n.so /etc/passwd\n"), info());
        QVERIFY(!page.contains(QStringLiteral("\n.so")));
    }

    void installedPagesDocumentEveryOption_data()
    {
        QTest::addColumn<QString>("program");
        QTest::newRow("ras-console") << QStringLiteral("ras-console");
        QTest::newRow("rasctl") << QStringLiteral("rasctl");
        QTest::newRow("ras-emulator") << QStringLiteral("ras-emulator");
    }

    // The generated page says what the program's --help says today: every option it prints is in the page.
    void installedPagesDocumentEveryOption()
    {
        QFETCH(QString, program);
        const QString help = runHelp(program);
        QVERIFY2(!help.isEmpty(), "the program printed no help");
        QFile file(QStringLiteral(RAS_MAN_DIR "/") + program + QStringLiteral(".1"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QString page = plain(QString::fromUtf8(file.readAll()));
        QVERIFY(page.contains(QStringLiteral(".TH \"") + program.toUpper() + QLatin1Char('"')));
        static const QRegularExpression option(QStringLiteral("(?:^|[\\s,\\[])(--[a-z][a-z-]*)"));
        int options = 0;
        for (auto it = option.globalMatch(help); it.hasNext();) {
            const QString name = it.next().captured(1);
            ++options;
            QVERIFY2(page.contains(name), qPrintable(program + QStringLiteral(" page lacks ") + name));
        }
        QVERIFY(options >= 3);
    }

    // groff reads the page without a warning (unknown requests, bad escapes, broken fonts).
    void installedPagesRenderWithoutWarnings_data() { installedPagesDocumentEveryOption_data(); }
    void installedPagesRenderWithoutWarnings()
    {
        QFETCH(QString, program);
        const QString groff = QStandardPaths::findExecutable(QStringLiteral("groff"));
        QVERIFY2(!groff.isEmpty(), "groff (groff-base) is needed; scripts/setup.sh installs it");
        QProcess process;
        process.start(groff, {QStringLiteral("-man"), QStringLiteral("-Tutf8"), QStringLiteral("-ww"), QStringLiteral("-z"),
                              QStringLiteral(RAS_MAN_DIR "/") + program + QStringLiteral(".1")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(QString::fromUtf8(process.readAllStandardError()), QString());
        QCOMPARE(process.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestManPage)
#include "tst_manpage.moc"
