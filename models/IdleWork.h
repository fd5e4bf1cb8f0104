#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <deque>
#include <functional>

// Work done while the GUI thread has nothing better to do, shared by everyone who has some. Each
// turn of the event loop runs one slice of one piece of work, in turn: three tables preparing
// their search texts at once used to run three slices back to back, a stall of their sum.
class IdleWork final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleWork)

public:
    // Well inside one frame, so a slice never shows as a stall.
    static constexpr qint64 kSliceNs = 3'000'000;

    // Does as much as fits into the slice (sliceNs after slice started); true when nothing is left.
    using Step = std::function<bool(const QElapsedTimer &slice, qint64 sliceNs)>;

    // The GUI thread's (created with the application, gone with it).
    static IdleWork *instance();

    // Queues owner's work (replacing what owner had queued); it runs until it says it is done,
    // owner is destroyed or the work is cancelled.
    void schedule(QObject *owner, Step step);
    void cancel(QObject *owner);
    bool isScheduled(const QObject *owner) const;

    // While held (a large load filling the tables one per turn), no slice runs: each turn of the
    // event loop already has its share of work. Holds nest.
    void hold();
    void release();
    bool isHeld() const { return m_holds > 0; }

private:
    explicit IdleWork(QObject *parent);
    void runSlice();

    struct Item
    {
        QPointer<QObject> owner;
        Step step;
    };
    std::deque<Item> m_items;
    QTimer m_timer;
    int m_holds = 0;
};
