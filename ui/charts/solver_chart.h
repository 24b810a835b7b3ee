#pragma once
// Live chart of a MILP solve: incumbent and best bound as step lines against elapsed seconds.
#include <QWidget>
#include <vector>

#include "core/milp/milp_result.h"

class QLabel;

namespace smip::ui {

class LiveLineChart;

class SolverChart : public QWidget {
    Q_OBJECT
  public:
    explicit SolverChart(QWidget* parent = nullptr);

    /// Clears the chart for a new solve. GUI thread.
    void reset();
    /// Adds samples (values in the problem's sense; NaN = unknown) and redraws once.
    void addProgress(const std::vector<MilpProgress>& samples);
    /// Adds the final sample from a solve's result: the last solver event can lag the returned
    /// bound, so the chart always ends on the result's own numbers.
    void addResult(const MilpResult& result);
    /// Updates the numbers line (gap, nodes, elapsed) without a new sample.
    void setElapsed(double seconds);
    /// A line under the numbers saying what runs before the solver's own samples (e.g. the rank
    /// bound's exact search); empty hides it. reset() clears it.
    void setPhase(const QString& text);
    /// A dashed horizontal reference (e.g. a warm start's objective); NaN removes it.
    void setReference(const QString& name, double value);
    int sampleCount() const { return samples_; }
    LiveLineChart* chart() const { return chart_; }

  private:
    void updateNumbers();
    LiveLineChart* chart_;
    QLabel* numbers_;
    QLabel* phase_;
    MilpProgress last_;
    bool hasLast_ = false;
    int samples_ = 0;
    double elapsed_ = 0.0;
};

}  // namespace smip::ui
