#include "IdleWork.h"

#include <QCoreApplication>
#include <algorithm>

IdleWork::IdleWork(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &IdleWork::runSlice);
}

IdleWork *IdleWork::instance()
{
    static QPointer<IdleWork> work;
    if (!work)
        work = new IdleWork(QCoreApplication::instance());
    return work;
}

void IdleWork::schedule(QObject *owner, Step step)
{
    const auto queued = std::find_if(m_items.begin(), m_items.end(), [owner](const Item &item) { return item.owner == owner; });
    if (queued != m_items.end())
        queued->step = std::move(step);
    else
        m_items.push_back(Item{owner, std::move(step)});
    m_timer.start();
}

void IdleWork::cancel(QObject *owner)
{
    m_items.erase(std::remove_if(m_items.begin(), m_items.end(), [owner](const Item &item) { return item.owner == owner; }),
                  m_items.end());
}

bool IdleWork::isScheduled(const QObject *owner) const
{
    return std::any_of(m_items.cbegin(), m_items.cend(), [owner](const Item &item) { return item.owner == owner; });
}

void IdleWork::hold()
{
    ++m_holds;
}

void IdleWork::release()
{
    if (m_holds > 0 && --m_holds == 0 && !m_items.empty())
        m_timer.start();
}

void IdleWork::runSlice()
{
    if (m_holds > 0)
        return; // release() starts again
    // Work whose owner is gone is dropped; one slice of the first work left runs, then it queues
    // again behind the others.
    while (!m_items.empty() && !m_items.front().owner)
        m_items.pop_front();
    if (m_items.empty())
        return;
    Item item = std::move(m_items.front());
    m_items.pop_front();
    QElapsedTimer slice;
    slice.start();
    // The step may schedule or cancel work (its own included) while it runs.
    const bool done = item.step(slice, kSliceNs);
    if (!done && item.owner && std::none_of(m_items.cbegin(), m_items.cend(), [&item](const Item &queued) {
            return queued.owner == item.owner;
        }))
        m_items.push_back(std::move(item));
    if (!m_items.empty())
        m_timer.start();
}
