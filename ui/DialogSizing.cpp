#include "DialogSizing.h"

#include <QLayout>
#include <QWidget>

namespace DialogSizing {

void reserveWidth(QWidget *inside, int characters)
{
    // On a widget inside, not on the window: an explicit minimum on the window would replace the one
    // its layout keeps (height included), and fields could then be squeezed again.
    inside->setMinimumWidth(inside->fontMetrics().averageCharWidth() * characters);
}

void growToFit(QWidget *dialog)
{
    QLayout *layout = dialog->layout();
    // Before it is shown, show() sizes the window to its content anyway.
    if (!layout || !dialog->isVisible())
        return;
    layout->invalidate();
    layout->activate();
    const int width = qMax(dialog->width(), dialog->minimumSizeHint().width());
    // Word-wrapped labels need more height the narrower they are: ask for the height at this width.
    int height = dialog->hasHeightForWidth() ? dialog->heightForWidth(width) : dialog->sizeHint().height();
    height = qMax(height, dialog->minimumSizeHint().height());
    if (width > dialog->width() || height > dialog->height())
        dialog->resize(qMax(width, dialog->width()), qMax(height, dialog->height()));
}

} // namespace DialogSizing
