#pragma once

#include "CachedTextDelegate.h"

// Draws a percentage cell (CPU, memory) as a bar behind its text, so a busy server stands out in a
// long list; the text stays, so the value reads without colour too.
class LoadBarDelegate final : public CachedTextDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadBarDelegate)

public:
    using CachedTextDelegate::CachedTextDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
