#pragma once

#include "ColumnRanks.h"
#include "SortKey.h"

#include <QSortFilterProxyModel>
#include <QElapsedTimer>

// What every table view sits on: a case-insensitive text filter over the visible columns, natural
// sorting on the models' raw SortRole ("cb-2" before "cb-10", 9 % before 10 %), and an
// "only problems" switch that hides servers whose health is good or that are switched off.
//
// At 10,000 rows a keystroke or a click on a header must not ask the model to format 100,000
// cells again: each row's searchable text (case-folded) and each row's key for the sort column
// are kept, and only the rows the model reports as changed are read again. The searchable texts,
// then every column's order (ColumnRanks), are prepared while the event loop is idle, a few
// milliseconds at a time, so even the first keystroke or click after a load only compares. When
// most rows change at once, their texts are read again while idle too, and the filter follows
// them a few turns of the event loop later (a small change is filtered at once).
class RecordFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordFilterProxy)

public:
    explicit RecordFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setText(const QString &text);
    QString text() const { return m_text; }
    void setProblemsOnly(bool problemsOnly);
    bool problemsOnly() const { return m_problemsOnly; }
    // The columns the text is looked for in (the view's visible ones); empty means all.
    void setSearchColumns(const QList<int> &columns);
    // Whether the rows' order by this column has been worked out ahead (a sort then reads no cell).
    bool knowsOrderOf(int column) const { return m_ranks.isReady(column); }
    // Whether some rows are filtered by texts older than their cells (a large change, read again
    // while idle): the filter's result then follows in a few turns of the event loop.
    bool hasStaleTexts() const { return m_staleFirst >= 0; }
    // Only rows of this Site (0: every Site).
    void setSiteId(int siteId);
    int siteId() const { return m_siteId; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const QByteArray &searchText(int sourceRow) const;
    void refilter();
    // Reads the searchable texts from sourceRow on while the event loop is idle (IdleWork), then
    // the columns' ranks that are not known.
    void prepareSearchTextsFrom(int sourceRow);
    // One slice of that; true when everything is prepared.
    bool prepareSome(const QElapsedTimer &slice, qint64 sliceNs);
    void forgetRanks();
    const SortKey &sortKey(const QModelIndex &sourceIndex) const;
    bool isSearched(int column) const;
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void sourceRowsInserted(int first, int last);
    void sourceRowsRemoved(int first, int last);
    void sourceRowsMoved(int first, int last, int destination);
    void forgetAll();
    // Stale texts (see m_staleFirst) become texts to read again before the rows move.
    void dropStaleTexts();
    // Reads the stale texts again, as many as fit into the slice. When all are read and a row's
    // text changed, the filter is applied again.
    void refreshStaleTexts(const QElapsedTimer &slice, qint64 sliceNs);
    void forgetStaleRange();

    QString m_text;
    QByteArray m_foldedText; // UTF-8, as the kept texts

    bool m_problemsOnly = false;
    int m_siteId = 0;
    QList<int> m_columns;
    QList<int> m_clockColumns; // never searched (RecordTableModel::FollowsClockRole)
    // Per source row; a null text or an Unknown key is one to read again. Texts are case-folded
    // UTF-8: half the memory of QString, and searching folded bytes finds the same matches.
    mutable QList<QByteArray> m_searchTexts;
    mutable QList<SortKey> m_sortKeys;
    mutable int m_sortKeyColumn = -1;
    ColumnRanks m_ranks;
    QList<QMetaObject::Connection> m_sourceConnections;
    int m_preparedUpTo = 0;
    // Rows whose cells changed in a large block (a status refresh of most servers): their texts
    // are still the old ones and the filter decides by them until they are read again while
    // idle. Reading 10,000 texts at once, inside the model's signal, froze the window for 60 ms
    // on every such refresh whenever a filter was typed. -1: none.
    int m_staleFirst = -1;
    int m_staleLast = -1;
    int m_staleNext = -1;
    bool m_staleTextChanged = false;
};
