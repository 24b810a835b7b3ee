#include "ui/jobs/perceptron_study_job.h"

#include "ui/jobs/gui_milp_backend.h"

namespace smip::ui {

PerceptronStudyJob::PerceptronStudyJob(const Dataset& data, const PerceptronStudyConfig& config,
                                       QObject* parent)
    : WorkerJob(parent), data_(data), config_(config) {}

void PerceptronStudyJob::start() {
    WorkerJob::start(
        [data = data_, config = config_](PerceptronStudyChannels& out, std::stop_token stop) {
            PerceptronStudyHooks hooks;
            hooks.onProgress = [&out](int done, int total, const std::string& variant) {
                out.step.set({done, total, variant});
                out.progress.startRun();
            };
            hooks.milp.onProgress = [&out](const MilpProgress& p) { out.progress.push(p); };
            hooks.milp.onRestart = [&out] { out.progress.startRun(); };
            // Every solve in its own worker process: Debian's CBC can crash (a Cgl segfault was
            // seen on wine) and must not take the GUI, or the study, down with it.
            return runPerceptronStudy(data, config, hooks, stop, guiMilpBackend());
        });
}

PerceptronStudyJob::Batch PerceptronStudyJob::drain() {
    return WorkerJob::drain([](PerceptronStudyChannels& c) {
        return Batch{c.progress.drain(), c.step.take()};
    });
}

}  // namespace smip::ui
