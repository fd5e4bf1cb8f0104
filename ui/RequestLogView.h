#pragma once

#include <QTableView>
#include <QUrl>
#include <functional>

class RequestLogModel;

// The request log table of the dock. New requests scroll into view only while the administrator is
// already at the bottom, so reading older entries is not interrupted; "Copy as curl" copies the row
// that was right-clicked; column widths are remembered between sessions.
class RequestLogView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestLogView)

public:
    // baseUrl: the server the logged paths are relative to, asked when a command is copied.
    RequestLogView(RequestLogModel *model, std::function<QUrl()> baseUrl, QWidget *parent = nullptr);
    ~RequestLogView() override;

    // The curl command of a row ("$RAS_TOKEN" in place of the token), or empty.
    QString curlCommandAt(int row) const;
    bool followsTail() const { return m_followTail; }

signals:
    // The command was put on the clipboard.
    void curlCopied();

private:
    void showContextMenu(const QPoint &position);
    void rememberWidths() const;

    RequestLogModel *m_model;
    std::function<QUrl()> m_baseUrl;
    bool m_followTail = true;
};
