#pragma once

#include <QObject>

class QSocketNotifier;

// Quits the application's event loop on SIGINT or SIGTERM. The handler only writes a byte to a
// socket pair (the one async-signal-safe way to reach Qt); the event loop does the rest.
class QuitOnSignal final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuitOnSignal)

public:
    explicit QuitOnSignal(QObject *parent = nullptr);
    ~QuitOnSignal() override;

private:
    static void handle(int signal);

    QSocketNotifier *m_notifier = nullptr;
    static int s_fds[2];
};
