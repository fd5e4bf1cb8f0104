#include "SnapshotApplier.h"

#include "BrokerModel.h"
#include "GatewayModel.h"
#include "IdleWork.h"
#include "PolicyModel.h"
#include "ProcessMemory.h"
#include "SiteModel.h"
#include "StatusHistory.h"

#include <QDateTime>
#include <QTimer>
#include <utility>

namespace {

// Above this many objects a load is shown one table per turn of the event loop.
constexpr qsizetype kLargeFarmObjects = 1000;
// Between two of those tables: long enough that the window repaints in between.
constexpr int kStepPauseMs = 1;

} // namespace

SnapshotApplier::SnapshotApplier(const Models &models, QObject *parent)
    : QObject(parent)
    , m_models(models)
{
}

SnapshotApplier::~SnapshotApplier()
{
    holdIdleWork(false); // gone in the middle of showing a large snapshot
}

bool SnapshotApplier::isLarge(const FarmSnapshot &snapshot)
{
    return snapshot.brokers.records().size() + snapshot.gateways.records().size() + snapshot.policies.records().size()
           > kLargeFarmObjects;
}

void SnapshotApplier::apply(const FarmSnapshot &snapshot)
{
    const quint64 generation = ++m_generation;
    if (!isLarge(snapshot)) {
        holdIdleWork(false); // a large snapshot still being shown is superseded
        for (int step = 0; applyStep(snapshot, step); ++step) {
        }
        return;
    }
    // The tables' idle preparation waits until every table is filled: each turn has its step.
    holdIdleWork(true);
    // Every answer is decoded: the decoder's buffers for them would only add to the memory the
    // filled tables need.
    ProcessMemory::releaseDecodeBuffers();
    m_applying = snapshot;
    m_step = 0;
    continueApplying(generation);
}

void SnapshotApplier::continueApplying(quint64 generation)
{
    if (generation != m_generation)
        return; // a newer snapshot is being shown
    if (applyStep(m_applying, m_step++)) {
        // A timer, not a queued call: the repaint the step asked for (a posted event) then runs in a
        // turn of its own, instead of in the same turn as the next step.
        QTimer::singleShot(kStepPauseMs, Qt::PreciseTimer, this, [this, generation] { continueApplying(generation); });
        return;
    }
    m_applying = FarmSnapshot();
    holdIdleWork(false);
}

void SnapshotApplier::holdIdleWork(bool hold)
{
    if (hold == m_holdingIdleWork)
        return;
    m_holdingIdleWork = hold;
    if (hold)
        IdleWork::instance()->hold();
    else
        IdleWork::instance()->release();
}

bool SnapshotApplier::applyStep(const FarmSnapshot &snapshot, int step)
{
    // What each merge found that the tables did not show yet: changes made outside this console
    // (its own are read back). A kind's first load is not news.
    const auto found = [this](FarmChanges::Counts *counts, const RecordTableModel &model, int kind) {
        if (m_loadedKinds & kind)
            *counts = {model.lastMerge().inserted, model.lastMerge().changedRows, model.lastMerge().removed};
        m_loadedKinds |= kind;
    };
    // A part that failed keeps what the views showed; the others refresh.
    switch (step) {
    case 0: {
        m_changes = FarmChanges();
        if (snapshot.sites.loaded())
            m_models.sites->setSites(snapshot.sites.records());
        const QHash<int, QString> names = m_models.sites->names();
        m_models.brokers->setSiteNames(names);
        m_models.gateways->setSiteNames(names);
        if (snapshot.brokers.loaded()) {
            m_models.brokers->setBrokers(snapshot.brokers.records());
            found(&m_changes.brokers, *m_models.brokers, FarmLoader::Brokers);
        }
        return true;
    }
    case 1:
        if (snapshot.brokerStatus.loaded())
            m_models.brokers->setStatuses(snapshot.brokerStatus.records());
        return true;
    case 2:
        if (snapshot.gateways.loaded()) {
            m_models.gateways->setGateways(snapshot.gateways.records());
            found(&m_changes.gateways, *m_models.gateways, FarmLoader::Gateways);
        }
        return true;
    case 3:
        if (snapshot.gatewayStatus.loaded())
            m_models.gateways->setStatuses(snapshot.gatewayStatus.records());
        return true;
    case 4:
        if (snapshot.policies.loaded()) {
            m_models.policies->setPolicies(snapshot.policies.records());
            found(&m_changes.policies, *m_models.policies, FarmLoader::Policies);
        }
        return true;
    case 5: {
        // The brokers' load history (the chart): a sample each, on its own turn at 10,000 brokers.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QList<int> ids;
        ids.reserve(snapshot.brokerStatus.records().size());
        for (const auto &status : snapshot.brokerStatus.records()) {
            m_models.history->record(status, now);
            ids << status.numericId;
        }
        // Forget the history of brokers that are gone, but only when the list of them is known.
        if (snapshot.brokerStatus.loaded())
            m_models.history->retain(ids);
        return true;
    }
    default:
        break;
    }
    emit applied(snapshot, std::exchange(m_changes, FarmChanges()));
    return false;
}
