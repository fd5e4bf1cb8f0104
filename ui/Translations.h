#pragma once

#include <QString>

class QObject;

// The console's language: Qt's own translations (standard buttons and dialogs) and the console's,
// both for one locale, which also becomes the default QLocale so dates, times and numbers follow it.
class Translations final
{
public:
    struct Loaded
    {
        bool qt = false;      // qtbase_<lang>.qm from Qt's translations directory
        bool console = false; // ras-console_<lang>.qm from directory
        bool englishPlurals = false; // ras-console_en.qm: the English plural forms
    };

    // language: "de", "fr_CH", …; empty means the system's. directory holds ras-console_*.qm (":/i18n"
    // in the program, where the build embeds them). The translators live as long as owner.
    static Loaded install(QObject *owner, const QString &language, const QString &directory);
};
