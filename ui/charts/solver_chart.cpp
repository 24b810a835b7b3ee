#include "ui/charts/solver_chart.h"

#include <QLabel>
#include <QVBoxLayout>
#include <cmath>

#include "ui/charts/live_line_chart.h"

namespace smip::ui {

SolverChart::SolverChart(QWidget* parent) : QWidget(parent) {
    chart_ = new LiveLineChart();
    chart_->setLabels(tr("Solver progress"), tr("seconds"), tr("objective"));
    chart_->addSeries("incumbent", tr("Incumbent"), QColor(214, 39, 40),
                      LiveLineChart::Style::Step);
    chart_->addSeries("bound", tr("Best bound"), QColor(31, 119, 180), LiveLineChart::Style::Step);
    numbers_ = new QLabel();
    numbers_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(chart_, 1);
    layout->addWidget(numbers_);
    phase_ = new QLabel();
    phase_->setObjectName("phase");
    phase_->setWordWrap(true);
    phase_->hide();
    layout->addWidget(phase_);
    updateNumbers();
}

void SolverChart::reset() {
    chart_->clearPoints();
    hasLast_ = false;
    samples_ = 0;
    elapsed_ = 0.0;
    setPhase({});
    updateNumbers();
}

void SolverChart::addProgress(const std::vector<MilpProgress>& samples) {
    if (samples.empty()) return;
    QList<QPointF> inc, bound;
    for (const auto& s : samples) {
        if (std::isfinite(s.incumbent)) inc << QPointF(s.seconds, s.incumbent);
        if (std::isfinite(s.bound)) bound << QPointF(s.seconds, s.bound);
        last_ = s;
        hasLast_ = true;
        elapsed_ = std::max(elapsed_, s.seconds);
    }
    samples_ += int(samples.size());
    chart_->appendPoints("incumbent", inc);
    chart_->appendPoints("bound", bound);
    chart_->flush();
    updateNumbers();
}

void SolverChart::addResult(const MilpResult& r) {
    if (!r.hasSolution && !std::isfinite(r.bestBound)) return;
    MilpProgress last;
    last.seconds = r.seconds;
    last.incumbent = r.hasSolution ? r.objective : std::nan("");
    last.bound = r.bestBound;
    last.gap = r.gap;
    last.nodes = r.nodes;
    addProgress({last});
}

void SolverChart::setElapsed(double seconds) {
    elapsed_ = seconds;
    updateNumbers();
}

void SolverChart::setPhase(const QString& text) {
    phase_->setText(text);
    phase_->setVisible(!text.isEmpty());
}

void SolverChart::setReference(const QString& name, double value) {
    chart_->setReferenceLine("reference", name, value, QColor(44, 160, 44));
}

void SolverChart::updateNumbers() {
    auto fmt = [](double v) {
        return std::isfinite(v) ? QString::number(v, 'g', 6) : QStringLiteral("–");
    };
    if (!hasLast_) {
        numbers_->setText(
            tr("Incumbent –   Bound –   Gap –   Nodes 0   Elapsed %1 s").arg(elapsed_, 0, 'f', 1));
        return;
    }
    const QString gap = std::isfinite(last_.gap)
                            ? QString::number(100.0 * last_.gap, 'f', 2) + QStringLiteral(" %")
                            : QStringLiteral("–");
    numbers_->setText(tr("Incumbent %1   Bound %2   Gap %3   Nodes %4   Elapsed %5 s")
                          .arg(fmt(last_.incumbent), fmt(last_.bound), gap)
                          .arg(last_.nodes)
                          .arg(elapsed_, 0, 'f', 1));
}

}  // namespace smip::ui
