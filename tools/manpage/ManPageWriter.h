#pragma once

#include <QString>
#include <QStringList>

// Turns a program's --help text into a manual page (man(7) roff), so the page and the help can never
// say different things. It reads the layout both hand-written usage texts and QCommandLineParser use:
// "Usage: PROGRAM ..." lines, paragraphs, "Heading:" lines, and two-column "  TERM  description" lists
// whose description may wrap onto lines indented to the description column.
struct ManPageInfo
{
    QString program;      // e.g. "ras-console"
    QString summary;      // one line for NAME, e.g. "administer Parallels RAS farms"
    QString version;      // e.g. "0.1.0"
    QString date;         // ISO date shown in the page footer
    QString manual = QStringLiteral("User Commands");
    QStringList seeAlso;  // other pages, e.g. "rasctl(1)"
};

class ManPageWriter final
{
public:
    static QString render(const QString &helpText, const ManPageInfo &info);

    // Escapes text for roff: backslashes, hyphens (option dashes must stay ASCII minus signs) and a
    // leading dot or apostrophe that would otherwise read as a request.
    static QString escape(const QString &text);
};
