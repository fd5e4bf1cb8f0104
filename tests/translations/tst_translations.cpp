// The German and French translations: complete (nothing unfinished or obsolete, and nothing in the
// sources that lupdate would add), with placeholders, plural forms, keyboard accelerators and the
// product's vocabulary (translations/GLOSSARY.md) kept in every message.
#include "TsFile.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QStringList kLanguages{QStringLiteral("de"), QStringLiteral("fr")};

QString tsPath(const QString &language)
{
    return QStringLiteral(RAS_TS_DIR "/ras-console_") + language + QStringLiteral(".ts");
}

// %1 … %99 and %L1; %n counts only in plural messages.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2})"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(1));
    return found;
}

// A single & marks the accelerator; && is a literal ampersand.
int accelerators(QString text)
{
    text.remove(QStringLiteral("&&"));
    static const QRegularExpression entity(QStringLiteral("&[a-z]+;|&#\\d+;"));
    text.remove(entity);
    return int(text.count(QLatin1Char('&')));
}

QString where(const TsMessage &message)
{
    return message.context + QStringLiteral(": \"") + message.source + QLatin1Char('"');
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private:
    QHash<QString, TsFile> m_files;

    QList<TsMessage> finished(const QString &language) const
    {
        QList<TsMessage> result;
        for (const TsMessage &message : m_files.value(language).messages) {
            if (message.type.isEmpty())
                result << message;
        }
        return result;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        for (const QString &language : kLanguages) {
            TsFile file;
            QString error;
            QVERIFY2(TsFile::read(tsPath(language), &file, &error), qPrintable(tsPath(language) + QStringLiteral(": ") + error));
            QVERIFY(file.language.startsWith(language));
            QVERIFY(file.messages.size() > 100);
            m_files.insert(language, file);
        }
    }

    void languages_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : kLanguages)
            QTest::newRow(qPrintable(language)) << language;
    }

    // Every message translated, none left over from text the sources no longer have.
    void complete_data() { languages_data(); }
    void complete()
    {
        QFETCH(QString, language);
        QStringList problems;
        for (const TsMessage &message : m_files.value(language).messages) {
            if (!message.type.isEmpty())
                problems << message.type + QStringLiteral(": ") + where(message);
            else if (message.translations.isEmpty() || message.translations.contains(QString()))
                problems << QStringLiteral("empty: ") + where(message);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // lupdate over the sources (the same list the build's update_translations reads), run on copies of
    // the .ts files: it must find no message the files lack and none they have that the sources lost.
    void lupdateFindsNothingNew()
    {
        QTemporaryDir copies;
        QVERIFY(copies.isValid());
        QStringList tsCopies;
        for (const QString &language : kLanguages) {
            const QString copy = copies.filePath(QStringLiteral("ras-console_") + language + QStringLiteral(".ts"));
            QVERIFY(QFile::copy(tsPath(language), copy));
            tsCopies << copy;
        }
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(RAS_LUPDATE), QStringList{QStringLiteral("@" RAS_TRANSLATION_SOURCES), QStringLiteral("-ts")}
                                                       + tsCopies
                                                       + QStringList{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                                                                     QStringLiteral("none")});
        lupdate.closeWriteChannel();
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        const QString output = QString::fromUtf8(lupdate.readAll());
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(output));

        QStringList problems;
        for (int i = 0; i < kLanguages.size(); ++i) {
            TsFile updated;
            QString error;
            QVERIFY2(TsFile::read(tsCopies.at(i), &updated, &error), qPrintable(error));
            QSet<QString> before;
            for (const TsMessage &message : m_files.value(kLanguages.at(i)).messages)
                before.insert(message.key());
            QSet<QString> after;
            for (const TsMessage &message : std::as_const(updated.messages)) {
                after.insert(message.key());
                if (!before.contains(message.key()))
                    problems << kLanguages.at(i) + QStringLiteral(" lacks ") + where(message);
            }
            for (const TsMessage &message : m_files.value(kLanguages.at(i)).messages) {
                if (!after.contains(message.key()))
                    problems << kLanguages.at(i) + QStringLiteral(" has what the sources no longer say: ") + where(message);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("run `cmake --build build --target update_translations` "
                                                               "and translate:\n")
                                                + problems.join(QLatin1Char('\n'))));
    }

    // "%1 by %2" must keep %1 and %2, or the console shows a literal "%2" or loses a value.
    void placeholdersKept_data() { languages_data(); }
    void placeholdersKept()
    {
        QFETCH(QString, language);
        QStringList problems;
        for (const TsMessage &message : finished(language)) {
            const QSet<QString> wanted = placeholders(message.source);
            for (const QString &translation : message.translations) {
                if (placeholders(translation) != wanted)
                    problems << where(message) + QStringLiteral(" -> \"") + translation + QLatin1Char('"');
                if (message.numerus && message.source.contains(QLatin1String("%n"))
                    && !translation.contains(QLatin1String("%n")))
                    problems << where(message) + QStringLiteral(" loses %n in \"") + translation + QLatin1Char('"');
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Both languages have two plural forms (German: one / other; French: zero and one / other).
    void pluralFormsComplete_data() { languages_data(); }
    void pluralFormsComplete()
    {
        QFETCH(QString, language);
        QStringList problems;
        int plurals = 0;
        for (const TsMessage &message : finished(language)) {
            if (!message.numerus)
                continue;
            ++plurals;
            if (message.translations.size() != 2 || message.translations.contains(QString()))
                problems << where(message) + QStringLiteral(" has %1 forms").arg(message.translations.size());
        }
        QVERIFY(plurals > 0);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // A menu entry or a field label with an accelerator keeps one, so the keyboard still reaches it.
    void acceleratorsKept_data() { languages_data(); }
    void acceleratorsKept()
    {
        QFETCH(QString, language);
        QStringList problems;
        for (const TsMessage &message : finished(language)) {
            const int wanted = accelerators(message.source) > 0 ? 1 : 0;
            for (const QString &translation : message.translations) {
                if (std::min(accelerators(translation), 1) != wanted || accelerators(translation) > 1)
                    problems << where(message) + QStringLiteral(" -> \"") + translation + QLatin1Char('"');
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // The product's own words (translations/GLOSSARY.md), wherever the English names the thing.
    void vocabulary_data()
    {
        // english: where the English names the thing (case-sensitive); required: the glossary's word.
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("required");
        QTest::newRow("de Connection Broker") << QStringLiteral("de") << QStringLiteral("Connection Broker") << QStringLiteral("Connection Broker");
        QTest::newRow("de Secure Gateway") << QStringLiteral("de") << QStringLiteral("Secure Gateway") << QStringLiteral("Secure Gateway");
        QTest::newRow("de client policy") << QStringLiteral("de") << QStringLiteral("[Cc]lient [Pp]olic") << QStringLiteral("Client-Richtlinie");
        QTest::newRow("de Apply Settings") << QStringLiteral("de") << QStringLiteral("Apply Settings") << QStringLiteral("Einstellungen übernehmen");
        QTest::newRow("fr Connection Broker") << QStringLiteral("fr") << QStringLiteral("Connection Broker") << QStringLiteral("brokers? de connexion");
        QTest::newRow("fr Secure Gateway") << QStringLiteral("fr") << QStringLiteral("Secure Gateway") << QStringLiteral("passerelles? sécurisées?");
        QTest::newRow("fr client policy") << QStringLiteral("fr") << QStringLiteral("[Cc]lient [Pp]olic") << QStringLiteral("stratégies? client");
        QTest::newRow("fr Apply Settings") << QStringLiteral("fr") << QStringLiteral("Apply Settings") << QStringLiteral("appliquer les paramètres");
        // "En attente" reads as "pending"; a standby broker is "en veille".
        QTest::newRow("fr Standby") << QStringLiteral("fr") << QStringLiteral("[Ss]tandby") << QStringLiteral("veille");
    }
    void vocabulary()
    {
        QFETCH(QString, language);
        QFETCH(QString, english);
        QFETCH(QString, required);
        const QRegularExpression names(english);
        const QRegularExpression word(required, QRegularExpression::CaseInsensitiveOption);
        QStringList problems;
        int uses = 0;
        for (const TsMessage &message : finished(language)) {
            if (!names.match(message.source).hasMatch())
                continue;
            ++uses;
            for (const QString &translation : message.translations) {
                QString plain = translation;
                plain.remove(QLatin1Char('&'));
                if (!word.match(plain).hasMatch())
                    problems << where(message) + QStringLiteral(" -> \"") + translation + QLatin1Char('"');
            }
        }
        QVERIFY(uses > 0);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // No English word left between the values: "%1 by %2" is "%1 von %2", not "%1 by %2".
    void noEnglishConnectives_data() { languages_data(); }
    void noEnglishConnectives()
    {
        QFETCH(QString, language);
        static const QRegularExpression english(QStringLiteral("\\b(by|and|or|of|the|to|from|with)\\b"));
        QStringList problems;
        for (const TsMessage &message : finished(language)) {
            for (const QString &translation : message.translations) {
                QString text = translation;
                // Names that stay English in both languages (the product's component names, protocols).
                for (const char *name : {"Connection Broker", "Secure Gateway", "RAS Web Administration Service",
                                         "HTTP Strict Transport Security", "Parallels Client", "Tenant Broker"})
                    text.remove(QLatin1String(name));
                if (english.match(text).hasMatch() && text != message.source)
                    problems << where(message) + QStringLiteral(" -> \"") + translation + QLatin1Char('"');
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // English needs only its plural forms ("1 change", "2 changes"): ras-console_en.ts holds every
    // message with %n and nothing else, each with both forms, and lupdate -pluralonly adds nothing.
    void englishPluralsComplete()
    {
        TsFile english;
        QString error;
        QVERIFY2(TsFile::read(tsPath(QStringLiteral("en")), &english, &error), qPrintable(error));
        QStringList problems;
        for (const TsMessage &message : std::as_const(english.messages)) {
            if (!message.numerus || !message.type.isEmpty() || message.translations.size() != 2)
                problems << QStringLiteral("not a finished plural with two forms: ") + where(message);
            for (const QString &form : message.translations) {
                // "%Ln": the count grouped as the locale writes numbers ("2,500").
                const bool count = form.contains(QLatin1String("%n")) || form.contains(QLatin1String("%Ln"));
                if (!count || placeholders(form) != placeholders(message.source))
                    problems << where(message) + QStringLiteral(" -> \"") + form + QLatin1Char('"');
            }
        }
        QVERIFY(english.messages.size() >= 10);

        QTemporaryDir copies;
        QVERIFY(copies.isValid());
        const QString copy = copies.filePath(QStringLiteral("ras-console_en.ts"));
        QVERIFY(QFile::copy(tsPath(QStringLiteral("en")), copy));
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(RAS_LUPDATE),
                      {QStringLiteral("-pluralonly"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                       QStringLiteral("none"), QStringLiteral("@" RAS_TRANSLATION_SOURCES), QStringLiteral("-ts"), copy});
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
        TsFile updated;
        QVERIFY2(TsFile::read(copy, &updated, &error), qPrintable(error));
        QSet<QString> before;
        for (const TsMessage &message : std::as_const(english.messages))
            before.insert(message.key());
        QSet<QString> after;
        for (const TsMessage &message : std::as_const(updated.messages)) {
            after.insert(message.key());
            if (!before.contains(message.key()))
                problems << QStringLiteral("en lacks ") + where(message);
        }
        if (after != before)
            problems << QStringLiteral("en has plurals the sources no longer say (run `cmake --build build --target update_plurals`)");
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
