#pragma once

#include "HealthWatch.h"

#include <QFrame>
#include <QStringList>

class QLabel;
class QToolButton;

// A non-modal note above the table when servers start or stop needing attention ("14:02 Connection
// Broker ras-br02 needs attention: Disconnected."), so a console left open all day tells its
// administrator what changed without stealing focus. The last few notes stay until dismissed.
class ProblemNotice final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemNotice)

public:
    enum class Kind { Broker, Gateway };

    static constexpr int kLines = 5;

    explicit ProblemNotice(QWidget *parent = nullptr);

    void report(Kind kind, const QList<HealthTransition> &transitions);
    QStringList lines() const { return m_lines; }
    void dismiss();

private:
    static QString sentence(Kind kind, const HealthTransition &transition);
    static QString summary(Kind kind, int problems, int recovered);

    QLabel *m_text;
    QToolButton *m_close;
    QStringList m_lines; // newest first
    bool m_anyProblem = false;
};
