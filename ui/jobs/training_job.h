#pragma once
// GUI-side handle of one regularizer training on its own std::jthread. The worker appends samples
// to a SampleBuffer and the newest weights to a LatestValue; the page's clock calls drain() at
// ≤ 30 Hz, so the GUI never waits on the worker and no sample is lost.
#include <QObject>
#include <QString>
#include <atomic>
#include <memory>
#include <optional>
#include <stop_token>
#include <thread>
#include <vector>

#include "core/common/latest_value.h"
#include "core/common/sample_buffer.h"
#include "core/train/trainer.h"

namespace smip::ui {

class TrainingJob : public QObject {
    Q_OBJECT
  public:
    TrainingJob(const Dataset& data, const ShallowReluNet& init, const RegularizerSpec& spec,
                const TrainConfig& config, QObject* parent = nullptr);
    /// Requests stop and joins the worker (returns within about a second). GUI thread.
    ~TrainingJob() override;

    /// Starts the worker thread. GUI thread.
    void start();
    /// Asks the worker to stop; it finishes with status Cancelled shortly after. GUI thread.
    void requestStop();

    /// Takes the samples produced since the last call. Emits finished() once, after the last
    /// samples were handed out. GUI thread.
    std::vector<TrainSample> drain();
    /// Newest weights if they changed since the last call.
    std::optional<ShallowReluNet> takeWeights();

    bool isRunning() const { return started_ && !finishedEmitted_; }
    const RegularizerSpec& spec() const { return spec_; }
    /// Valid after finished().
    const TrainResult& result() const { return result_; }
    /// Non-empty when training threw (bad input); valid after finished().
    const QString& errorMessage() const { return error_; }

  signals:
    void finished();

  private:
    struct Shared {
        SampleBuffer<TrainSample> samples;
        LatestValue<ShallowReluNet> weights;
        std::atomic<bool> done{false};
        TrainResult result;
        std::string error;
    };
    std::shared_ptr<Shared> shared_;
    Dataset data_;
    ShallowReluNet init_;
    RegularizerSpec spec_;
    TrainConfig config_;
    TrainResult result_;
    QString error_;
    std::jthread worker_;
    bool started_ = false;
    bool finishedEmitted_ = false;
};

}  // namespace smip::ui
