#pragma once
// GUI-side handle of the Table-3 perceptron study (core/perceptron/perceptron_study.h) on its own
// std::jthread. Each MILP of the study runs in its own worker process (one at a time), so a CBC
// crash takes neither the GUI nor the study down. The owner's clock calls poll() at ≤ 30 Hz.
#include <QObject>
#include <QString>
#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "core/common/sample_buffer.h"
#include "core/data/dataset.h"
#include "core/perceptron/perceptron_study.h"

namespace smip::ui {

class PerceptronStudyJob : public QObject {
    Q_OBJECT
  public:
    explicit PerceptronStudyJob(QObject* parent = nullptr);
    /// Requests stop and joins the worker (the current CBC solve is cancelled). GUI thread.
    ~PerceptronStudyJob() override;

    /// Starts the study on a worker thread. GUI thread.
    void start(const Dataset& data, const PerceptronStudyConfig& config);
    /// Asks the study to stop after cancelling the current solve. GUI thread.
    void requestStop();
    bool isRunning() const { return started_ && !finishedEmitted_; }

    struct Progress {
        int done = 0;     ///< runs started before the current one
        int total = 0;    ///< runs of the whole study
        QString variant;  ///< id of the current variant ("000".."111", "int", "baseline")
    };
    /// The newest progress (coalesced: only the latest state matters). GUI thread.
    Progress progress() const;
    /// Live samples of the current MILP solve since the last call; `run` is the run they belong
    /// to (a change means a new solve started). Emits finished() (queued) once the worker ended.
    std::vector<MilpProgress> poll(int* run);

    /// Valid after finished().
    const PerceptronStudyResult& result() const { return result_; }

  signals:
    void finished();

  private:
    struct Shared {
        mutable std::mutex mutex;
        Progress progress;  // guarded by mutex
        std::atomic<int> run{0};
        SampleBuffer<MilpProgress> samples;
        std::atomic<bool> done{false};
        PerceptronStudyResult result;
    };
    std::shared_ptr<Shared> shared_;
    PerceptronStudyResult result_;
    std::jthread worker_;
    bool started_ = false;
    bool finishedEmitted_ = false;
};

}  // namespace smip::ui
