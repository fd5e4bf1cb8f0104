#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One Qt Linguist .ts file as the translation tests need it: every message with its context,
// source, comment, state and translation (one form, or the plural forms of a %n message).
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QString type; // "", "unfinished", "obsolete" or "vanished"
    bool numerus = false;
    QStringList translations;

    QString key() const { return context + QLatin1Char('|') + source + QLatin1Char('|') + comment; }
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;

    // Reads path; on failure returns false and says why in *error.
    static bool read(const QString &path, TsFile *file, QString *error);
};
