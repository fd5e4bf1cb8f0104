#pragma once

#include "StatusHistory.h"

#include <QWidget>

class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;
class QDateTimeAxis;

// CPU and memory of the selected server over the last hour, from the console's own samples.
class LoadHistoryChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadHistoryChart)

public:
    explicit LoadHistoryChart(QWidget *parent = nullptr);

    void setSamples(const QList<StatusHistory::Sample> &samples);
    int pointCount() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    QChart *m_chart;
    QChartView *m_view;
    QLineSeries *m_cpu;
    QLineSeries *m_memory;
    QDateTimeAxis *m_time;
    QValueAxis *m_percent;
};
