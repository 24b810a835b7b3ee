#include "ui/charts/learning_chart.h"

#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "ui/charts/live_line_chart.h"

namespace smip::ui {

LearningChart::LearningChart(QWidget* parent) : QWidget(parent) {
    accuracy_ = new LiveLineChart();
    accuracy_->setLabels(tr("Accuracy of the incumbent network"), tr("seconds"), tr("percent"));
    accuracy_->addSeries("train", tr("Train"), QColor(31, 119, 180), LiveLineChart::Style::Step);
    accuracy_->addSeries("test", tr("Test"), QColor(255, 127, 14), LiveLineChart::Style::Step);
    size_ = new LiveLineChart();
    size_->setLabels(tr("Size of the incumbent network"), tr("seconds"), tr("count"));
    size_->addSeries("weights", tr("Nonzero weights"), QColor(148, 103, 189),
                     LiveLineChart::Style::Step);
    size_->addSeries("units", tr("Used units"), QColor(140, 86, 75), LiveLineChart::Style::Step);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(accuracy_, 1);
    layout->addWidget(size_, 1);
}

void LearningChart::reset() {
    points_.clear();
    end_ = 0.0;
    accuracy_->clearPoints();
    size_->clearPoints();
    accuracy_->flush();
    size_->flush();
}

void LearningChart::addPoints(const std::vector<LearningPoint>& points) {
    if (points.empty()) return;
    points_.insert(points_.end(), points.begin(), points.end());
    end_ = std::max(end_, points_.back().seconds);
    redraw();
}

void LearningChart::extendTo(double seconds) {
    if (points_.empty() || seconds <= end_) return;
    end_ = seconds;
    redraw();
}

// Incumbents are few (tens), so every series is rebuilt from the kept points: the last value is
// held to `end_`, which appending could not do without piling up points.
void LearningChart::redraw() {
    QList<QPointF> train, test, weights, units;
    for (const LearningPoint& p : points_) {
        train << QPointF(p.seconds, 100.0 * p.trainAccuracy);
        if (std::isfinite(p.testAccuracy)) test << QPointF(p.seconds, 100.0 * p.testAccuracy);
        weights << QPointF(p.seconds, p.nonzeroWeights);
        units << QPointF(p.seconds, p.usedUnits);
    }
    const auto hold = [this](QList<QPointF>& s) {
        if (!s.isEmpty() && s.back().x() < end_) s << QPointF(end_, s.back().y());
    };
    hold(train);
    hold(test);
    hold(weights);
    hold(units);
    accuracy_->setPoints("train", train);
    accuracy_->setPoints("test", test);
    size_->setPoints("weights", weights);
    size_->setPoints("units", units);
    accuracy_->flush();
    size_->flush();
}

}  // namespace smip::ui
