#include "SessionStore.h"

#include <QRandomGenerator>

SessionStore::SessionStore(int idleSeconds)
    : m_idleSeconds(idleSeconds)
{
    m_clock.start();
}

QByteArray SessionStore::open(const QString &user)
{
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
    const QByteArray token = raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    m_sessions.insert(token, Session{user, m_nextSessionId++, nowMs()});
    return token;
}

const SessionStore::Session *SessionStore::touch(const QByteArray &token)
{
    if (token.isEmpty())
        return nullptr;
    auto it = m_sessions.find(token);
    if (it == m_sessions.end())
        return nullptr;
    const qint64 now = nowMs();
    if (m_idleSeconds > 0 && now - it->lastUsedMs > qint64(m_idleSeconds) * 1000) {
        m_sessions.erase(it);
        return nullptr;
    }
    it->lastUsedMs = now;
    return &it.value();
}

void SessionStore::close(const QByteArray &token)
{
    m_sessions.remove(token);
}

bool SessionStore::closeById(int sessionId)
{
    for (auto it = m_sessions.begin(); it != m_sessions.end(); ++it) {
        if (it->sessionId == sessionId) {
            m_sessions.erase(it);
            return true;
        }
    }
    return false;
}
