#include "CachedTextDelegate.h"

#include <QHeaderView>
#include <QImage>
#include <QStandardItemModel>
#include <QTableView>
#include <QtTest>

class TestCachedTextDelegate : public QObject
{
    Q_OBJECT

private slots:
    void drawsWhereQtsDelegateDraws();
    void repaintLaysNothingOutAgain();
    void sizesAreQtsSizes();
};

namespace {

QStandardItemModel *makeModel(QObject *parent)
{
    auto *model = new QStandardItemModel(4, 2, parent);
    model->setItem(0, 0, new QStandardItem(QStringLiteral("ras-cb01.corp.example.com")));
    model->setItem(0, 1, new QStandardItem(QStringLiteral("42 %")));
    model->item(0, 1)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Too wide for its column: elided, as Qt's delegate would.
    model->setItem(1, 0, new QStandardItem(QStringLiteral("a description far too long for the column it is shown in")));
    model->setItem(1, 1, new QStandardItem(QStringLiteral("Primary")));
    QFont bold;
    bold.setBold(true);
    model->item(1, 1)->setFont(bold);
    model->setItem(2, 0, new QStandardItem(QString()));
    // A check box and nothing else, as the Enabled column shows it.
    auto *enabled = new QStandardItem;
    enabled->setCheckable(true);
    enabled->setCheckState(Qt::Checked);
    model->setItem(2, 1, enabled);
    // A state with its colour in front, as the State column shows it.
    auto *state = new QStandardItem(QStringLiteral("Disconnected"));
    state->setData(QColor(Qt::darkGreen), Qt::DecorationRole);
    model->setItem(3, 0, state);
    return model;
}

QImage render(QAbstractItemDelegate *delegate, bool selectFirstRow)
{
    QTableView view;
    QStandardItemModel *model = makeModel(&view);
    view.setModel(model);
    view.setItemDelegate(delegate);
    view.setWordWrap(false);
    view.verticalHeader()->hide();
    view.setColumnWidth(0, 180);
    view.setColumnWidth(1, 90);
    view.resize(320, 180);
    if (selectFirstRow)
        view.selectRow(0);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return {};
    return view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
}

// The box around a cell's ink: pixels that differ clearly from the cell's background.
QRect inkBox(const QImage &image, const QRect &cell)
{
    const QRgb background = image.pixel(cell.left() + 1, cell.bottom() - 1);
    QRect box;
    for (int y = cell.top() + 1; y < cell.bottom() - 1; ++y) {
        for (int x = cell.left() + 2; x < cell.right() - 1; ++x) {
            const QRgb pixel = image.pixel(x, y);
            const int difference = qAbs(qGray(pixel) - qGray(background));
            if (difference > 80)
                box |= QRect(x, y, 1, 1);
        }
    }
    return box;
}

} // namespace

void TestCachedTextDelegate::drawsWhereQtsDelegateDraws()
{
    for (const bool selected : {false, true}) {
        QStyledItemDelegate qtDelegate;
        CachedTextDelegate cached;
        const QImage expected = render(&qtDelegate, selected);
        const QImage actual = render(&cached, selected);
        QVERIFY(!expected.isNull() && !actual.isNull());
        QTableView geometry;
        geometry.setModel(makeModel(&geometry));
        geometry.verticalHeader()->hide();
        geometry.setColumnWidth(0, 180);
        geometry.setColumnWidth(1, 90);
        for (int row = 0; row < 4; ++row) {
            for (int column = 0; column < 2; ++column) {
                const QRect cell = geometry.visualRect(geometry.model()->index(row, column));
                const QRect want = inkBox(expected, cell);
                const QRect got = inkBox(actual, cell);
                // The same place and extent within a pixel or two (glyph positions may round differently).
                QCOMPARE(got.isNull(), want.isNull());
                if (want.isNull())
                    continue;
                QVERIFY2(qAbs(got.left() - want.left()) <= 2 && qAbs(got.right() - want.right()) <= 2
                             && qAbs(got.top() - want.top()) <= 2 && qAbs(got.bottom() - want.bottom()) <= 2,
                         qPrintable(QStringLiteral("row %1 column %2 selected %3: ink at %4,%5 %6x%7, Qt's at %8,%9 %10x%11")
                                        .arg(row).arg(column).arg(selected)
                                        .arg(got.x()).arg(got.y()).arg(got.width()).arg(got.height())
                                        .arg(want.x()).arg(want.y()).arg(want.width()).arg(want.height())));
            }
        }
    }
}

void TestCachedTextDelegate::repaintLaysNothingOutAgain()
{
    CachedTextDelegate delegate;
    QTableView view;
    view.setModel(makeModel(&view));
    view.setItemDelegate(&delegate);
    view.setColumnWidth(0, 180);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.viewport()->grab();
    const int laidOut = delegate.cachedTexts();
    QVERIFY(laidOut >= 4); // four texts, one of them also elided
    view.viewport()->grab();
    QCOMPARE(delegate.cachedTexts(), laidOut);
    view.setItemDelegate(nullptr);
}

void TestCachedTextDelegate::sizesAreQtsSizes()
{
    // Remembered per text and look, a cell's size is still exactly what Qt's delegate measures:
    // plain, bold, with a colour icon, with a check box; asked twice (the second time from memory).
    QTableView view;
    QStandardItemModel *model = makeModel(&view);
    view.setModel(model);
    CachedTextDelegate cached;
    QStyledItemDelegate qtDelegate;
    view.setItemDelegate(&cached);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QStyleOptionViewItem option;
    option.initFrom(view.viewport());
    option.widget = &view;
    option.font = view.font();
    option.decorationSize = view.iconSize().isValid() ? view.iconSize() : QSize(16, 16);
    for (int pass = 0; pass < 2; ++pass) {
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                QCOMPARE(cached.sizeHint(option, index), qtDelegate.sizeHint(option, index));
            }
        }
    }
    view.setItemDelegate(nullptr);
}

QTEST_MAIN(TestCachedTextDelegate)
#include "tst_cachedtextdelegate.moc"
