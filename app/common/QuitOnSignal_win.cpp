#include "QuitOnSignal.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <windows.h>

namespace {

// Set once the event loop has returned and this object is being destroyed: a console that is closing
// waits for it, because Windows ends the process as soon as the handler returns.
HANDLE s_finished = nullptr;

BOOL WINAPI handleConsoleEvent(DWORD event)
{
    switch (event) {
    case CTRL_C_EVENT:
    case CTRL_BREAK_EVENT:
    case CTRL_CLOSE_EVENT:
    case CTRL_LOGOFF_EVENT:
    case CTRL_SHUTDOWN_EVENT:
        break;
    default:
        return FALSE;
    }
    // This runs on a thread the system made for it; posting an event is the thread-safe way in.
    if (auto *app = QCoreApplication::instance())
        QMetaObject::invokeMethod(app, &QCoreApplication::quit, Qt::QueuedConnection);
    // For Ctrl+C the process lives on by itself; for a closing console window, log-off or shut-down it
    // ends when this function returns, so give the event loop a few seconds to finish (log off, flush).
    if (event != CTRL_C_EVENT && event != CTRL_BREAK_EVENT && s_finished)
        WaitForSingleObject(s_finished, 4000);
    return TRUE;
}

} // namespace

QuitOnSignal::QuitOnSignal(QObject *parent)
    : QObject(parent)
{
    s_finished = CreateEventW(nullptr, TRUE, FALSE, nullptr);
    SetConsoleCtrlHandler(&handleConsoleEvent, TRUE);
}

QuitOnSignal::~QuitOnSignal()
{
    SetConsoleCtrlHandler(&handleConsoleEvent, FALSE);
    // Left open on purpose: a handler thread may still be waiting on it while the process ends.
    if (s_finished)
        SetEvent(s_finished);
}
