// ras-manpage: writes a program's manual page from what the program itself prints for --help, at build
// time, so the installed page documents exactly the options the installed program accepts.
#include "ManPageWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ras-manpage"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes a manual page from the --help text of PROGRAM."));
    parser.addHelpOption();
    const QCommandLineOption nameOption(QStringLiteral("name"), QStringLiteral("program name in the page"), QStringLiteral("NAME"));
    const QCommandLineOption summaryOption(QStringLiteral("summary"), QStringLiteral("one-line summary for NAME"), QStringLiteral("TEXT"));
    const QCommandLineOption versionOption(QStringLiteral("program-version"), QStringLiteral("version in the footer"), QStringLiteral("VERSION"));
    const QCommandLineOption dateOption(QStringLiteral("date"), QStringLiteral("date in the footer"), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption seeAlsoOption(QStringLiteral("see-also"), QStringLiteral("a related page, e.g. rasctl(1); repeatable"), QStringLiteral("PAGE"));
    const QCommandLineOption outputOption(QStringLiteral("output"), QStringLiteral("file to write"), QStringLiteral("FILE"));
    parser.addOptions({nameOption, summaryOption, versionOption, dateOption, seeAlsoOption, outputOption});
    parser.addPositionalArgument(QStringLiteral("PROGRAM"), QStringLiteral("the program whose --help is rendered"));
    parser.process(app);
    if (parser.positionalArguments().size() != 1 || !parser.isSet(outputOption) || !parser.isSet(nameOption)) {
        std::fputs("ras-manpage: needs PROGRAM, --name and --output\n", stderr);
        return 2;
    }

    QProcess program;
    auto environment = QProcessEnvironment::systemEnvironment();
    // The GUI program builds a QApplication before it parses its options; it must not need a display.
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    program.setProcessEnvironment(environment);
    program.start(parser.positionalArguments().constFirst(), {QStringLiteral("--help")});
    if (!program.waitForFinished(60000) || program.exitStatus() != QProcess::NormalExit || program.exitCode() != 0) {
        std::fprintf(stderr, "ras-manpage: '%s --help' failed: %s\n", qPrintable(parser.positionalArguments().constFirst()),
                     qPrintable(program.errorString()));
        return 1;
    }
    const QString help = QString::fromUtf8(program.readAllStandardOutput());
    if (help.trimmed().isEmpty()) {
        std::fputs("ras-manpage: the program printed no help text\n", stderr);
        return 1;
    }

    ManPageInfo info;
    info.program = parser.value(nameOption);
    info.summary = parser.value(summaryOption);
    info.version = parser.value(versionOption);
    info.date = parser.value(dateOption);
    info.seeAlso = parser.values(seeAlsoOption);

    QFile output(parser.value(outputOption));
    if (!output.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || output.write(ManPageWriter::render(help, info).toUtf8()) < 0 || !output.flush()) {
        std::fprintf(stderr, "ras-manpage: cannot write %s: %s\n", qPrintable(output.fileName()), qPrintable(output.errorString()));
        return 1;
    }
    return 0;
}
