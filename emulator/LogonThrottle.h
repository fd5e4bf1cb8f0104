#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

// Slows down password guessing per client address: a few failed log-ons are free, then every
// further failure locks the address out for twice as long as the last (up to a minute). While an
// address is locked out its log-ons are not even checked; they get 429 with Retry-After.
class LogonThrottle
{
public:
    static constexpr int kFreeFailures = 5;
    static constexpr qint64 kMaxLockoutMs = 60 * 1000;
    static constexpr int kMaxTrackedAddresses = 10000;

    LogonThrottle();

    // 0 when address may try now, else the seconds until it may (rounded up, at least 1).
    int retryAfterSeconds(const QString &address);
    void recordFailure(const QString &address);
    void recordSuccess(const QString &address) { m_entries.remove(address); }

private:
    struct Entry
    {
        int failures = 0;
        qint64 lockedUntilMs = 0;
        qint64 lastFailureMs = 0;
    };
    qint64 nowMs() const { return m_clock.elapsed(); }
    void forgetOldEntries();

    QHash<QString, Entry> m_entries;
    QElapsedTimer m_clock;
};
