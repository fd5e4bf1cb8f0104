#include "CellText.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QtTest>

class TestCellText : public QObject
{
    Q_OBJECT

private slots:
    void latinTextIsLaidOutFromTheCharacterMap();
    void textThatNeedsShapingIsShaped_data();
    void textThatNeedsShapingIsShaped();
    void elidesAsQtDoes_data();
    void elidesAsQtDoes();
    void drawsTheSameInkAsAShapedLayout();
};

namespace {

QRect inkOf(const CellText &text, const QFont &font)
{
    QImage image(400, 60, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setPen(Qt::black);
        painter.setFont(font);
        text.draw(&painter, QPointF(10, 10));
    }
    QRect box;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qGray(image.pixel(x, y)) < 128)
                box |= QRect(x, y, 1, 1);
        }
    }
    return box;
}

} // namespace

void TestCellText::latinTextIsLaidOutFromTheCharacterMap()
{
    const QFont font;
    const QRawFont raw = QRawFont::fromFont(font);
    for (const QString &text : {QStringLiteral("ras-cb01.corp.example.com"), QStringLiteral("10.0.12.7, 192.168.1.4"),
                                QStringLiteral("Übertragung läuft – 42 %"), QStringLiteral("Arrêté à 08:40")}) {
        for (const QChar c : text) {
            if (!raw.supportsCharacter(c))
                QSKIP(qPrintable(QStringLiteral("the default font has no glyph for U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0'))));
        }
        const CellText cell = CellText::layOut(text, font, raw);
        QVERIFY2(cell.isFromCharacterMap(), qPrintable(text));
        // As wide as a layout makes it, within a pixel or two (kerning may differ by a fraction a pair).
        QVERIFY2(qAbs(cell.width() - QFontMetricsF(font).horizontalAdvance(text)) <= 2.0, qPrintable(text));
    }
}

void TestCellText::textThatNeedsShapingIsShaped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("underline");
    QTest::newRow("combining accent") << QStringLiteral("Cafe\u0301") << false;
    QTest::newRow("Arabic") << QStringLiteral("\u0645\u0631\u062D\u0628\u0627") << false;
    QTest::newRow("Chinese") << QStringLiteral("\u670D\u52A1\u5668") << false;
    QTest::newRow("tab") << QStringLiteral("a\tb") << false;
    QTest::newRow("soft hyphen") << QStringLiteral("Gate\u00ADway") << false;
    QTest::newRow("underlined font") << QStringLiteral("plain") << true;
}

void TestCellText::textThatNeedsShapingIsShaped()
{
    QFETCH(QString, text);
    QFETCH(bool, underline);
    QFont font;
    font.setUnderline(underline);
    const CellText cell = CellText::layOut(text, font, QRawFont::fromFont(font));
    QVERIFY(!cell.isFromCharacterMap());
    QVERIFY(cell.width() > 0);
}

void TestCellText::elidesAsQtDoes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::newRow("long description") << QStringLiteral("a description far too long for the column it is shown in") << 120;
    QTest::newRow("server") << QStringLiteral("gw-10042.branch-office.farm.example.com") << 90;
    QTest::newRow("hardly anything fits") << QStringLiteral("Microsoft Windows Server 2022") << 14;
}

void TestCellText::elidesAsQtDoes()
{
    QFETCH(QString, text);
    QFETCH(int, width);
    const QFont font;
    const CellText whole = CellText::layOut(text, font, QRawFont::fromFont(font));
    QVERIFY(whole.isFromCharacterMap());
    const CellText elided = whole.elided(text, font, width, Qt::ElideRight);
    QVERIFY(elided.isFromCharacterMap());
    QVERIFY(elided.width() <= width);
    // As much of the text as Qt keeps, within a character's width.
    const QString qts = QFontMetrics(font).elidedText(text, Qt::ElideRight, width);
    QVERIFY2(qAbs(elided.width() - QFontMetricsF(font).horizontalAdvance(qts)) <= QFontMetricsF(font).averageCharWidth() + 1,
             qPrintable(qts));
}

void TestCellText::drawsTheSameInkAsAShapedLayout()
{
    // The glyphs land where Qt's own text drawing puts them: same box within two pixels.
    for (const bool bold : {false, true}) {
        QFont font;
        font.setBold(bold);
        const QString text = QStringLiteral("cb-1234.farm.example.com");
        const CellText fast = CellText::layOut(text, font, QRawFont::fromFont(font));
        QVERIFY(fast.isFromCharacterMap());
        QImage image(400, 60, QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setPen(Qt::black);
            painter.setFont(font);
            painter.drawText(QPointF(10, 10 + QFontMetricsF(font).ascent()), text);
        }
        QRect want;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (qGray(image.pixel(x, y)) < 128)
                    want |= QRect(x, y, 1, 1);
            }
        }
        const QRect got = inkOf(fast, font);
        QVERIFY(!want.isNull());
        QVERIFY2(qAbs(got.left() - want.left()) <= 2 && qAbs(got.right() - want.right()) <= 2 && qAbs(got.top() - want.top()) <= 1
                     && qAbs(got.bottom() - want.bottom()) <= 1,
                 qPrintable(QStringLiteral("ink at %1,%2 %3x%4, Qt's at %5,%6 %7x%8")
                                .arg(got.x()).arg(got.y()).arg(got.width()).arg(got.height())
                                .arg(want.x()).arg(want.y()).arg(want.width()).arg(want.height())));
    }
}

QTEST_MAIN(TestCellText)
#include "tst_celltext.moc"
