#include "ProblemNotice.h"

#include "TimeFormat.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace {
// More servers than this changing at once read better as one line.
constexpr int kNamedAtMost = 3;
} // namespace

ProblemNotice::ProblemNotice(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("problemNotice"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &ProblemNotice::dismiss);
    hide();
}

QString ProblemNotice::sentence(Kind kind, const HealthTransition &transition)
{
    if (kind == Kind::Broker)
        return transition.becameProblem()
                   ? tr("Connection Broker %1 needs attention: %2.").arg(transition.name, transition.state)
                   : tr("Connection Broker %1 is fine again: %2.").arg(transition.name, transition.state);
    return transition.becameProblem()
               ? tr("Secure Gateway %1 needs attention: %2.").arg(transition.name, transition.state)
               : tr("Secure Gateway %1 is fine again: %2.").arg(transition.name, transition.state);
}

QString ProblemNotice::summary(Kind kind, int problems, int recovered)
{
    // English has no translation file: each singular is a sentence of its own.
    QStringList parts;
    if (kind == Kind::Broker) {
        if (problems == 1)
            parts << tr("1 Connection Broker started to need attention.");
        else if (problems > 1)
            parts << tr("%Ln Connection Brokers started to need attention.", nullptr, problems);
        if (recovered == 1)
            parts << tr("1 Connection Broker is fine again.");
        else if (recovered > 1)
            parts << tr("%Ln Connection Brokers are fine again.", nullptr, recovered);
    } else {
        if (problems == 1)
            parts << tr("1 Secure Gateway started to need attention.");
        else if (problems > 1)
            parts << tr("%Ln Secure Gateways started to need attention.", nullptr, problems);
        if (recovered == 1)
            parts << tr("1 Secure Gateway is fine again.");
        else if (recovered > 1)
            parts << tr("%Ln Secure Gateways are fine again.", nullptr, recovered);
    }
    return parts.join(QLatin1Char(' '));
}

void ProblemNotice::report(Kind kind, const QList<HealthTransition> &transitions)
{
    if (transitions.isEmpty())
        return;
    const QString time = TimeFormat::timeOfDay(QDateTime::currentDateTime());
    int problems = 0;
    for (const auto &transition : transitions)
        problems += transition.becameProblem() ? 1 : 0;
    QStringList fresh;
    if (transitions.size() <= kNamedAtMost) {
        for (const auto &transition : transitions)
            fresh << QStringLiteral("%1  %2").arg(time, sentence(kind, transition));
    } else {
        fresh << QStringLiteral("%1  %2").arg(time, summary(kind, problems, static_cast<int>(transitions.size()) - problems));
    }
    m_lines = (fresh + m_lines).mid(0, kLines);
    m_anyProblem = m_anyProblem || problems > 0;
    // Amber while something went wrong since the last dismissal; green when only recoveries came.
    setStyleSheet(m_anyProblem ? QStringLiteral("ProblemNotice { background: #fff6e0; border: 1px solid #e68a00; }")
                               : QStringLiteral("ProblemNotice { background: #e8f5e9; border: 1px solid #2e7d32; }"));
    m_text->setText(m_lines.join(QLatin1Char('\n')));
    show();
}

void ProblemNotice::dismiss()
{
    m_lines.clear();
    m_anyProblem = false;
    hide();
}
