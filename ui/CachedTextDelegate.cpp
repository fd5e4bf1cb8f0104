#include "CachedTextDelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QPixmapCache>

namespace {

// Enough for every cell of a few screens of a wide table; a laid-out cell is a few hundred bytes.
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
    const bool hasCheck = item.features & QStyleOptionViewItem::HasCheckIndicator;
    const bool onlyCheck = hasCheck && item.text.isEmpty() && !(item.features & QStyleOptionViewItem::HasDecoration);
    const bool simple = iconOnTheLeft && !hasCheck && !item.text.contains(QChar::LineFeed) && !item.text.contains(QChar::LineSeparator);
    if (!simple && !onlyCheck) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = item.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &item, painter, widget);
    if (onlyCheck) {
        drawCheck(painter, item, style);
        drawFocus(painter, item, style);
        return;
    }
    // What the style draws for an item view cell, laid out as the style lays it out (asking the
    // style for the rectangles would lay the text out again to measure it): an icon in a column
    // of its width plus a margin on each side, the text in the rest, inside the same margins.
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
        // Placed as the style places a laid-out line: its height is ascent plus descent (without
        // the font's leading, which some Windows fonts have), rounded as the style rounds it.
        const QFontMetricsF metrics(item.font);
        const QSize size = QSizeF(text.width(), metrics.ascent() + metrics.descent()).toSize();
        const QRect placed = QStyle::alignedRect(item.direction, item.displayAlignment, size, area);
        const QColor color = item.palette.color(group, item.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text);
        if (text.isFromCharacterMap() && (text.width() <= area.width() || item.textElideMode != Qt::ElideNone)) {
            // Glyphs in their own font that fit the cell: only the pen changes, and is put back
            // (saving and restoring the painter's whole state for each cell cost more than the text).
            const QPen pen = painter->pen();
            painter->setPen(color);
            text.draw(painter, placed.topLeft());
            painter->setPen(pen);
        } else {
            painter->save();
            painter->setPen(color);
            painter->setFont(item.font);
            painter->setClipRect(area, Qt::IntersectClip);
            text.draw(painter, placed.topLeft());
            painter->restore();
        }
    }
    drawFocus(painter, item, style);
}

QSize CachedTextDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QWidget *widget = option.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    if (style != m_sizesStyle || m_sizes.size() > kCachedTexts) {
        m_sizes.clear();
        m_sizesStyle = style;
    }
    // What the style's measure of a one-line cell depends on, read without initStyleOption (which
    // makes an icon of a colour and copies the palette for every cell): the text, the font, and
    // whether there is a text at all, an icon or a check box.
    const QVariant display = index.data(Qt::DisplayRole);
    const QString text = display.isValid() ? displayText(display, option.locale) : QString();
    if (text.contains(QChar::LineFeed) || text.contains(QChar::LineSeparator) || option.features & QStyleOptionViewItem::WrapText)
        return QStyledItemDelegate::sizeHint(option, index);
    const QVariant fontData = index.data(Qt::FontRole);
    const QFont font = fontData.isValid() ? qvariant_cast<QFont>(fontData).resolve(option.font) : option.font;
    const int flags = (index.data(Qt::DecorationRole).isValid() ? 1 : 0) | (index.data(Qt::CheckStateRole).isValid() ? 2 : 0)
                      | (display.isValid() ? 4 : 0);
    const QString key = QChar(static_cast<char16_t>(fontIndexOf(font) + 1)) + QChar(static_cast<char16_t>(flags + 1)) + text;
    const auto known = m_sizes.constFind(key);
    if (known != m_sizes.constEnd())
        return *known;
    const QSize size = QStyledItemDelegate::sizeHint(option, index);
    m_sizes.insert(key, size);
    return size;
}

qsizetype CachedTextDelegate::fontIndexOf(const QFont &font) const
{
    qsizetype fontIndex = m_fonts.indexOf(font);
    if (fontIndex < 0) {
        if (m_fonts.size() >= 64) { // fonts that keep changing (zoom): start again
            m_fonts.clear();
            m_rawFonts.clear();
            m_texts.clear();
            m_sizes.clear();
        }
        m_fonts.append(font);
        m_rawFonts.append(QRawFont::fromFont(font));
        fontIndex = m_fonts.size() - 1;
    }
    return fontIndex;
}

void CachedTextDelegate::drawFocus(QPainter *painter, const QStyleOptionViewItem &item, const QStyle *style) const
{
    if (!(item.state & QStyle::State_HasFocus))
        return;
    QStyleOptionFocusRect focus;
    focus.QStyleOption::operator=(item);
    focus.rect = style->subElementRect(QStyle::SE_ItemViewItemFocusRect, &item, item.widget);
    focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
    focus.backgroundColor = item.palette.color(item.state & QStyle::State_Selected ? QPalette::Highlight : QPalette::Window);
    style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, item.widget);
}

void CachedTextDelegate::drawCheck(QPainter *painter, const QStyleOptionViewItem &item, const QStyle *style) const
{
    // The style's check box for an item view cell, drawn once per look (state, size, palette)
    // into a pixmap: the style draws it from gradients and paths, a column of them per page.
    QStyleOptionViewItem check(item);
    check.rect = style->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &item, item.widget);
    check.state = check.state & ~QStyle::State_HasFocus;
    switch (item.checkState) {
    case Qt::Unchecked: check.state |= QStyle::State_Off; break;
    case Qt::PartiallyChecked: check.state |= QStyle::State_NoChange; break;
    case Qt::Checked: check.state |= QStyle::State_On; break;
    }
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
    const QString key = QStringLiteral("ras-check-%1-%2x%3-%4-%5-%6")
                            .arg(static_cast<uint>(check.state))
                            .arg(check.rect.width())
                            .arg(check.rect.height())
                            .arg(check.palette.cacheKey())
                            .arg(ratio)
                            .arg(reinterpret_cast<quintptr>(style));
    QPixmap pixmap;
    if (!QPixmapCache::find(key, &pixmap)) {
        pixmap = QPixmap((QSizeF(check.rect.size()) * ratio).toSize());
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter drawing(&pixmap);
        QStyleOptionViewItem atOrigin(check);
        atOrigin.rect.moveTo(0, 0);
        style->drawPrimitive(QStyle::PE_IndicatorItemViewItemCheck, &atOrigin, &drawing, item.widget);
        drawing.end();
        QPixmapCache::insert(key, pixmap);
    }
    painter->drawPixmap(check.rect.topLeft(), pixmap);
}

const CellText &CachedTextDelegate::laidOut(const QString &text, const QFont &font, int width, Qt::TextElideMode elide) const
{
    // The whole text first; only a text wider than its column needs a second, elided entry (per width).
    const qsizetype fontIndex = fontIndexOf(font);
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
