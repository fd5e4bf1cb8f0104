#pragma once

#include <QGlyphRun>
#include <QRawFont>
#include <QStaticText>

class QPainter;

// One line of a table cell, laid out once and drawn many times. Text made of Latin letters, digits
// and punctuation (server names, addresses, numbers, dates, German and French words) is laid out
// from the font's character map and advances alone: its glyphs in a row, a few microseconds. Any
// other text goes through QStaticText, whose full shaping (other scripts, combining marks, fallback
// fonts) costs tens of microseconds a cell; after a sort or a keystroke a page shows hundreds of
// cells it never drew before, and that shaping was most of the time the page took to appear.
class CellText
{
public:
    // The whole text in font; rawFont is that font as QRawFont::fromFont gives it (kept by the caller).
    static CellText layOut(const QString &text, const QFont &font, const QRawFont &rawFont);
    // This text (laid out from text) shortened to width as QFontMetrics::elidedText shortens it.
    CellText elided(const QString &text, const QFont &font, int width, Qt::TextElideMode mode) const;

    qreal width() const { return m_width; }
    // Whether it was laid out from the character map (for tests).
    bool isFromCharacterMap() const { return m_fromCharacterMap; }
    // Draws the line with its top left corner at topLeft, in the painter's pen and font.
    void draw(QPainter *painter, const QPointF &topLeft) const;

private:
    static CellText shaped(const QString &text, const QFont &font);

    QGlyphRun m_run;      // laid out from the character map
    QStaticText m_shaped; // otherwise
    qreal m_width = 0;
    qreal m_ascent = 0;
    bool m_fromCharacterMap = false;
};
