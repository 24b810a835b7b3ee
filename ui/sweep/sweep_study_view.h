#pragma once
// The Study view of the Sparsest page (issue #15): the seed package's sweep — data kinds × N × d
// × seeds, each instance through the whole pipeline (the regularizers from one init, the sparsest
// fitting model's bounds and start, the MILP) — configured here and run by the same core code as
// `sparsemip sweep`, its MILPs in worker processes on both cores. The summary chart and table
// fill in as instances finish; results are files in the output directory, so a cancelled or
// closed study resumes, and the CLI's `sweep --collect` reads the same directory.
#include <QWidget>
#include <map>
#include <memory>
#include <string>

#include "core/sweep/sweep_grid.h"
#include "core/sweep/sweep_result.h"

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace smip::ui {

class SweepJob;
class SweepSummaryChart;

class SweepStudyView : public QWidget {
    Q_OBJECT
  public:
    explicit SweepStudyView(QWidget* parent = nullptr);
    /// Stops a running study and waits for it (finished instances are already stored).
    ~SweepStudyView() override;

    /// The grid the form describes; false with a message naming the bad field. GUI thread.
    bool grid(SweepGrid& out, QString& error) const;
    /// Fills the form (settings as in the CLI's flags).
    void setGrid(const SweepGrid& grid);
    void setOutputDirectory(const QString& dir);
    QString outputDirectory() const;
    void setWorkers(int workers);

    /// Shows the results stored in the output directory (without running). Returns their count.
    int loadResults();
    /// Runs the form's grid (the instances whose result file is missing). GUI thread.
    void run();
    void cancel();
    bool isRunning() const;
    /// Writes the table of every result (one row per instance × method) as CSV, atomically.
    QString exportCsv(const QString& path) const;

    SweepSummaryChart* chart() const { return chart_; }
    QTableWidget* table() const { return table_; }
    int resultCount() const { return static_cast<int>(results_.size()); }
    QString statusText() const;

  signals:
    void studyFinished();

  private:
    void buildUi();
    void onTick();
    void onFinished();
    void addResult(const SweepInstanceResult& r);
    void redraw();

    QLineEdit* kinds_ = nullptr;
    QLineEdit* n_ = nullptr;
    QLineEdit* d_ = nullptr;
    QLineEdit* seeds_ = nullptr;
    QLineEdit* regularizers_ = nullptr;
    QSpinBox* epochs_ = nullptr;
    QDoubleSpinBox* timeLimit_ = nullptr;
    QSpinBox* workers_ = nullptr;
    QLineEdit* outDir_ = nullptr;
    QPushButton* runButton_ = nullptr;
    QPushButton* cancelButton_ = nullptr;
    QPushButton* exportButton_ = nullptr;
    QLabel* status_ = nullptr;
    SweepSummaryChart* chart_ = nullptr;
    QTableWidget* table_ = nullptr;
    QTimer* clock_ = nullptr;

    std::unique_ptr<SweepJob> job_;
    std::map<std::string, SweepInstanceResult> results_;  // by instance id
    int planned_ = 0, failed_ = 0;
};

}  // namespace smip::ui
