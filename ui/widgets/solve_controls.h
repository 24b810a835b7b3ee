#pragma once
// The scaffolding every solve page repeats: a Start/Cancel button row, a status line, the busy
// state of both (and of inputs that must not change during a run), the solver charts a new run
// clears, and the ≤ 30 Hz clock on which the page drains its workers' progress.
//
// The widget itself is the button row; the status label is separate so that the page can place it
// (below a study box, a stage line, …). Used by every page that runs work: Train, Sparsest,
// Perceptron, Adversarial and MIP training.
#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace smip::ui {

class SolverChart;

class SolveControls : public QWidget {
    Q_OBJECT
  public:
    /// `startText` labels the start button and `cancelText` the cancel button (empty: "Cancel");
    /// both translated by the page ("Solve", "Train"; "Stop"). Cancel starts disabled; the status
    /// line reads "Ready.".
    explicit SolveControls(const QString& startText, const QString& cancelText = {},
                           QWidget* parent = nullptr);

    QPushButton* startButton() const { return start_; }
    QPushButton* cancelButton() const { return cancel_; }
    /// Word-wrapped, selectable; not in this widget's layout: the page places it.
    QLabel* statusLabel() const { return status_; }

    /// Idle: Start enabled when `canStart`, Cancel disabled. Busy: Start disabled, Cancel enabled.
    /// Widgets given to disableWhileBusy() are enabled exactly when idle. Emits busyChanged().
    void setBusy(bool busy, bool canStart = true);
    void disableWhileBusy(QWidget* widget);

    /// Shows `text`; `error` draws it in red until the next call.
    void setStatus(const QString& text, bool error = false);
    QString statusText() const;
    bool statusIsError() const { return error_; }

    /// Charts that start from zero with every run (resetCharts(), begin()).
    void addChart(SolverChart* chart);
    void resetCharts();
    /// A run starts: the charts are cleared, the page turns busy, `status` is shown.
    void begin(const QString& status);

    /// The poll clock: tick() every 34 ms (≤ 30 redraws per second) while polling. Starting a
    /// running clock changes nothing, so a page's jobs can each ask for it; each tick drains all
    /// samples that arrived since the last one (one redraw per tick, however many samples).
    void startPolling();
    void stopPolling();
    bool isPolling() const { return clock_.isActive(); }

  signals:
    void startRequested();
    void cancelRequested();
    void tick();
    /// After every setBusy() (also when the state is unchanged): for widgets whose enabled state
    /// depends on more than the busy flag.
    void busyChanged(bool busy);

  private:
    QPushButton* start_;
    QPushButton* cancel_;
    QLabel* status_;
    bool error_ = false;
    QList<QPointer<QWidget>> lockWhileBusy_;
    QList<QPointer<SolverChart>> charts_;
    QTimer clock_;
};

}  // namespace smip::ui
