#pragma once

#include "Broker.h"
#include "ClientPolicy.h"
#include "GatewayChanges.h"
#include "RasClient.h"
#include "RasctlInvocation.h"
#include "SessionRights.h"

#include <QJsonObject>
#include <QObject>

class QNetworkAccessManager;

// Carries out one rasctl command: checks its input, logs on, makes the calls, prints the outcome
// and ends with the exit code of the contract (0 done, 1 refused, 2 bad input, 3 network/TLS/timeout,
// 4 log-on failed, 5 a change was sent but its outcome is unknown).
class RasctlRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RasctlRunner)

public:
    enum ExitCode { Success = 0, Refused = 1, BadInput = 2, NetworkFailure = 3, LogonFailed = 4, OutcomeUnknown = 5 };

    RasctlRunner(const RasctlInvocation &invocation, QNetworkAccessManager *manager, QObject *parent = nullptr);

    // Checks every argument of the command; false with a message means exit code 2.
    bool prepare(QString *error);
    void start(const QString &password);

signals:
    void finished(int exitCode);

private:
    void run();
    QString answerText() const; // the last successful answer's body, for --json
    // A write the session's rights forbid is refused here, before anything is sent; when the rights
    // cannot be read the server decides.
    void runIfAllowed();
    // What the command needs the right for; false for the commands that only read.
    bool neededRight(SessionRights::Object *object, SessionRights::Operation *operation) const;
    void succeed(const QString &text);
    void fail(const RasError &error, bool duringLogon = false);
    void finish(int code);
    bool parseId(const QString &text, int *id, QString *error) const;
    bool parseBool(const char *option, std::optional<bool> *value, QString *error) const;

    template <typename T>
    std::function<void(const RasResult<T> &)> onResult(std::function<void(const T &)> handler)
    {
        return [this, handler](const RasResult<T> &result) {
            if (!result)
                fail(result.error());
            else
                handler(result.value());
        };
    }

    RasctlInvocation m_invocation;
    RasClient m_client;
    QByteArray m_lastAnswer;
    // What prepare() made of the arguments.
    int m_id = 0;
    int m_adminId = 0; // the log-on's userId
    int m_siteId = 0;
    bool m_up = false;
    BrokerChanges m_brokerChanges;
    GatewayChanges m_gatewayChanges;
    PolicyChanges m_policyChanges;
    SecondaryConnection m_connection;
};
