#pragma once

#include <QObject>

// Quits the application's event loop when the user asks the process to stop: SIGINT or SIGTERM on
// POSIX systems, Ctrl+C, Ctrl+Break or closing the console window on Windows. The platform handlers run
// outside the event loop (a signal handler; a thread the system creates), so each only pokes the event
// loop in the one way that is safe there and lets it do the rest.
class QuitOnSignal final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuitOnSignal)

public:
    explicit QuitOnSignal(QObject *parent = nullptr);
    ~QuitOnSignal() override;
};
