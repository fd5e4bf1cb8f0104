#pragma once

#include "MessageBanner.h"
#include "OperationOutcome.h"
#include "SessionRights.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <optional>

class FarmController;
class HealthWatch;
class LoadStateBar;
struct FarmSnapshot;
struct RasError;
class QAction;
class OperationDialog;
class QAbstractItemModel;
class QHBoxLayout;
class QTextBrowser;
class RecordTablePage;

// One kind of object in the console (Connection Brokers, Secure Gateways, Client Policies, ...):
// its table with filter, the details of the selected row, the dialogs it opens and the commands it
// allows for the selection. The window only arranges pages and forwards its commands to the page
// shown; adding a kind means one new subclass and one line in the window.
class ObjectPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ObjectPage)

public:
    // What the toolbar may do for the current selection; anything false is disabled, and commands
    // a kind never has (hasConnections, hasPromote) are hidden.
    struct Allowed
    {
        bool add = false;
        bool properties = false;
        bool connections = false;
        bool moveUp = false;
        bool moveDown = false;
        bool promote = false;
        bool remove = false;
        bool hasConnections = false;
        bool hasPromote = false;
        // Why the administrator's rights forbid adding, changing (edit, move, promote) or deleting
        // here, for the disabled commands' tooltips; empty when the rights allow it.
        QString whyNoAdd;
        QString whyNoChange;
        QString whyNoRemove;
    };

    ~ObjectPage() override;

    RecordTablePage *table() const { return m_table; }
    // False until this kind's records arrived once: an empty table then means "not loaded", not
    // "none", and nothing can be added to a list the console has not seen.
    bool isLoaded() const { return m_loaded; }
    // The last load of this kind failed after an earlier one worked: the rows shown are older.
    bool showsOlderData() const { return m_olderData; }
    LoadStateBar *loadState() const { return m_loadState; }
    int selectedId() const;
    // Puts the cursor in the filter box with its text selected (Find).
    void focusFilter();
    // Asks for a file and writes the rows shown (filtered, visible columns) as CSV.
    void exportToCsv();

    // The navigation tree: a kind shown per Site appears under each Site and once for the farm.
    virtual QString title() const = 0;
    // The page in a file name ("brokers"), never translated.
    virtual QString exportName() const = 0;
    virtual QString allSitesTitle() const { return title(); }
    virtual bool isPerSite() const { return false; }
    // The servers of this kind that need attention, for the tree's counts, the status bar and the
    // notices; null for kinds without a state.
    virtual HealthWatch *healthWatch() const { return nullptr; }
    // False when the administrator may not see this kind at all (the item is left out).
    virtual bool isAvailable() const;
    void setSiteId(int siteId);
    int siteId() const;
    // The table's context menu: those of the commands that are shown and enabled at the time.
    void setContextCommands(const QList<QAction *> &commands);
    // The session's rights allow no change after all (a view-only administrator).
    void becomeReadOnly();

    virtual Allowed allowed() const = 0;
    virtual void addNew() = 0;
    virtual void showProperties() = 0;
    virtual void deleteSelected() = 0;
    virtual void editConnections() {}
    virtual void moveSelected(bool up) { Q_UNUSED(up) }
    virtual void promoteSelected() {}

signals:
    // The selection or the data changed: the commands allowed may have changed too.
    void allowedChanged();
    // For the window's banner.
    void messageRaised(const QString &text, MessageBanner::Kind kind);

protected:
    ObjectPage(FarmController *farm, bool readOnly, const QString &settingsKey, QAbstractItemModel *model,
               int defaultSortColumn, QWidget *parent);

    FarmController *farm() const { return m_farm; }
    bool isReadOnly() const { return m_readOnly; }
    // Which rights govern this kind of object.
    virtual SessionRights::Object rightsObject() const = 0;
    // Neither --read-only nor the session's rights stop operation in siteId (0: the Site shown, or
    // any Site when all are shown).
    bool mayDo(SessionRights::Operation operation, int siteId = 0) const;
    // One sentence saying that the administrator's rights do not allow operation on this kind.
    virtual QString refusal(SessionRights::Operation operation) const = 0;
    // Fills the whyNo* texts of allowed for what the rights forbid: adding where the page is, the
    // rest in siteId (the selected object's Site).
    void explainRefusals(Allowed *allowed, int siteId) const;
    // Called again whenever the selection or the farm's data changes; 0 when nothing is selected.
    void updateDetails();
    // The details of the selected record as HTML rows (see detailRow); empty when nothing (id 0) or
    // a record that is gone is selected.
    virtual QString detailsHtml(int id) const = 0;
    // The failure of the first part of a load this page shows that failed, if any.
    virtual std::optional<RasError> loadFailure(const FarmSnapshot &snapshot) const = 0;
    // One row of the details table, label in the palette's secondary colour.
    QString detailRow(const QString &label, const QString &value) const;
    // "Updated N s ago" in a status model keeps moving between status refreshes.
    template <typename Model>
    void keepAgesMoving(Model *model)
    {
        auto *ticker = new QTimer(this);
        connect(ticker, &QTimer::timeout, model, &Model::refreshAges);
        ticker->start(5000);
    }
    // For pages that show more beside the details text (the broker load chart).
    QHBoxLayout *detailsRow() const { return m_detailsRow; }

    // An operation started from the page itself: its outcome (the server's words for a refusal)
    // goes to the banner.
    OutcomeHandler reportToBanner();
    // Sends what a dialog holds: the outcome goes to the dialog if it is still open (a refusal is
    // shown there, with the input kept); otherwise, or on success, the banner names what happened.
    void sendFrom(OperationDialog *dialog, const std::function<void(QObject *receiver, OutcomeHandler done)> &send);
    // The column that names a record (its server, its name), to find one just added.
    virtual int nameColumn() const = 0;
    void selectNamed(const QString &name);
    // Opens a dialog that deletes itself when closed.
    static void openOwned(QWidget *dialog);

private:
    void showLoadOutcome(const FarmSnapshot &snapshot);

    FarmController *m_farm;
    bool m_readOnly;
    RecordTablePage *m_table;
    LoadStateBar *m_loadState;
    bool m_loaded = false;
    bool m_olderData = false;
    QDateTime m_loadedAt; // of the data shown
    QTextBrowser *m_details;
    QHBoxLayout *m_detailsRow;
};
