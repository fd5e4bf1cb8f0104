#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QString>

// The administrator sessions of the emulated Web Administration Service: random tokens that
// expire after a configurable idle time, as WebAdminService.Session.Expire does on a real server.
class SessionStore
{
public:
    struct Session
    {
        QString user;
        int sessionId = 0;
        qint64 lastUsedMs = 0;
    };

    explicit SessionStore(int idleSeconds = 0);

    QByteArray open(const QString &user);
    // The session of token, refreshed, or nullptr when unknown or idle for too long.
    const Session *touch(const QByteArray &token);
    void close(const QByteArray &token);
    // "LogOff Other Admin": ends the session with that id; false when there is none.
    bool closeById(int sessionId);
    int count() const { return static_cast<int>(m_sessions.size()); }
    void setIdleSeconds(int seconds) { m_idleSeconds = seconds; }
    // Lets the sessions' clock run ahead, as if nobody had used them for ms: tests see a session
    // expire without waiting for it.
    void passTime(qint64 ms) { m_offsetMs += ms; }

private:
    qint64 nowMs() const { return m_clock.elapsed() + m_offsetMs; }

    QHash<QByteArray, Session> m_sessions;
    QElapsedTimer m_clock;
    int m_idleSeconds = 0; // 0: sessions never expire
    qint64 m_offsetMs = 0;
    int m_nextSessionId = 1;
};
