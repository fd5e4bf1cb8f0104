#include "FaultInjector.h"

#include <utility>

FaultInjector::FaultInjector(double rate, quint32 seed)
    : m_rate(rate)
    , m_random(seed)
{
}

FaultInjector::Fault FaultInjector::next()
{
    if (m_once != Fault::None)
        return std::exchange(m_once, Fault::None);
    if (m_rate <= 0.0 || m_kinds.isEmpty())
        return Fault::None;
    if (m_random.generateDouble() >= m_rate)
        return Fault::None;
    return m_kinds.at(static_cast<int>(m_random.bounded(static_cast<quint32>(m_kinds.size()))));
}
