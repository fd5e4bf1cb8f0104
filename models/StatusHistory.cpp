#include "StatusHistory.h"

#include <QSet>

void StatusHistory::record(int id, qint64 timeMs, int cpu, int memory)
{
    append(id, Sample{timeMs, static_cast<quint8>(qBound(0, cpu, 100)), static_cast<quint8>(qBound(0, memory, 100)), true});
}

void StatusHistory::record(const AgentStatus &status, qint64 timeMs)
{
    if (status.reportsLoad())
        record(status.numericId, timeMs, status.cpuLoad, status.memLoad);
    else
        recordGap(status.numericId, timeMs);
}

void StatusHistory::recordGap(int id, qint64 timeMs)
{
    append(id, Sample{timeMs, 0, 0, false});
}

void StatusHistory::append(int id, const Sample &sample)
{
    Ring &ring = m_rings[id];
    if (ring.samples.size() < kCapacity) {
        ring.samples.append(sample);
        return;
    }
    ring.samples[ring.next] = sample;
    ring.next = (ring.next + 1) % kCapacity;
}

QList<StatusHistory::Sample> StatusHistory::samples(int id, qint64 nowMs) const
{
    const auto it = m_rings.constFind(id);
    if (it == m_rings.constEnd())
        return {};
    const Ring &ring = *it;
    QList<Sample> ordered;
    ordered.reserve(ring.samples.size());
    const int size = static_cast<int>(ring.samples.size());
    for (int i = 0; i < size; ++i) {
        const Sample &sample = ring.samples.at((ring.next + i) % size);
        if (nowMs - sample.timeMs <= kWindowMs)
            ordered.append(sample);
    }
    return ordered;
}

void StatusHistory::retain(const QList<int> &ids)
{
    const QSet<int> keep(ids.cbegin(), ids.cend());
    for (auto it = m_rings.begin(); it != m_rings.end();) {
        if (keep.contains(it.key()))
            ++it;
        else
            it = m_rings.erase(it);
    }
}
