#pragma once
// One pattern for every GUI job that runs a core function on its own std::jthread: the worker
// pushes progress into thread-safe channels (SampleBuffer, LatestValue, …); the page's clock
// (≤ 30 Hz) calls drain(), so the GUI never waits on the worker and no sample is lost.
//
// The hand-over rule, written once here:
//  * the body captures values and shared_ptrs, never the job or the page: the job may be
//    destroyed (window closed) while the body still runs its last step;
//  * drain() reads `done` (acquire) BEFORE draining the channels, so everything the body pushed
//    before it returned is in that batch; only then it joins, takes the result and emits
//    finished() queued, so the caller consumes the last batch before it hears "finished";
//  * an exception thrown by the body becomes errorMessage(), never a made-up solver status;
//  * the destructor requests stop and joins.
//
// A job is a small subclass (training_job.h is the model): a Channels struct, start() passing a
// body that calls the core function with hooks writing into the channels, and drain() passing a
// function that empties them. Channels may also hold a mutex-guarded or atomic "latest" value.
#include <QObject>
#include <QString>
#include <atomic>
#include <exception>
#include <functional>
#include <memory>
#include <stop_token>
#include <string>
#include <thread>
#include <utility>

namespace smip::ui {

/// The QObject part of WorkerJob (Q_OBJECT classes cannot be templates): the finished() signal
/// and the state that does not depend on the result type. GUI thread.
class WorkerJobBase : public QObject {
    Q_OBJECT
  public:
    using QObject::QObject;

    /// Between start() and the drain() that saw the body return.
    bool isRunning() const { return started_ && !finishedEmitted_; }
    /// Non-empty when the body threw; valid after finished().
    const QString& errorMessage() const { return error_; }
    bool failed() const { return !error_.isEmpty(); }

  signals:
    /// Once per job, queued, after the drain() that handed out the last channel contents.
    void finished();

  protected:
    /// Marks the hand-over done and queues finished(). `error` is the body's exception text;
    /// `threw` distinguishes an exception with an empty what() from success.
    void markFinished(const std::string& error, bool threw);

    bool started_ = false;
    bool finishedEmitted_ = false;

  private:
    QString error_;
};

/// `Result` is what the body returns (default-constructible); `Channels` holds the thread-safe
/// progress buffers the body writes and drain() reads (constructed in place, need not move).
template <typename Result, typename Channels>
class WorkerJob : public WorkerJobBase {
  public:
    /// Runs on the worker thread. Must capture values and shared_ptrs only.
    using Body = std::function<Result(Channels&, std::stop_token)>;

    explicit WorkerJob(QObject* parent = nullptr)
        : WorkerJobBase(parent), shared_(std::make_shared<Shared>()) {}
    /// Requests stop and joins: returns once the body has returned. GUI thread.
    ~WorkerJob() override {
        worker_.request_stop();
        if (worker_.joinable()) worker_.join();
    }
    WorkerJob(const WorkerJob&) = delete;
    WorkerJob& operator=(const WorkerJob&) = delete;

    /// Starts `body` on the worker thread; a second call does nothing. GUI thread.
    void start(Body body) {
        if (started_) return;
        started_ = true;
        worker_ = std::jthread([shared = shared_, body = std::move(body)](std::stop_token stop) {
            try {
                shared->result = body(shared->channels, stop);
            } catch (const std::exception& e) {  // bad input, bad_alloc: a message, not a crash
                shared->error = e.what();
                shared->threw = true;
            } catch (...) {
                shared->threw = true;
            }
            shared->done.store(true, std::memory_order_release);
        });
    }
    /// Asks the body to stop (through its stop_token). Any time; GUI thread.
    void requestStop() { worker_.request_stop(); }

    /// Calls `take(channels)` and returns what it returns. When the body had returned before
    /// the call, also joins, takes the result and queues finished() (once). GUI thread.
    template <typename Take>
    auto drain(Take&& take) {
        // Read `done` first: everything pushed before done=true is then in this batch.
        const bool done = shared_->done.load(std::memory_order_acquire);
        auto batch = take(shared_->channels);
        if (done && !finishedEmitted_) {
            if (worker_.joinable()) worker_.join();
            result_ = std::move(shared_->result);
            markFinished(shared_->error, shared_->threw);
        }
        return batch;
    }

    /// The channels, for values read outside drain() (e.g. the newest weights). GUI thread.
    Channels& channels() { return shared_->channels; }
    /// The body's result; valid after finished() and default-constructed when the body threw.
    const Result& result() const { return result_; }

  private:
    struct Shared {
        Channels channels;
        std::atomic<bool> done{false};
        Result result;
        std::string error;
        bool threw = false;  // written before `done` (release), read after it (acquire)
    };
    std::shared_ptr<Shared> shared_;
    Result result_;
    std::jthread worker_;
};

}  // namespace smip::ui
