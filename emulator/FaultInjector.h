#pragma once

#include <QList>
#include <QRandomGenerator>

// Turns a fraction of requests into the failures a client meets on real networks: a 500, a
// connection dropped without an answer, a stall past any sensible timeout, or a 200 whose JSON
// is cut off. The generator is seedable so tests can replay the same sequence.
class FaultInjector
{
public:
    enum class Fault { None, ServerError, DropConnection, Stall, MalformedJson };

    explicit FaultInjector(double rate = 0.0, quint32 seed = QRandomGenerator::system()->generate());

    double rate() const { return m_rate; }
    void setRate(double rate) { m_rate = rate; }
    // Restricts the faults drawn (all four by default).
    void setKinds(const QList<Fault> &kinds) { m_kinds = kinds; }
    // The next request gets this fault, whatever the rate (tests lose one chosen answer).
    void injectOnce(Fault fault) { m_once = fault; }

    Fault next();

private:
    double m_rate = 0.0;
    QList<Fault> m_kinds{Fault::ServerError, Fault::DropConnection, Fault::Stall, Fault::MalformedJson};
    QRandomGenerator m_random;
    Fault m_once = Fault::None;
};
