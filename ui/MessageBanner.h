#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

// An inline message above the content (errors in red, confirmations in green), so a refusal is
// read in place instead of in a popup that hides what the administrator was doing.
class MessageBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)

public:
    enum class Kind { Error, Information };

    explicit MessageBanner(QWidget *parent = nullptr);
    void showMessage(const QString &text, Kind kind);
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    Kind m_kind = Kind::Information;
    bool m_applying = false;
    QLabel *m_label;
    QToolButton *m_close;
};
