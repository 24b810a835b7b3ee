#include "ui/jobs/perceptron_solve_job.h"

#include <QSize>

#include "ui/jobs/gui_milp_backend.h"

namespace smip::ui {

namespace {

// The regions image covers train and test points alike.
DecisionRegions regionsOf(const PerceptronSolveOutcome& out) {
    const Dataset& train = out.split.train;
    const Dataset& test = out.split.test;
    if (train.features() != 2 || !out.result.hasNetwork) return {};
    Eigen::MatrixXd all(train.samples() + test.samples(), 2);
    all << train.X, test.X;
    return computeDecisionRegions(out.result.net, paddedBounds(all), QSize(320, 320));
}

}  // namespace

PerceptronSolveJob::PerceptronSolveJob(const Dataset& data, const PerceptronRunConfig& config,
                                       QObject* parent)
    : WorkerJob(parent), data_(data), config_(config) {}

void PerceptronSolveJob::start() {
    clock_.start();
    WorkerJob::start(
        [data = data_, config = config_](PerceptronSolveChannels& out, std::stop_token stop) {
            MilpHooks hooks;
            hooks.onProgress = [&out](const MilpProgress& p) { out.progress.push(p); };
            hooks.onLog = [&out](const std::string& line) { out.log.push(line); };
            hooks.onRestart = [&out] { out.progress.startRun(); };
            PerceptronRunResult run = runPerceptron(data, config, hooks, stop, guiMilpBackend());
            PerceptronSolveOutcome o{std::move(run.split), std::move(run.result), {}};
            o.regions = regionsOf(o);
            return o;
        });
}

PerceptronSolveJob::Batch PerceptronSolveJob::drain() {
    Batch b = WorkerJob::drain([](PerceptronSolveChannels& c) {
        Batch out{c.progress.drain(), {}};
        for (const std::string& line : c.log.drain())
            out.log << QString::fromStdString(line);
        return out;
    });
    if (b.progress.newRun) {
        retried_ = true;
        clock_.restart();
    }
    return b;
}

}  // namespace smip::ui
