#include "MessageBanner.h"

#include "Theme.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBanner::showMessage(const QString &text, Kind kind)
{
    m_kind = kind;
    applyColours();
    m_label->setText(text);
    show();
}

void MessageBanner::applyColours()
{
    const bool error = m_kind == Kind::Error;
    // The application's palette, not this frame's: the style sheet below changes the frame's own.
    const QPalette palette = QGuiApplication::palette();
    const QColor border = error ? Theme::errorText(palette) : Theme::successText(palette);
    const QColor background = error ? Theme::errorBackground(palette) : Theme::successBackground(palette);
    setStyleSheet(QStringLiteral("MessageBanner { background: %1; border: 1px solid %2; }").arg(background.name(), border.name()));
}

void MessageBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // A palette switched while the banner shows (light to dark) takes its colours along.
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) && !m_applying) {
        m_applying = true;
        applyColours();
        m_applying = false;
    }
}

QString MessageBanner::text() const
{
    return m_label->text();
}
