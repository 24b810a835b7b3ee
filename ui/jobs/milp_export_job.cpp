#include "ui/jobs/milp_export_job.h"

#include <mutex>

#include "ui/jobs/gui_milp_backend.h"

namespace smip::ui {
namespace {

// The helper solves of a preparation (a warm start's LP, the small MILPs completing a start, LP
// bound tightening) run where the page's own solves run (worker processes); once the model to
// export has been handed over (stop requested), nothing more is solved.
class ExportBackend final : public MilpBackend {
  public:
    MilpResult solve(const MilpProblem& problem, const MilpOptions& options, const MilpHooks& hooks,
                     std::stop_token stop) const override {
        if (stop.stop_requested()) return notStartedResult();
        return guiMilpBackend().solve(problem, options, hooks, stop);
    }
};

struct Taken {
    std::string solve;
    MilpProblem problem;
    std::vector<double> start;
};

}  // namespace

void MilpExportJob::start(MilpExportPlan plan, MilpModelFiles files) {
    WorkerJob::start(
        [build = std::move(plan.build), files](MilpExportChannels&, std::stop_token stop) {
            MilpExportOutcome out;
            std::stop_source done;
            std::stop_callback forward(stop, [&done] { done.request_stop(); });
            std::mutex mutex;
            std::vector<Taken> taken;
            const MilpModelHook hook = [&](const std::string& solve, const MilpProblem& problem,
                                           const std::vector<double>& start) {
                std::lock_guard lock(mutex);
                taken.push_back({solve, problem, start});
                done.request_stop();  // the pipeline ends without solving it
            };
            const ExportBackend backend;
            build(hook, done.get_token(), backend);
            // Cancelled: a model prepared under the stop (a rank bound cut short, a start search
            // stopped early) is not the one the page would solve, so nothing is written.
            if (stop.stop_requested()) return out;
            out.built = !taken.empty();
            for (const Taken& t : taken) {
                // One model goes to the chosen paths; several get their solve names (as the CLI).
                const std::string name = taken.size() == 1 ? std::string() : t.solve;
                out.solves.push_back(t.solve);
                out.starts += t.start.empty() ? 0 : 1;
                out.error = writeMilpModelFiles(files, name, t.problem, t.start, &out.written);
                if (!out.error.empty()) break;
            }
            return out;
        });
}

void MilpExportJob::poll() {
    WorkerJob::drain([](MilpExportChannels&) { return 0; });
}

}  // namespace smip::ui
