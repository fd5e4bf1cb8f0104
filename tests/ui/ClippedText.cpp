#include "ClippedText.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStyleOptionFrame>
#include <QStyleOptionHeader>
#include <QStyleOptionTab>
#include <QTabBar>
#include <QToolBar>
#include <QTreeView>
#include <functional>

namespace {

// "&Server:" is drawn as "Server:"; "&&" as "&".
QString withoutMnemonic(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

QString describe(const QWidget *widget, const QString &text)
{
    QString name = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        name += QLatin1Char('#') + widget->objectName();
    return name + QStringLiteral(" \"") + text + QLatin1Char('"');
}

void report(QStringList *problems, const QWidget *widget, const QString &text, int needed, int available)
{
    *problems << QStringLiteral("%1 needs %2 px, has %3 px").arg(describe(widget, text)).arg(needed).arg(available);
}

void inspectLabel(const QLabel *label, QStringList *problems)
{
    if (label->text().isEmpty() || label->pixmap().cacheKey() != 0)
        return;
    if (label->wordWrap()) {
        const int needed = label->heightForWidth(label->width());
        if (needed > label->height())
            *problems << QStringLiteral("%1 needs %2 px height, has %3 px")
                             .arg(describe(label, label->text()))
                             .arg(needed)
                             .arg(label->height());
        return;
    }
    // QLabel's minimum size hint is the whole text on its lines, plus margin and indent.
    const int needed = label->minimumSizeHint().width();
    if (needed > label->width())
        report(problems, label, label->text(), needed, label->width());
}

void inspectButton(const QAbstractButton *button, QStringList *problems)
{
    if (button->text().isEmpty())
        return;
    const int needed = button->sizeHint().width();
    if (needed > button->width())
        report(problems, button, withoutMnemonic(button->text()), needed, button->width());
}

// What the header needs to draw one section's text unelided, computed as QHeaderView does when it sizes a
// section to its contents (text, margins, and the sort arrow on the sorted section).
int headerTextWidth(const QHeaderView *header, int section, const QString &text)
{
    QStyleOptionHeader option;
    option.initFrom(header);
    option.section = section;
    option.text = text;
    const QVariant font = header->model()->headerData(section, Qt::Horizontal, Qt::FontRole);
    option.fontMetrics = font.isValid() ? QFontMetrics(font.value<QFont>()) : header->fontMetrics();
    QSize size = header->style()->sizeFromContents(QStyle::CT_HeaderSection, &option, QSize(), header);
    if (header->isSortIndicatorShown() && header->sortIndicatorSection() == section)
        size.rwidth() += size.height() + header->style()->pixelMetric(QStyle::PM_HeaderMargin, &option, header);
    return size.width();
}

void inspectHeader(const QHeaderView *header, QStringList *problems)
{
    if (header->orientation() != Qt::Horizontal || !header->isVisible() || !header->model())
        return;
    for (int section = 0; section < header->count(); ++section) {
        if (header->isSectionHidden(section) || header->sectionSize(section) == 0)
            continue;
        const QString text = header->model()->headerData(section, Qt::Horizontal, Qt::DisplayRole).toString();
        if (text.isEmpty())
            continue;
        const int needed = headerTextWidth(header, section, text);
        if (needed > header->sectionSize(section))
            report(problems, header, text, needed, header->sectionSize(section));
    }
}

// A tab's width for its whole title, as QTabBar::tabSizeHint computes it.
int tabTextWidth(const QTabBar *tabs, int tab)
{
    QStyleOptionTab option;
    option.initFrom(tabs);
    option.text = tabs->tabText(tab);
    option.shape = tabs->shape();
    const int frame = tabs->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, &option, tabs);
    const int icon = tabs->tabIcon(tab).isNull() ? 0 : tabs->iconSize().width() + 4;
    const QSize contents(tabs->fontMetrics().horizontalAdvance(withoutMnemonic(option.text)) + icon + frame,
                         tabs->fontMetrics().height());
    return tabs->style()->sizeFromContents(QStyle::CT_TabBarTab, &option, contents, tabs).width();
}

void inspectTabs(const QTabBar *tabs, QStringList *problems)
{
    for (int tab = 0; tab < tabs->count(); ++tab) {
        if (!tabs->isTabVisible(tab))
            continue;
        const int needed = tabTextWidth(tabs, tab);
        if (needed > tabs->tabRect(tab).width())
            report(problems, tabs, withoutMnemonic(tabs->tabText(tab)), needed, tabs->tabRect(tab).width());
    }
}

void inspectPlaceholder(const QLineEdit *edit, QStringList *problems)
{
    if (edit->placeholderText().isEmpty() || !edit->text().isEmpty())
        return;
    QStyleOptionFrame option;
    option.initFrom(edit);
    option.lineWidth = edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit) : 0;
    const QRect contents = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit);
    const QMargins margins = edit->textMargins();
    // QLineEdit keeps 2 px on each side of its text (its horizontalMargin).
    const int available = contents.width() - margins.left() - margins.right() - 4;
    const int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
    if (needed > available)
        report(problems, edit, edit->placeholderText(), needed, available);
}

void inspectToolBar(const QToolBar *toolbar, QStringList *problems)
{
    for (QAction *action : toolbar->actions()) {
        if (!action->isVisible() || action->isSeparator())
            continue;
        const QWidget *button = toolbar->widgetForAction(action);
        if (button && !button->isVisible())
            *problems << QStringLiteral("QToolBar#%1: %2 does not fit and went into the overflow menu (toolbar %3 px)")
                             .arg(toolbar->objectName(),
                                  action->text().isEmpty() ? describe(button, QString())
                                                           : QLatin1Char('"') + withoutMnemonic(action->text()) + QLatin1Char('"'))
                             .arg(toolbar->width());
    }
}

// A tree's items (the navigation tree): each expanded item's text, icon and indentation must fit
// the column, which the tree cuts at the viewport's edge.
void inspectTree(const QTreeView *tree, QStringList *problems)
{
    if (!tree->model())
        return;
    QStyleOptionViewItem option;
    option.initFrom(tree);
    option.font = tree->font();
    option.decorationSize = tree->iconSize().isValid()
                                ? tree->iconSize()
                                : QSize(tree->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, tree),
                                        tree->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, tree));
    // Cut at the viewport's edge, elided or scrolled out of sight: either way unread.
    const int available = tree->viewport()->width();
    std::function<void(const QModelIndex &)> visit = [&](const QModelIndex &parent) {
        for (int row = 0; row < tree->model()->rowCount(parent); ++row) {
            const QModelIndex index = tree->model()->index(row, 0, parent);
            if (tree->isRowHidden(row, parent))
                continue;
            const QRect rect = tree->visualRect(index);
            const int needed = rect.x() + tree->itemDelegateForIndex(index)->sizeHint(option, index).width();
            if (needed > available)
                report(problems, tree, index.data().toString(), needed, available);
            if (tree->isExpanded(index))
                visit(index);
        }
    };
    visit(QModelIndex());
}

} // namespace

QStringList ClippedText::find(QWidget *root)
{
    QStringList problems;
    inspect(root, &problems);
    const auto children = root->findChildren<QWidget *>();
    for (QWidget *child : children)
        inspect(child, &problems);
    problems.removeDuplicates();
    return problems;
}

void ClippedText::inspect(QWidget *widget, QStringList *problems)
{
    if (!widget->isVisible() || widget->width() <= 0)
        return;
    if (auto *label = qobject_cast<QLabel *>(widget))
        inspectLabel(label, problems);
    else if (auto *button = qobject_cast<QAbstractButton *>(widget))
        inspectButton(button, problems);
    else if (auto *header = qobject_cast<QHeaderView *>(widget))
        inspectHeader(header, problems);
    else if (auto *tabs = qobject_cast<QTabBar *>(widget))
        inspectTabs(tabs, problems);
    else if (auto *edit = qobject_cast<QLineEdit *>(widget))
        inspectPlaceholder(edit, problems);
    else if (auto *toolbar = qobject_cast<QToolBar *>(widget))
        inspectToolBar(toolbar, problems);
    else if (auto *tree = qobject_cast<QTreeView *>(widget))
        inspectTree(tree, problems);
    else if (auto *combo = qobject_cast<QComboBox *>(widget); combo && !combo->isEditable()) {
        const int needed = combo->sizeHint().width();
        if (needed > combo->width())
            report(problems, combo, combo->currentText(), needed, combo->width());
    }
    if (auto *group = qobject_cast<QGroupBox *>(widget); group && !group->title().isEmpty()) {
        // The title sits on the frame: its text plus the check box, if any, must fit the box.
        const int needed = group->minimumSizeHint().width();
        if (needed > group->width())
            report(problems, group, withoutMnemonic(group->title()), needed, group->width());
    }
}
