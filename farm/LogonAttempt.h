#pragma once

#include "CertificateInfo.h"
#include "RasError.h"

#include <QObject>
#include <functional>
#include <optional>

class FarmController;

// The outcome of one log-on attempt. message is what to show the administrator: the server's
// refusal, with a way out added when a pinned certificate changed.
struct LogonOutcome
{
    std::optional<RasError> error;

    bool succeeded() const { return !error.has_value(); }
    QString message() const;
};

// One log-on to a farm with what the administrator typed: the server address is checked first, a
// certificate this computer does not trust is put to the caller as a question (yes pins it for that
// server and tries again), and a pinned server that shows another certificate is refused without
// asking. Ends in exactly one LogonOutcome, delivered to the caller that started it. No widgets:
// the question is a callback, so a dialog, a test or a script can answer it.
class LogonAttempt final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogonAttempt)

public:
    // True to trust the certificate from now on.
    using TrustQuestion = std::function<bool(const CertificateInfo &certificate)>;
    using Finished = std::function<void(const LogonOutcome &outcome)>;

    explicit LogonAttempt(FarmController *farm, QObject *parent = nullptr);

    // finished runs once, while this object lives. A second start() while one runs is ignored.
    void start(const QString &server, const QString &user, const QString &password, TrustQuestion askTrust,
               Finished finished);
    bool isRunning() const { return m_running; }
    // Forgets the certificate pinned for server (after it was replaced on purpose).
    void forgetCertificate(const QString &server);

private:
    void send();
    void end(const LogonOutcome &outcome);

    FarmController *m_farm;
    QString m_user;
    QString m_password; // only while an attempt runs
    TrustQuestion m_askTrust;
    Finished m_finished;
    bool m_running = false;
};
