#include "ui/perceptron/perceptron_study_job.h"

#include <exception>

#include "ui/jobs/gui_milp_backend.h"

namespace smip::ui {

PerceptronStudyJob::PerceptronStudyJob(QObject* parent)
    : QObject(parent), shared_(std::make_shared<Shared>()) {}

PerceptronStudyJob::~PerceptronStudyJob() {
    worker_.request_stop();
    if (worker_.joinable()) worker_.join();
}

void PerceptronStudyJob::start(const Dataset& data, const PerceptronStudyConfig& config) {
    if (started_) return;
    started_ = true;
    // Captures values and shared state, never `this`: the job may be destroyed first (the
    // destructor joins, but the lambda must not depend on members being alive during unwinding).
    worker_ = std::jthread([shared = shared_, data, config](std::stop_token st) {
        PerceptronStudyHooks hooks;
        hooks.onProgress = [&shared](int done, int total, const std::string& variant) {
            {
                std::lock_guard lock(shared->mutex);
                shared->progress = {done, total, QString::fromStdString(variant)};
            }
            shared->run.fetch_add(1, std::memory_order_release);
        };
        hooks.milp.onProgress = [&shared](const MilpProgress& p) { shared->samples.push(p); };
        try {
            // Every solve in its own worker process: Debian's CBC can crash (a Cgl segfault was
            // seen on wine) and must not take the GUI, or the study, down with it.
            shared->result = runPerceptronStudy(data, config, hooks, st, guiMilpBackend());
        } catch (const std::exception& e) {  // bad_alloc and the like: a message, not a crash
            shared->result = PerceptronStudyResult();
            shared->result.message = e.what();
        }
        shared->done.store(true, std::memory_order_release);
    });
}

void PerceptronStudyJob::requestStop() {
    worker_.request_stop();
}

PerceptronStudyJob::Progress PerceptronStudyJob::progress() const {
    std::lock_guard lock(shared_->mutex);
    return shared_->progress;
}

std::vector<MilpProgress> PerceptronStudyJob::poll(int* run) {
    // Read `done` before draining: everything pushed before done=true is in this batch.
    const bool done = shared_->done.load(std::memory_order_acquire);
    if (run) *run = shared_->run.load(std::memory_order_acquire);
    std::vector<MilpProgress> out = shared_->samples.drain();
    if (done && !finishedEmitted_) {
        finishedEmitted_ = true;
        if (worker_.joinable()) worker_.join();
        result_ = std::move(shared_->result);
        QMetaObject::invokeMethod(this, &PerceptronStudyJob::finished, Qt::QueuedConnection);
    }
    return out;
}

}  // namespace smip::ui
