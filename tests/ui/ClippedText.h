#pragma once

#include <QString>
#include <QStringList>

class QWidget;

// Finds text that does not fit the widget showing it: labels, buttons, check boxes, group box titles,
// tab titles, combo boxes, placeholders, table and tree column headers, and toolbar buttons pushed
// into the overflow menu. A translation that is longer than the English it replaces shows up here
// as the widget, its text and how many pixels it needs against how many it has.
class ClippedText final
{
public:
    // Every visible widget under root (root included), as one line per clipped text.
    static QStringList find(QWidget *root);

private:
    static void inspect(QWidget *widget, QStringList *problems);
};
