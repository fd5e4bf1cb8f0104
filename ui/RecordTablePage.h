#pragma once

#include <QWidget>

class QAbstractItemModel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;
class RecordFilterProxy;

// One page of the console: a filter box, an "only problems" switch and a sortable table whose
// columns can be hidden from the header's context menu; header state is remembered per page.
class RecordTablePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordTablePage)

public:
    RecordTablePage(const QString &settingsKey, QAbstractItemModel *model, int defaultSortColumn, QWidget *parent = nullptr);
    ~RecordTablePage() override;

    QTableView *view() const { return m_view; }
    RecordFilterProxy *proxy() const { return m_proxy; }
    QLineEdit *filterEdit() const { return m_filter; }
    // The id of the selected record, or 0.
    int selectedId() const;
    void selectId(int id);
    void setProblemsFilterAvailable(bool available);
    // Widens column (never narrows it) whenever its texts change, so no value reads "Dis…",
    // whatever width was remembered or the first data suggested.
    void keepColumnFitting(int column);
    // The visible rows as CSV (header first), for "Export to CSV".
    QString toCsv() const;
    // Before the first rows come: what the console is waiting for, written in the empty table (an
    // empty table must not look like an empty farm). Goes by itself when rows come.
    void showWaiting(const QString &what);
    void hideWaiting();
    // The waiting text on show, or empty.
    QString waitingText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void selectionChanged();
    void activated(); // double-click or Return on a row

private:
    void widenCutTitles();
    void showHeaderMenu(const QPoint &position);
    void updateSearchColumns();

    QString m_settingsKey;
    // Whether the columns have a layout worth remembering: restored, or fitted to the first data.
    // A console closed before its first load must not save the default widths over that.
    bool m_layoutSettled = false;
    QLineEdit *m_filter;
    QCheckBox *m_problemsOnly;
    QTableView *m_view;
    RecordFilterProxy *m_proxy;
    // Over the viewport, not in the layout: showing or hiding it moves nothing (hiding a bar above
    // the table made the page lay out and repaint all 10,000 rows again at the end of a load).
    QLabel *m_waiting;
};
