#include "CellText.h"

#include <QFontMetricsF>
#include <QPainter>

namespace {

// Characters that need no shaping in any font: printable ASCII, Latin-1 and Latin Extended-A letters
// (precomposed, so no combining marks), dashes, quotes, bullets, the ellipsis and the euro sign.
// The soft hyphen is left out: a layout hides it, a character map would draw it.
bool needsNoShaping(char16_t c)
{
    return (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0x17F && c != 0xAD) || (c >= 0x2010 && c <= 0x2026)
           || c == 0x20AC;
}

// A font whose glyphs are simply put side by side: no lines drawn through or under them, no
// spacing or capitals of its own (a layout would apply those).
bool isPlainFont(const QFont &font)
{
    const bool normalLetterSpacing = font.letterSpacingType() == QFont::PercentageSpacing
                                         ? (font.letterSpacing() == 0 || font.letterSpacing() == 100)
                                         : font.letterSpacing() == 0;
    return !font.underline() && !font.strikeOut() && !font.overline() && normalLetterSpacing && font.wordSpacing() == 0
           && font.capitalization() == QFont::MixedCase && (font.stretch() == QFont::AnyStretch || font.stretch() == QFont::Unstretched);
}

} // namespace

CellText CellText::shaped(const QString &text, const QFont &font)
{
    CellText cell;
    cell.m_shaped = QStaticText(text);
    cell.m_shaped.setTextFormat(Qt::PlainText);
    cell.m_shaped.setPerformanceHint(QStaticText::AggressiveCaching);
    cell.m_shaped.prepare(QTransform(), font);
    cell.m_width = cell.m_shaped.size().width();
    return cell;
}

CellText CellText::layOut(const QString &text, const QFont &font, const QRawFont &rawFont)
{
    if (!rawFont.isValid() || !isPlainFont(font))
        return shaped(text, font);
    for (const QChar c : text) {
        if (!needsNoShaping(c.unicode()))
            return shaped(text, font);
    }
    const QList<quint32> glyphs = rawFont.glyphIndexesForString(text);
    // A character the font lacks would come from a fallback font in a real layout.
    if (glyphs.size() != text.size() || glyphs.contains(0u))
        return shaped(text, font);
    const QList<QPointF> advances =
        rawFont.advancesForGlyphIndexes(glyphs, font.kerning() ? QRawFont::KernedAdvances : QRawFont::SeparateAdvances);
    QList<QPointF> positions;
    positions.reserve(glyphs.size());
    qreal x = 0;
    for (const QPointF &advance : advances) {
        positions.append(QPointF(x, 0));
        x += advance.x();
    }
    CellText cell;
    cell.m_run.setRawFont(rawFont);
    cell.m_run.setGlyphIndexes(glyphs);
    cell.m_run.setPositions(positions);
    cell.m_width = x;
    cell.m_ascent = QFontMetricsF(font).ascent();
    cell.m_fromCharacterMap = true;
    return cell;
}

CellText CellText::elided(const QString &text, const QFont &font, int width, Qt::TextElideMode mode) const
{
    if (!m_fromCharacterMap || mode != Qt::ElideRight)
        return shaped(QFontMetrics(font).elidedText(text, mode, width), font);
    // As QFontMetrics::elidedText: the longest beginning that leaves room for an ellipsis (three
    // dots where the font has no ellipsis character), or nothing when not even that fits.
    const QRawFont rawFont = m_run.rawFont();
    QList<quint32> ellipsis = rawFont.glyphIndexesForString(QString(QChar(0x2026)));
    if (ellipsis.value(0) == 0)
        ellipsis = rawFont.glyphIndexesForString(QStringLiteral("..."));
    const QList<QPointF> ellipsisAdvances = rawFont.advancesForGlyphIndexes(ellipsis);
    qreal ellipsisWidth = 0;
    for (const QPointF &advance : ellipsisAdvances)
        ellipsisWidth += advance.x();
    CellText cell;
    if (ellipsisWidth > width || ellipsis.contains(0u))
        return cell;
    const QList<quint32> glyphs = m_run.glyphIndexes();
    const QList<QPointF> positions = m_run.positions();
    // The width of the first n glyphs: where glyph n starts, or the whole width.
    const auto widthOf = [&positions, this](qsizetype n) { return n < positions.size() ? positions.at(n).x() : m_width; };
    qsizetype kept = glyphs.size();
    while (kept > 0 && widthOf(kept) + ellipsisWidth > width)
        --kept;
    QList<quint32> elidedGlyphs = glyphs.first(kept);
    QList<QPointF> elidedPositions = positions.first(kept);
    qreal x = widthOf(kept);
    for (qsizetype i = 0; i < ellipsis.size(); ++i) {
        elidedGlyphs.append(ellipsis.at(i));
        elidedPositions.append(QPointF(x, 0));
        x += ellipsisAdvances.at(i).x();
    }
    cell.m_run.setRawFont(rawFont);
    cell.m_run.setGlyphIndexes(elidedGlyphs);
    cell.m_run.setPositions(elidedPositions);
    cell.m_width = x;
    cell.m_ascent = m_ascent;
    cell.m_fromCharacterMap = true;
    return cell;
}

void CellText::draw(QPainter *painter, const QPointF &topLeft) const
{
    if (m_fromCharacterMap)
        painter->drawGlyphRun(topLeft + QPointF(0, m_ascent), m_run);
    else
        painter->drawStaticText(topLeft, m_shaped);
}
