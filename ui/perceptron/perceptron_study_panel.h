#pragma once
// The Perceptron page's Table-3 sparsity study (Rosenhahn, JOTA 2023): the Study tab (a note and
// the table) and, placed by the page in its form column, the study box (repeats, Study, Export
// CSV…). The study runs as a PerceptronStudyJob on the page's clock, charting each solve live.
#include <QWidget>
#include <memory>
#include <optional>

#include "core/data/dataset.h"
#include "core/perceptron/perceptron_study.h"

class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace smip {
struct PerceptronRunConfig;
}

namespace smip::ui {

class PerceptronStudyJob;
class SolveControls;
class SolverChart;
class PerceptronStudyPanel : public QWidget {
    Q_OBJECT
  public:
    /// `controls` and `chart` are the page's: the study shows its status, clock and live solve
    /// there.
    PerceptronStudyPanel(SolveControls* controls, SolverChart* chart, QWidget* parent = nullptr);
    /// Stops the study and waits for it (the current solve's process is stopped, then killed).
    ~PerceptronStudyPanel() override;

    /// The repeats, Study and Export CSV… box, for the page's form column.
    QGroupBox* controlBox() const { return box_; }
    QSpinBox* repeatsBox() const { return repeats_; }
    void setRepeats(int repeats);

    /// Runs the study on `data` with the page's settings (hidden units, time limit, split, seed;
    /// the weights factor for every term). GUI thread.
    void start(const Dataset& data, const PerceptronRunConfig& settings);
    /// Ends the study after cancelling the current solve; the finished runs are kept.
    void cancel();
    bool isRunning() const;

    const std::optional<PerceptronStudyResult>& result() const { return result_; }
    QTableWidget* table() const { return table_; }
    /// Writes the study table as CSV (atomically). Empty string on success, else a message.
    QString exportCsv(const QString& path) const;

  signals:
    /// The Study button was pressed (the page decides whether a study may start).
    void runRequested();
    void finished();

  private:
    void buildBox();
    void onTick();
    void onFinished();
    void fillTable(const PerceptronStudyResult& r);
    void exportInteractive();

    SolveControls* controls_;
    SolverChart* chart_;
    QGroupBox* box_ = nullptr;
    QSpinBox* repeats_ = nullptr;
    QPushButton* run_ = nullptr;
    QPushButton* export_ = nullptr;
    QLabel* note_ = nullptr;
    QTableWidget* table_ = nullptr;
    std::unique_ptr<PerceptronStudyJob> job_;
    std::optional<PerceptronStudyResult> result_;
};

}  // namespace smip::ui
