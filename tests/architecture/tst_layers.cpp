#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

// The layer rule of the design, checked on the sources themselves: services and farm include no
// widget header, models include no network reply, and the widgets include no JSON header. A file
// that breaks it fails here, by name, before a reviewer has to notice.
class TestLayers : public QObject
{
    Q_OBJECT

private:
    struct Include
    {
        QString file;
        int line = 0;
        QString header;
    };

    static QList<Include> includesUnder(const QString &folder)
    {
        static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"));
        QList<Include> found;
        QDirIterator files(QStringLiteral(RAS_SOURCE_DIR "/") + folder, {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                           QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
                continue;
            int number = 0;
            while (!file.atEnd()) {
                const QString text = QString::fromUtf8(file.readLine());
                ++number;
                const QRegularExpressionMatch match = include.match(text);
                if (match.hasMatch())
                    found.append({path.mid(qstrlen(RAS_SOURCE_DIR) + 1), number, match.captured(1)});
            }
        }
        return found;
    }

    // Every header name the Qt Widgets (and Charts, which draws with widgets) modules install.
    static QSet<QString> widgetHeaders()
    {
        QSet<QString> names;
        const QString headers = QLibraryInfo::path(QLibraryInfo::HeadersPath);
        for (const char *module : {"QtWidgets", "QtCharts"}) {
            const QDir dir(headers + QLatin1Char('/') + QLatin1String(module));
            for (const QString &name : dir.entryList(QDir::Files))
                names.insert(name);
        }
        return names;
    }

    static QString describe(const QList<Include> &offending)
    {
        QStringList lines;
        for (const Include &include : offending)
            lines << QStringLiteral("%1:%2 includes %3").arg(include.file).arg(include.line).arg(include.header);
        return lines.join(QLatin1Char('\n'));
    }

    static bool isWidgetHeader(const QString &header, const QSet<QString> &widgets)
    {
        const QString name = header.section(QLatin1Char('/'), -1);
        return header.startsWith(QLatin1String("QtWidgets/")) || header.startsWith(QLatin1String("QtCharts/"))
               || (name.startsWith(QLatin1Char('Q')) && widgets.contains(name)) || name.startsWith(QLatin1String("ui_"));
    }

private slots:
    void theWidgetHeadersAreKnown();
    void farmAndServicesIncludeNoWidgets();
    void modelsKnowNoNetworkReplies();
    void widgetsIncludeNoJson();
};

void TestLayers::theWidgetHeadersAreKnown()
{
    // Without the list every later check would pass for the wrong reason.
    const QSet<QString> widgets = widgetHeaders();
    QVERIFY2(widgets.contains(QStringLiteral("QWidget")), qPrintable(QLibraryInfo::path(QLibraryInfo::HeadersPath)));
    QVERIFY(widgets.contains(QStringLiteral("QDialog")));
    QVERIFY(!widgets.contains(QStringLiteral("QObject")));
    QVERIFY(!includesUnder(QStringLiteral("farm")).isEmpty());
    QVERIFY(!includesUnder(QStringLiteral("ui")).isEmpty());
}

void TestLayers::farmAndServicesIncludeNoWidgets()
{
    const QSet<QString> widgets = widgetHeaders();
    QList<Include> offending;
    for (const char *folder : {"farm", "services", "models"}) {
        for (const Include &include : includesUnder(QLatin1String(folder))) {
            if (isWidgetHeader(include.header, widgets))
                offending << include;
        }
    }
    QVERIFY2(offending.isEmpty(), qPrintable(describe(offending)));
}

void TestLayers::modelsKnowNoNetworkReplies()
{
    QList<Include> offending;
    for (const char *folder : {"models", "ui"}) {
        for (const Include &include : includesUnder(QLatin1String(folder))) {
            if (include.header.contains(QLatin1String("QNetworkReply")) || include.header.contains(QLatin1String("QNetworkAccessManager")))
                offending << include;
        }
    }
    QVERIFY2(offending.isEmpty(), qPrintable(describe(offending)));
}

void TestLayers::widgetsIncludeNoJson()
{
    QList<Include> offending;
    for (const Include &include : includesUnder(QStringLiteral("ui"))) {
        const QString name = include.header.section(QLatin1Char('/'), -1);
        if (name.startsWith(QLatin1String("QJson")) || name.startsWith(QLatin1String("Json"))
            || name.contains(QLatin1String("simdjson")))
            offending << include;
    }
    QVERIFY2(offending.isEmpty(), qPrintable(describe(offending)));
}

QTEST_GUILESS_MAIN(TestLayers)
#include "tst_layers.moc"
