#pragma once

#include <QStatusBar>

class FarmController;
struct RasError;
class QLabel;

// The window's status bar: server and administrator, changes not applied yet, a "working" hint
// while requests are in flight, and when the data was last refreshed.
class ConsoleStatusBar final : public QStatusBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleStatusBar)

public:
    explicit ConsoleStatusBar(FarmController *farm, QWidget *parent = nullptr);

    void showCurrent();
    void showRefreshFailing(int failures, int nextSeconds, const RasError &error);

private:
    FarmController *m_farm;
    QLabel *m_server;
    QLabel *m_unencrypted; // shown while the session uses plain http://
    QLabel *m_pending;
    QLabel *m_busy;
    QLabel *m_refreshed;
};
