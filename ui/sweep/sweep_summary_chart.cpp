#include "ui/sweep/sweep_summary_chart.h"

#include <QChart>
#include <QContextMenuEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <map>

#include "ui/charts/chart_export.h"
#include "ui/charts/series_colors.h"

namespace smip::ui {

namespace {

struct Spread {
    double sum = 0.0, low = 1e300, high = -1e300;
    int count = 0;
    void add(double v) {
        sum += v;
        low = std::min(low, v);
        high = std::max(high, v);
        ++count;
    }
};

struct MethodData {
    std::map<int, Spread> byN;  // N → nonzeros of the rows that fit (MILP: found a network)
    int reached = 0, instances = 0;
};

// Methods in first-seen order ("milp" last), with what each reached: a regularizer reaches the
// optimum on an instance whose MILP proved it when its model fits with no more nonzeros.
std::vector<std::pair<std::string, MethodData>> gather(
    const std::vector<SweepInstanceResult>& results) {
    std::vector<std::pair<std::string, MethodData>> out;
    auto slot = [&out](const std::string& m) -> MethodData& {
        for (auto& [name, data] : out)
            if (name == m) return data;
        out.emplace_back(m, MethodData{});
        return out.back().second;
    };
    for (const SweepInstanceResult& r : results) {
        const SweepMethodResult* milp = r.milp();
        for (const SweepMethodResult& m : r.methods) {
            if (m.method == "milp") continue;
            MethodData& d = slot(m.method);
            ++d.instances;
            if (m.fits && m.nonzeros >= 0) d.byN[r.samples].add(m.nonzeros);
            if (r.proven() && milp && m.fits && m.nonzeros <= milp->nonzeros) ++d.reached;
        }
        if (milp) {
            MethodData& d = slot("milp");
            ++d.instances;
            if (milp->nonzeros >= 0) d.byN[r.samples].add(milp->nonzeros);
            d.reached += r.proven();
        }
    }
    std::stable_partition(out.begin(), out.end(), [](const auto& m) { return m.first != "milp"; });
    return out;
}

}  // namespace

SweepSummaryChart::SweepSummaryChart(QWidget* parent) : QChartView(parent) {
    auto* chart = new QChart();
    chart->setTitle(tr("Nonzeros against N (mean over the networks that fit; bar = min–max)"));
    chart->legend()->setAlignment(Qt::AlignRight);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(320, 220);
}

int SweepSummaryChart::pointCount(int method) const {
    return method >= 0 && method < methodCount()
               ? static_cast<int>(methods_[static_cast<std::size_t>(method)].size())
               : 0;
}

void SweepSummaryChart::setResults(const std::vector<SweepInstanceResult>& results) {
    QChart* c = chart();
    c->removeAllSeries();
    for (QAbstractAxis* a : c->axes())
        c->removeAxis(a), delete a;
    methods_.clear();
    auto* x = new QValueAxis();
    x->setTitleText(tr("N (samples)"));
    x->setLabelFormat("%d");
    auto* y = new QValueAxis();
    y->setTitleText(tr("nonzeros"));
    y->setLabelFormat("%d");
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    double xLow = 1e300, xHigh = -1e300, yHigh = 1.0;
    int index = 0;
    for (const auto& [method, data] : gather(results)) {
        const bool milp = method == "milp";
        const QColor color = milp ? QColor(20, 20, 20) : regularizerColor(index++);
        auto* mean = new QLineSeries();
        const QString share =
            milp ? tr("proven %1/%2").arg(data.reached).arg(data.instances)
                 : tr("reached optimum %1/%2").arg(data.reached).arg(data.instances);
        mean->setName(QStringLiteral("%1 (%2)").arg(
            milp ? tr("MILP optimum") : QString::fromStdString(method), share));
        QPen pen(color);
        pen.setWidthF(milp ? 3.0 : 2.0);
        mean->setPen(pen);
        mean->setPointsVisible(true);
        std::vector<double> ns;
        for (const auto& [n, s] : data.byN) {
            // A small offset per method keeps the bars of one N from covering each other.
            const double at = n + (milp ? 0.0 : 0.06 * (index - 3));
            mean->append(at, s.sum / s.count);
            ns.push_back(n);
            auto* bar = new QLineSeries();
            bar->setPen(QPen(color, 1.5));
            bar->append(at, s.low);
            bar->append(at, s.high);
            c->addSeries(bar);
            bar->attachAxis(x);
            bar->attachAxis(y);
            for (QLegendMarker* m : c->legend()->markers(bar))
                m->setVisible(false);
            xLow = std::min(xLow, double(n));
            xHigh = std::max(xHigh, double(n));
            yHigh = std::max(yHigh, s.high);
        }
        c->addSeries(mean);
        mean->attachAxis(x);
        mean->attachAxis(y);
        methods_.push_back(std::move(ns));
    }
    if (xLow > xHigh) xLow = 0, xHigh = 1;
    // Whole-number ticks: the range runs from one below to one above the N values.
    x->setRange(xLow - 1.0, xHigh + 1.0);
    x->setTickCount(std::clamp(int(xHigh - xLow) + 3, 3, 13));
    y->setRange(0.0, std::ceil(yHigh * 1.1) + 1.0);
}

void SweepSummaryChart::contextMenuEvent(QContextMenuEvent* event) {
    runChartExportMenu(this, chart()->title(), event->globalPos());
}

}  // namespace smip::ui
