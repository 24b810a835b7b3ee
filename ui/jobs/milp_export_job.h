#pragma once
// Runs a MilpExportPlan (ui/main/milp_export.h) on a worker thread: the plan's pipeline runs until
// it hands its first model to the solver, every model handed over by then is kept (a Lagrangian
// iteration hands over all its blocks at once), the pipeline is stopped before any of them is
// solved, and the files are written with core's writeMilpModelFiles (the CLI's --mps/--lp code).
#include <QStringList>
#include <string>
#include <vector>

#include "core/milp/milp_model_files.h"
#include "ui/jobs/worker_job.h"
#include "ui/main/milp_export.h"

namespace smip::ui {

struct MilpExportOutcome {
    std::vector<std::string> written;  ///< every path written, in order
    std::vector<std::string> solves;   ///< the solve names of the models taken
    int starts = 0;                    ///< how many of them had a MIP start
    std::string error;                 ///< a write failed (names the path)
    bool built = false;                ///< the pipeline handed over a model
};

struct MilpExportChannels {};

class MilpExportJob : public WorkerJob<MilpExportOutcome, MilpExportChannels> {
  public:
    using WorkerJob::WorkerJob;
    /// Starts the plan's build and writes its model(s) to `files` (one model: the paths as given;
    /// several: named per solve, milp_model_files.h). GUI thread.
    void start(MilpExportPlan plan, MilpModelFiles files);
    /// Call from the page clock or once after finished(); returns the outcome when done.
    void poll();
};

}  // namespace smip::ui
