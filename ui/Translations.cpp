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
    auto *console = new QTranslator(owner);
    loaded.console = console->load(locale, QStringLiteral("ras-console"), QStringLiteral("_"), directory);
    if (loaded.console)
        QCoreApplication::installTranslator(console);
    return loaded;
}
