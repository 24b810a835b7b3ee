#pragma once
// The Compare page (issue #14): "how far is each method from the optimum?" on the current dataset.
// Each chosen regularizer is trained over a λ sweep from one initialization (its path of fit
// error against nonzeros), and the sparsest-network MILP gives the exact frontier for a list of fit
// tolerances — proven, or an interval from bound to incumbent. Runs core's runPareto (the CLI's
// `pareto`) as a ParetoJob: training on both cores, each MILP in a worker process, Cancel keeps
// what is done.
#include <QWidget>
#include <memory>
#include <optional>
#include <vector>

#include "core/pareto/pareto.h"
#include "ui/main/page.h"

class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace smip::ui {

class AppState;
class ParetoChart;
class ParetoJob;
class SolveControls;
class SolverChart;

class ComparePage : public QWidget, public Page {
    Q_OBJECT
  public:
    explicit ComparePage(AppState* state, QWidget* parent = nullptr);
    ~ComparePage() override;

    /// The form's settings; false with a message naming the bad field.
    bool config(ParetoConfig& out, QString& error) const;
    void setConfig(const ParetoConfig& config);
    /// Runs the form on the current dataset. GUI thread.
    void run();
    void cancel() override;
    bool isBusy() const override;
    std::string pageId() const override { return "compare"; }

    ParetoChart* chart() const { return chart_; }
    QTableWidget* frontierTable() const { return table_; }
    const std::optional<ParetoResult>& lastResult() const { return result_; }
    QString statusText() const;

  signals:
    void runFinished();

  private:
    FormState formState() const override;
    void buildUi();
    void onTick();
    void onFinished();
    void redraw();
    void fillTable();

    AppState* state_;
    QLineEdit* regularizers_ = nullptr;
    QSpinBox* lambdas_ = nullptr;
    QDoubleSpinBox* lambdaMin_ = nullptr;
    QDoubleSpinBox* lambdaMax_ = nullptr;
    QSpinBox* epochs_ = nullptr;
    QLineEdit* epsilons_ = nullptr;
    QDoubleSpinBox* timeLimit_ = nullptr;
    SolveControls* controls_ = nullptr;
    SolverChart* solverChart_ = nullptr;
    ParetoChart* chart_ = nullptr;
    QTableWidget* table_ = nullptr;

    std::unique_ptr<ParetoJob> job_;
    std::vector<ParetoTrainedPoint> trained_;
    std::vector<ParetoFrontierPoint> frontier_;
    std::optional<ParetoResult> result_;
};

}  // namespace smip::ui
