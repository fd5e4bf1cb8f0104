#include "LoadBarDelegate.h"

#include "RecordTableModel.h"

#include <QPainter>

void LoadBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant raw = index.data(RecordTableModel::SortRole);
    const int percent = raw.isValid() ? raw.toInt() : -1;
    if (percent >= 0 && !(option.state & QStyle::State_Selected)) {
        QRect bar = option.rect.adjusted(2, 3, -2, -3);
        bar.setWidth(bar.width() * qBound(0, percent, 100) / 100);
        // Green up to 70 %, amber to 90 %, red above: the thresholds RAS administrators watch.
        const QColor colour = percent >= 90 ? QColor(0xef, 0x9a, 0x9a) : percent >= 70 ? QColor(0xff, 0xcc, 0x80)
                                                                                          : QColor(0xa5, 0xd6, 0xa7);
        painter->fillRect(bar, colour);
    }
    QStyleOptionViewItem textOption(option);
    textOption.backgroundBrush = Qt::NoBrush;
    QStyledItemDelegate::paint(painter, textOption, index);
}
