#include "ui/charts/bar_chart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QContextMenuEvent>
#include <QLegend>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <algorithm>

#include "ui/charts/chart_export.h"

namespace smip::ui {

// The view is constructed with its chart: QChartView(parent) would make a default chart that a
// later setChart() orphans (setChart releases the old chart, it does not delete it).
BarChart::BarChart(QWidget* parent) : QChartView(new QChart(), parent) {
    QChart* chart = this->chart();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(240, 180);
}

void BarChart::setBars(const QString& title, const QString& valueLabel, const QVector<Bar>& bars) {
    QChart* c = chart();
    c->removeAllSeries();
    for (QAbstractAxis* axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }
    c->setTitle(title);
    count_ = int(bars.size());
    if (bars.isEmpty()) return;
    // One bar set per bar (stacked with zeros elsewhere) so each bar keeps its own color.
    auto* series = new QStackedBarSeries();
    QStringList categories;
    double top = 0;
    for (int i = 0; i < bars.size(); ++i) {
        categories << bars[i].label;
        auto* set = new QBarSet(bars[i].label);
        for (int j = 0; j < bars.size(); ++j)
            *set << (i == j ? bars[i].value : 0.0);
        set->setColor(bars[i].color);
        set->setBorderColor(bars[i].color.darker(130));
        set->setLabelColor(Qt::black);
        series->append(set);
        top = std::max(top, bars[i].value);
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    c->addSeries(series);
    auto* x = new QBarCategoryAxis();
    x->append(categories);
    auto* y = new QValueAxis();
    y->setRange(0, top * 1.15 + 1);
    y->applyNiceNumbers();  // ticks on round values: 0, 2, 4, … rather than 0, 2.26, 4.52, …
    y->setLabelFormat("%d");
    y->setTitleText(valueLabel);
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

void BarChart::contextMenuEvent(QContextMenuEvent* event) {
    runChartExportMenu(this, chart()->title(), event->globalPos());
}

}  // namespace smip::ui
