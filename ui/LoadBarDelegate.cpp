#include "LoadBarDelegate.h"

#include "RecordTableModel.h"
#include "Theme.h"

#include <QPainter>

void LoadBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant raw = index.data(RecordTableModel::SortRole);
    const int percent = raw.isValid() ? raw.toInt() : -1;
    if (percent >= 0 && !(option.state & QStyle::State_Selected)) {
        QRect bar = option.rect.adjusted(2, 3, -2, -3);
        bar.setWidth(bar.width() * qBound(0, percent, 100) / 100);
        // Green up to 70 %, amber to 90 %, red above: the thresholds RAS administrators watch.
        painter->fillRect(bar, Theme::loadColor(option.palette, percent));
    }
    QStyleOptionViewItem textOption(option);
    textOption.backgroundBrush = Qt::NoBrush;
    CachedTextDelegate::paint(painter, textOption, index);
}
