#include "ui/compare/pareto_chart.h"

#include <QChart>
#include <QContextMenuEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <map>

#include "ui/charts/chart_export.h"
#include "ui/charts/series_colors.h"

namespace smip::ui {

namespace {

void attach(QChart* c, QAbstractSeries* s, QAbstractAxis* x, QAbstractAxis* y, bool inLegend) {
    c->addSeries(s);
    s->attachAxis(x);
    s->attachAxis(y);
    if (!inLegend)
        for (QLegendMarker* m : c->legend()->markers(s))
            m->setVisible(false);
}

}  // namespace

ParetoChart::ParetoChart(QWidget* parent) : QChartView(parent) {
    auto* chart = new QChart();
    chart->setTitle(tr("Fit error against nonzeros: regularization paths and the exact frontier"));
    chart->legend()->setAlignment(Qt::AlignRight);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 260);
}

void ParetoChart::setData(const std::vector<ParetoTrainedPoint>& trained,
                          const std::vector<ParetoFrontierPoint>& frontier) {
    QChart* c = chart();
    c->removeAllSeries();
    for (QAbstractAxis* a : c->axes()) {
        c->removeAxis(a);
        delete a;
    }
    paths_ = frontierPoints_ = 0;
    // The log axis needs a floor for exact fits (ε = 0, residuals of rounding size).
    double smallest = 1e300, largest = 0.0;
    const auto see = [&](double v) {
        if (v > 0 && std::isfinite(v))
            smallest = std::min(smallest, v), largest = std::max(largest, v);
    };
    for (const auto& p : trained)
        see(p.maxResidual);
    for (const auto& f : frontier)
        see(f.epsilon);
    if (largest == 0.0) smallest = largest = 1.0;
    floor_ = std::pow(10.0, std::floor(std::log10(smallest)) - 1.0);
    const double top = std::pow(10.0, std::ceil(std::log10(largest)) + 0.3);
    const auto xOf = [this](double v) { return std::max(v, floor_); };

    auto* x = new QLogValueAxis();
    x->setTitleText(tr("fit error: max |f(x) − y| (log; ε = 0 at the left edge)"));
    x->setLabelFormat("%.0e");
    x->setBase(10.0);
    x->setRange(floor_, top);
    auto* y = new QValueAxis();
    y->setTitleText(tr("nonzeros"));
    y->setLabelFormat("%d");
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    double yMax = 1.0;

    // Paths: points of one regularizer in λ order (the training order).
    std::vector<std::string> order;
    std::map<std::string, std::vector<const ParetoTrainedPoint*>> byId;
    for (const auto& p : trained) {
        if (!std::isfinite(p.maxResidual)) continue;
        if (!byId.count(p.regularizer)) order.push_back(p.regularizer);
        byId[p.regularizer].push_back(&p);
        yMax = std::max(yMax, double(p.nonzeros));
    }
    for (std::size_t i = 0; i < order.size(); ++i) {
        // The λ order is the path; the fit error need not fall with λ, so the line is faint and
        // the points carry the reading.
        const QColor color = regularizerColor(int(i) + 1);
        auto* line = new QLineSeries();
        QColor faint = color;
        faint.setAlphaF(0.35);
        line->setPen(QPen(faint, 1.0));
        auto* points = new QScatterSeries();
        points->setName(QString::fromStdString(order[i]));
        points->setColor(color);
        points->setBorderColor(color);
        points->setMarkerSize(7.0);
        for (const ParetoTrainedPoint* p : byId[order[i]]) {
            line->append(xOf(p->maxResidual), p->nonzeros);
            points->append(xOf(p->maxResidual), p->nonzeros);
        }
        attach(c, line, x, y, false);
        attach(c, points, x, y, true);
        ++paths_;
    }

    // The frontier: a step line over ε (a network within ε is within every larger ε too).
    auto* steps = new QLineSeries();
    steps->setName(tr("exact frontier (MILP)"));
    steps->setPen(QPen(QColor(20, 20, 20), 3.0));
    auto* proven = new QScatterSeries();
    proven->setName(tr("proven optimum"));
    proven->setColor(QColor(20, 20, 20));
    proven->setMarkerSize(11.0);
    std::vector<const ParetoFrontierPoint*> sorted;
    for (const auto& f : frontier)
        sorted.push_back(&f);
    std::sort(sorted.begin(), sorted.end(),
              [](auto* a, auto* b) { return a->epsilon < b->epsilon; });
    bool barInLegend = true;
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        const ParetoFrontierPoint& f = *sorted[i];
        ++frontierPoints_;
        const double at = xOf(f.epsilon);
        const double bound = std::ceil(f.bestBound - 1e-6);
        if (f.nonzeros >= 0) {
            steps->append(at, f.nonzeros);
            const double next = i + 1 < sorted.size() ? xOf(sorted[i + 1]->epsilon) : top;
            steps->append(next, f.nonzeros);
            yMax = std::max(yMax, double(f.nonzeros));
        }
        if (f.proven) {
            proven->append(at, f.nonzeros);
        } else if (std::isfinite(bound)) {
            // Not proven: the optimum lies between the bound and the incumbent (or above the
            // bound when there is none).
            auto* bar = new QLineSeries();
            bar->setName(tr("unproven: bound to incumbent"));
            QPen pen(QColor(20, 20, 20), 2.0, Qt::DashLine);
            bar->setPen(pen);
            bar->append(at, bound);
            bar->append(at, f.nonzeros >= 0 ? double(f.nonzeros) : yMax);
            attach(c, bar, x, y, barInLegend);
            barInLegend = false;
        }
    }
    attach(c, steps, x, y, true);
    attach(c, proven, x, y, true);
    // Whole-number ticks: a range the tick count divides into steps of 1, 2, 5, 10, …
    double step = 1.0;
    for (double s : {1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0})
        if (std::ceil((yMax + 1.0) / s) <= 10.0) {
            step = s;
            break;
        }
    const int ticks = int(std::ceil((yMax + 1.0) / step));
    y->setRange(0.0, ticks * step);
    y->setTickCount(ticks + 1);
}

void ParetoChart::contextMenuEvent(QContextMenuEvent* event) {
    runChartExportMenu(this, chart()->title(), event->globalPos());
}

}  // namespace smip::ui
