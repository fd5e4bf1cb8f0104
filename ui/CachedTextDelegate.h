#pragma once

#include "CellText.h"

#include <QCache>
#include <QHash>
#include <QRawFont>
#include <QStyledItemDelegate>

// Draws the plain-text cells of the record tables from a cache of laid-out text (CellText). Qt's own delegate
// lays the text of every cell out again (line breaking, shaping, eliding) each time it paints it;
// a click on a header or a scroll of a 10,000-row page repaints hundreds of cells, and that layout
// was most of the time the page took. Background, selection, focus and icons are still the style's;
// cells with a check box beside text, an icon not on the left, or more than one line go to
// QStyledItemDelegate.
class CachedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CachedTextDelegate)

public:
    explicit CachedTextDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // Qt's size for the cell, remembered per text and look: fitting a column to its contents (the
    // State column after every status refresh and sort) measured a few hundred cells by laying their
    // text out, although they hold a handful of different texts.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // Texts laid out and kept (for tests: a repaint lays nothing out again).
    int cachedTexts() const { return m_texts.count(); }

private:
    void drawFocus(QPainter *painter, const QStyleOptionViewItem &item, const QStyle *style) const;
    // A cell with a check box and nothing else (the Enabled column).
    void drawCheck(QPainter *painter, const QStyleOptionViewItem &item, const QStyle *style) const;
    // The font's place in m_fonts (added when new).
    qsizetype fontIndexOf(const QFont &font) const;
    const CellText &laidOut(const QString &text, const QFont &font, int width, Qt::TextElideMode elide) const;

    mutable QCache<QString, CellText> m_texts;
    // The fonts met so far (a table uses two or three): a text's key names its font by position
    // here, because QFont::key() formats the whole font description on every call.
    mutable QList<QFont> m_fonts;
    mutable QList<QRawFont> m_rawFonts; // the same fonts, as CellText lays text out in them
    mutable QHash<QString, QSize> m_sizes;
    mutable const QStyle *m_sizesStyle = nullptr; // the style the sizes were measured in
};
