#pragma once

#include <QDateTime>
#include <QFrame>

class QLabel;
class QPushButton;

// Above a page's table: says when the table is not what the server holds now. Either the data
// was never loaded (the table is empty for that reason, not because the farm has none), or the
// last refresh failed and the rows shown are those of an earlier one. Both offer Retry.
class LoadStateBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadStateBar)

public:
    explicit LoadStateBar(QWidget *parent = nullptr);

    // failure: the failed call and the server's words.
    void showNotLoaded(const QString &failure);
    void showOutOfDate(const QDateTime &lastGood, const QString &failure);
    void showCurrent();
    QString text() const;

signals:
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    QLabel *m_label;
    QPushButton *m_retry;
    bool m_applying = false;
};
