#include "LogonThrottle.h"

namespace {
// An address that has not failed for this long starts afresh.
constexpr qint64 kForgetAfterMs = 15 * 60 * 1000;
} // namespace

LogonThrottle::LogonThrottle()
{
    m_clock.start();
}

int LogonThrottle::retryAfterSeconds(const QString &address)
{
    const auto it = m_entries.constFind(address);
    if (it == m_entries.constEnd())
        return 0;
    const qint64 remaining = it->lockedUntilMs - nowMs();
    return remaining > 0 ? static_cast<int>((remaining + 999) / 1000) : 0;
}

void LogonThrottle::recordFailure(const QString &address)
{
    if (m_entries.size() >= kMaxTrackedAddresses && !m_entries.contains(address))
        forgetOldEntries();
    Entry &entry = m_entries[address];
    const qint64 now = nowMs();
    if (entry.failures > 0 && now - entry.lastFailureMs > kForgetAfterMs)
        entry = Entry{};
    ++entry.failures;
    entry.lastFailureMs = now;
    const int excess = entry.failures - kFreeFailures;
    if (excess > 0)
        entry.lockedUntilMs = now + qMin(kMaxLockoutMs, qint64(1000) << qMin(excess - 1, 16));
}

void LogonThrottle::forgetOldEntries()
{
    const qint64 now = nowMs();
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (now - it->lastFailureMs > kForgetAfterMs && it->lockedUntilMs < now)
            it = m_entries.erase(it);
        else
            ++it;
    }
    // Still full (a flood from many addresses): drop the whole table rather than grow without bound.
    if (m_entries.size() >= kMaxTrackedAddresses)
        m_entries.clear();
}
