#include "LoadHistoryChart.h"

#include "Theme.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

namespace {

constexpr int kTicks = 4;

// The locale's short time, with seconds when ticks are less than a minute apart.
QString timeFormatFor(qint64 spanMs)
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    if (spanMs / (kTicks - 1) < 60 * 1000 && !format.contains(QLatin1Char('s'))) {
        const qsizetype minutes = format.lastIndexOf(QLatin1String("mm"));
        format.insert(minutes >= 0 ? minutes + 2 : format.size(), QStringLiteral(":ss"));
    }
    return format;
}

} // namespace

LoadHistoryChart::LoadHistoryChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_time(new QDateTimeAxis(m_chart))
    , m_percent(new QValueAxis(m_chart))
{
    m_time->setFormat(timeFormatFor(60 * 60 * 1000));
    m_time->setTickCount(kTicks);
    m_percent->setRange(0, 100);
    m_percent->setTickCount(3);
    m_percent->setLabelFormat(QStringLiteral("%d"));
    m_chart->addAxis(m_time, Qt::AlignBottom);
    m_chart->addAxis(m_percent, Qt::AlignLeft);
    segment(0, false)->setName(tr("CPU %"));
    segment(0, true)->setName(tr("Memory %"));
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
    for (QLineSeries *line : std::as_const(m_cpu))
        line->setColor(Theme::cpuSeries(palette));
    for (QLineSeries *line : std::as_const(m_memory))
        line->setColor(Theme::memorySeries(palette));
}

void LoadHistoryChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

QLineSeries *LoadHistoryChart::segment(int index, bool memory)
{
    QList<QLineSeries *> &series = memory ? m_memory : m_cpu;
    while (series.size() <= index) {
        auto *line = new QLineSeries(m_chart);
        line->setColor(memory ? Theme::memorySeries(palette()) : Theme::cpuSeries(palette()));
        m_chart->addSeries(line);
        line->attachAxis(m_time);
        line->attachAxis(m_percent);
        // Only the first run of each metric is named in the legend.
        if (!series.isEmpty()) {
            for (QLegendMarker *marker : m_chart->legend()->markers(line))
                marker->setVisible(false);
        }
        series.append(line);
    }
    return series.at(index);
}

void LoadHistoryChart::setSamples(const QList<StatusHistory::Sample> &samples)
{
    QList<QList<QPointF>> cpuRuns(1);
    QList<QList<QPointF>> memoryRuns(1);
    for (const auto &sample : samples) {
        if (!sample.measured) {
            if (!cpuRuns.last().isEmpty()) {
                cpuRuns.append(QList<QPointF>());
                memoryRuns.append(QList<QPointF>());
            }
            continue;
        }
        cpuRuns.last().append(QPointF(static_cast<qreal>(sample.timeMs), sample.cpu));
        memoryRuns.last().append(QPointF(static_cast<qreal>(sample.timeMs), sample.memory));
    }
    if (cpuRuns.size() > 1 && cpuRuns.last().isEmpty()) {
        cpuRuns.removeLast();
        memoryRuns.removeLast();
    }
    m_segments = cpuRuns.first().isEmpty() ? 0 : static_cast<int>(cpuRuns.size());
    for (int i = 0; i < qMax<qsizetype>(cpuRuns.size(), m_cpu.size()); ++i) {
        segment(i, false)->replace(cpuRuns.value(i));
        segment(i, true)->replace(memoryRuns.value(i));
    }
    const qint64 end = samples.isEmpty() ? QDateTime::currentMSecsSinceEpoch() : samples.last().timeMs;
    const qint64 start = samples.isEmpty() ? end - 60000 : qMin(samples.first().timeMs, end - 60000);
    m_time->setFormat(timeFormatFor(end - start));
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(start), QDateTime::fromMSecsSinceEpoch(end));
}

int LoadHistoryChart::pointCount() const
{
    int points = 0;
    for (const QLineSeries *line : m_cpu)
        points += static_cast<int>(line->count());
    return points;
}

int LoadHistoryChart::segmentCount() const
{
    return m_segments;
}

QString LoadHistoryChart::timeFormat() const
{
    return m_time->format();
}
