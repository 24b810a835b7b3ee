#include "ui/jobs/perceptron_solve_job.h"

#include <QSize>

#include "ui/jobs/gui_milp_backend.h"

namespace smip::ui {

namespace {

// The regions image covers train and test points alike (the split is the same seeded one the
// run makes, so live and final images share their extent).
DecisionRegions regionsOf(const PerceptronNet& net, const PerceptronSplit& split) {
    const Dataset& train = split.train;
    const Dataset& test = split.test;
    if (train.features() != 2) return {};
    Eigen::MatrixXd all(train.samples() + test.samples(), 2);
    all << train.X, test.X;
    return computeDecisionRegions(net, paddedBounds(all), QSize(320, 320));
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
            PerceptronHooks perceptronHooks(hooks);
            const PerceptronSplit split =
                splitPerceptronData(data, config.testFraction, config.maxTrain, config.seed);
            perceptronHooks.onIncumbent = [&out, &split](const PerceptronIncumbent& inc) {
                out.networks.push({inc, regionsOf(inc.net, split)});
            };
            PerceptronRunResult run =
                runPerceptron(data, config, perceptronHooks, stop, guiMilpBackend());
            PerceptronSolveOutcome o{std::move(run.split), std::move(run.result), {}};
            if (o.result.hasNetwork) o.regions = regionsOf(o.result.net, o.split);
            return o;
        });
}

PerceptronSolveJob::Batch PerceptronSolveJob::drain() {
    Batch b = WorkerJob::drain([](PerceptronSolveChannels& c) {
        Batch out{c.progress.drain(), {}, c.networks.drain()};
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
