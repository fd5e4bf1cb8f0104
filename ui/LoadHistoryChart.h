#pragma once

#include "StatusHistory.h"

#include <QWidget>

class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;
class QDateTimeAxis;

// CPU and memory of the selected server over the last hour, from the console's own samples. A
// refresh at which the server reported no load (disconnected, not applied) leaves a gap instead of
// dropping to 0 %.
class LoadHistoryChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadHistoryChart)

public:
    explicit LoadHistoryChart(QWidget *parent = nullptr);

    void setSamples(const QList<StatusHistory::Sample> &samples);
    // Points drawn per metric, and the unbroken runs they form (tests).
    int pointCount() const;
    int segmentCount() const;
    // The time axis' label format, chosen so neighbouring ticks never read the same.
    QString timeFormat() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    QLineSeries *segment(int index, bool memory);
    void applyPalette();

    QChart *m_chart;
    QChartView *m_view;
    // One series per unbroken run; the first of each metric carries the legend entry.
    QList<QLineSeries *> m_cpu;
    QList<QLineSeries *> m_memory;
    QDateTimeAxis *m_time;
    QValueAxis *m_percent;
    int m_segments = 0;
};
