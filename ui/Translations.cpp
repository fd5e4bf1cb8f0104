#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

Translations::Loaded Translations::install(QObject *owner, const QString &language, const QString &directory)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    Loaded loaded;
    auto *qt = new QTranslator(owner);
    loaded.qt = qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (loaded.qt)
        QCoreApplication::installTranslator(qt);
    // The sources count in English as "%n changes"; the English plural forms ("1 change") come from
    // ras-console_en. Installed first, so it also serves what a language without its own file shows.
    auto *english = new QTranslator(owner);
    loaded.englishPlurals = english->load(QStringLiteral("ras-console_en"), directory);
    if (loaded.englishPlurals)
        QCoreApplication::installTranslator(english);
    auto *console = new QTranslator(owner);
    loaded.console = console->load(locale, QStringLiteral("ras-console"), QStringLiteral("_"), directory);
    if (loaded.console)
        QCoreApplication::installTranslator(console);
    return loaded;
}
