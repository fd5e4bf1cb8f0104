#include "LoadStateBar.h"

#include "Theme.h"
#include "TimeFormat.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

LoadStateBar::LoadStateBar(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry"), this))
{
    setObjectName(QStringLiteral("loadState"));
    m_retry->setObjectName(QStringLiteral("retry"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retry, 0, Qt::AlignTop);
    connect(m_retry, &QPushButton::clicked, this, &LoadStateBar::retryRequested);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    applyColours();
    hide();
}

void LoadStateBar::showNotLoaded(const QString &failure)
{
    m_label->setText(tr("Not loaded: %1").arg(failure));
    show();
}

void LoadStateBar::showOutOfDate(const QDateTime &lastGood, const QString &failure)
{
    m_label->setText(tr("As of %1; the last refresh failed: %2").arg(TimeFormat::timeOfDay(lastGood), failure));
    show();
}

void LoadStateBar::showCurrent()
{
    m_label->clear();
    hide();
}

QString LoadStateBar::text() const
{
    return isHidden() ? QString() : m_label->text();
}

void LoadStateBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applying)
        applyColours();
}

void LoadStateBar::applyColours()
{
    // Setting the palette raises PaletteChange again; the guard keeps it from recursing.
    m_applying = true;
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, Theme::healthBackground(palette, Ras::Health::Warning));
    palette.setColor(QPalette::WindowText, palette.color(QPalette::Text));
    setPalette(palette);
    m_applying = false;
}
