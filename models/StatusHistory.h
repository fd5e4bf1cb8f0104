#pragma once

#include "AgentStatus.h"

#include <QHash>
#include <QList>

// The last hour of CPU and memory per server, for the sparkline of the selected broker. Each
// server keeps at most kCapacity samples in a ring, and servers that left the farm are forgotten,
// so memory stays bounded however long the console runs.
class StatusHistory
{
public:
    struct Sample
    {
        qint64 timeMs = 0;
        quint8 cpu = 0;
        quint8 memory = 0;
        bool measured = true; // false: the server reported no load (disconnected, not applied), a gap in the chart
    };

    static constexpr int kCapacity = 720;          // one hour at the fastest refresh (5 s)
    static constexpr qint64 kWindowMs = 3600 * 1000;

    void record(int id, qint64 timeMs, int cpu, int memory);
    // The load of a status, or a gap when the agent had none to report (disconnected, not applied).
    void record(const AgentStatus &status, qint64 timeMs);
    // A refresh at which the server had no load to report: drawn as a gap, not as 0 %.
    void recordGap(int id, qint64 timeMs);
    // Oldest first, only samples within the last hour before nowMs.
    QList<Sample> samples(int id, qint64 nowMs) const;
    // Drops servers not in ids.
    void retain(const QList<int> &ids);
    void clear() { m_rings.clear(); }
    int serverCount() const { return static_cast<int>(m_rings.size()); }

private:
    void append(int id, const Sample &sample);

    struct Ring
    {
        QList<Sample> samples; // grows to kCapacity, then overwrites at next
        int next = 0;
    };
    QHash<int, Ring> m_rings;
};
