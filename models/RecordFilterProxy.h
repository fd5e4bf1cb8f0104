#pragma once

#include <QSortFilterProxyModel>

// What every table view sits on: a case-insensitive text filter over the visible columns, natural
// sorting on the models' raw SortRole ("cb-2" before "cb-10", 9 % before 10 %), and an
// "only problems" switch that hides servers whose health is good or that are switched off.
class RecordFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordFilterProxy)

public:
    explicit RecordFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    void setProblemsOnly(bool problemsOnly);
    bool problemsOnly() const { return m_problemsOnly; }
    // The columns the text is looked for in (the view's visible ones); empty means all.
    void setSearchColumns(const QList<int> &columns);
    // Only rows of this Site (0: every Site).
    void setSiteId(int siteId);
    int siteId() const { return m_siteId; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    bool m_problemsOnly = false;
    int m_siteId = 0;
    QList<int> m_columns;
};
