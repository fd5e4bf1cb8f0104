#include "CachedTextDelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>

namespace {

// Enough for every cell of a few screens of a wide table; a QStaticText of a cell is a few hundred bytes.
constexpr int kCachedTexts = 6000;

} // namespace

CachedTextDelegate::CachedTextDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_texts(kCachedTexts)
{
}

void CachedTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem item(option);
    initStyleOption(&item, index);
    const bool iconOnTheLeft = !(item.features & QStyleOptionViewItem::HasDecoration)
                               || (item.decorationPosition == QStyleOptionViewItem::Left && item.direction == Qt::LeftToRight);
    const bool simple = iconOnTheLeft && !(item.features & QStyleOptionViewItem::HasCheckIndicator)
                        && !item.text.contains(QChar::LineFeed) && !item.text.contains(QChar::LineSeparator);
    if (!simple) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = item.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    // What the style draws for an item view cell, laid out as the style lays it out (asking the
    // style for the rectangles would lay the text out again to measure it): an icon in a column
    // of its width plus a margin on each side, the text in the rest, inside the same margins.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &item, painter, widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    QRect display = item.rect;
    if (item.features & QStyleOptionViewItem::HasDecoration) {
        const QRect column(item.rect.left(), item.rect.top(), item.decorationSize.width() + 2 * margin, item.rect.height());
        const QRect iconRect = QStyle::alignedRect(item.direction, item.decorationAlignment, item.decorationSize, column);
        const QIcon::Mode mode = !(item.state & QStyle::State_Enabled)   ? QIcon::Disabled
                                 : (item.state & QStyle::State_Selected) ? QIcon::Selected
                                                                         : QIcon::Normal;
        item.icon.paint(painter, iconRect, item.decorationAlignment, mode, item.state & QStyle::State_Open ? QIcon::On : QIcon::Off);
        display.setLeft(column.right() + 1);
    }
    if (!item.text.isEmpty()) {
        const QRect area = display.adjusted(margin, 0, -margin, 0);
        const CellText &text = laidOut(item.text, item.font, area.width(), item.textElideMode);
        const QPalette::ColorGroup group = !(item.state & QStyle::State_Enabled)  ? QPalette::Disabled
                                           : !(item.state & QStyle::State_Active) ? QPalette::Inactive
                                                                                  : QPalette::Normal;
        painter->save();
        painter->setPen(item.palette.color(group, item.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        painter->setFont(item.font);
        painter->setClipRect(area, Qt::IntersectClip);
        // Placed as the style places a laid-out line: its height is ascent plus descent (without
        // the font's leading, which some Windows fonts have), rounded as the style rounds it.
        const QFontMetricsF metrics(item.font);
        const QSize size = QSizeF(text.width(), metrics.ascent() + metrics.descent()).toSize();
        const QRect placed = QStyle::alignedRect(item.direction, item.displayAlignment, size, area);
        text.draw(painter, placed.topLeft());
        painter->restore();
    }
    if (item.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(item);
        focus.rect = style->subElementRect(QStyle::SE_ItemViewItemFocusRect, &item, widget);
        focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        focus.backgroundColor = item.palette.color(item.state & QStyle::State_Selected ? QPalette::Highlight : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
}

const CellText &CachedTextDelegate::laidOut(const QString &text, const QFont &font, int width, Qt::TextElideMode elide) const
{
    // The whole text first; only a text wider than its column needs a second, elided entry (per width).
    qsizetype fontIndex = m_fonts.indexOf(font);
    if (fontIndex < 0) {
        if (m_fonts.size() >= 64) { // fonts that keep changing (zoom): start again
            m_fonts.clear();
            m_rawFonts.clear();
            m_texts.clear();
        }
        m_fonts.append(font);
        m_rawFonts.append(QRawFont::fromFont(font));
        fontIndex = m_fonts.size() - 1;
    }
    const QString key = QChar(static_cast<char16_t>(fontIndex + 1)) + text;
    CellText *whole = m_texts.object(key);
    if (!whole) {
        whole = new CellText(CellText::layOut(text, font, m_rawFonts.at(fontIndex)));
        m_texts.insert(key, whole);
    }
    if (whole->width() <= width || elide == Qt::ElideNone)
        return *whole;
    const QString elidedKey = key + QChar(0x1F) + QString::number(width);
    CellText *elided = m_texts.object(elidedKey);
    if (!elided) {
        elided = new CellText(whole->elided(text, font, width, elide));
        m_texts.insert(elidedKey, elided);
        // Inserting may have pushed the whole text out of the cache; it is laid out again when needed.
    }
    return *elided;
}
