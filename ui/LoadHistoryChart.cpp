#include "LoadHistoryChart.h"

#include "Theme.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

LoadHistoryChart::LoadHistoryChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_cpu(new QLineSeries(m_chart))
    , m_memory(new QLineSeries(m_chart))
    , m_time(new QDateTimeAxis(m_chart))
    , m_percent(new QValueAxis(m_chart))
{
    m_cpu->setName(tr("CPU %"));
    m_memory->setName(tr("Memory %"));
    m_chart->addSeries(m_cpu);
    m_chart->addSeries(m_memory);
    m_time->setFormat(QStringLiteral("HH:mm"));
    m_time->setTickCount(4);
    m_percent->setRange(0, 100);
    m_percent->setTickCount(3);
    m_percent->setLabelFormat(QStringLiteral("%d"));
    m_chart->addAxis(m_time, Qt::AlignBottom);
    m_chart->addAxis(m_percent, Qt::AlignLeft);
    for (QLineSeries *series : {m_cpu, m_memory}) {
        series->attachAxis(m_time);
        series->attachAxis(m_percent);
    }
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->setBackgroundRoundness(0);
    m_view->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setMinimumWidth(320);
    applyPalette();
}

void LoadHistoryChart::applyPalette()
{
    // The chart draws itself and ignores the widget palette: give it the palette's colours.
    const QPalette palette = this->palette();
    m_chart->setTheme(Theme::isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->setBackgroundBrush(palette.color(QPalette::Base));
    m_chart->legend()->setLabelColor(palette.color(QPalette::Text));
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_time), static_cast<QAbstractAxis *>(m_percent)}) {
        axis->setLabelsColor(palette.color(QPalette::Text));
        axis->setGridLineColor(palette.color(QPalette::Mid));
    }
    m_cpu->setColor(Theme::cpuSeries(palette));
    m_memory->setColor(Theme::memorySeries(palette));
}

void LoadHistoryChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void LoadHistoryChart::setSamples(const QList<StatusHistory::Sample> &samples)
{
    QList<QPointF> cpu;
    QList<QPointF> memory;
    cpu.reserve(samples.size());
    memory.reserve(samples.size());
    for (const auto &sample : samples) {
        cpu.append(QPointF(static_cast<qreal>(sample.timeMs), sample.cpu));
        memory.append(QPointF(static_cast<qreal>(sample.timeMs), sample.memory));
    }
    m_cpu->replace(cpu);
    m_memory->replace(memory);
    const qint64 end = samples.isEmpty() ? QDateTime::currentMSecsSinceEpoch() : samples.last().timeMs;
    const qint64 start = samples.isEmpty() ? end - 60000 : qMin(samples.first().timeMs, end - 60000);
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(start), QDateTime::fromMSecsSinceEpoch(end));
}

int LoadHistoryChart::pointCount() const
{
    return static_cast<int>(m_cpu->count());
}
