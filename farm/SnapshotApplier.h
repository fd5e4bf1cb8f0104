#pragma once

#include "FarmChanges.h"
#include "FarmLoader.h"

#include <QObject>

class BrokerModel;
class GatewayModel;
class PolicyModel;
class SiteModel;
class StatusHistory;

// Puts a loaded farm into the models. A small farm goes in at once; tables of 10,000 rows each
// take tens of milliseconds to fill (the views sort and lay out what arrives), so a large farm
// goes in one table per turn of the event loop and the window answers in between instead of
// freezing for all of them at once. It also counts what each merge found that the tables did not
// show yet: changes made outside this console (a kind's first load is not news).
class SnapshotApplier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SnapshotApplier)

public:
    struct Models
    {
        SiteModel *sites;
        BrokerModel *brokers;
        GatewayModel *gateways;
        PolicyModel *policies;
        StatusHistory *history; // the brokers' load, a sample per load
    };

    explicit SnapshotApplier(const Models &models, QObject *parent = nullptr);
    ~SnapshotApplier() override;

    // Starts putting snapshot into the models; a newer snapshot stops an older one's steps.
    void apply(const FarmSnapshot &snapshot);
    // Whether a snapshot is large enough to go in a table per turn (and to give back the memory
    // its decoding freed once shown).
    static bool isLarge(const FarmSnapshot &snapshot);

signals:
    // Everything is in the models. changes: what the merges found that was not shown before.
    void applied(const FarmSnapshot &snapshot, const FarmChanges &changes);

private:
    void continueApplying(quint64 generation);
    // One table (or the end); false once the snapshot is fully in.
    bool applyStep(const FarmSnapshot &snapshot, int step);
    // Holds the tables' idle preparation (IdleWork) while a large snapshot fills them, or lets go.
    void holdIdleWork(bool hold);

    Models m_models;
    FarmSnapshot m_applying; // a large snapshot being put into the models
    int m_step = 0;
    quint64 m_generation = 0;
    bool m_holdingIdleWork = false;
    int m_loadedKinds = 0;  // FarmLoader parts loaded once: their first load finds everything "added"
    FarmChanges m_changes;  // what the merges of the snapshot being applied found
};
