#pragma once
// File → Export MILP…: what the main window needs from a page whose Solve runs a MILP. The page
// turns its current form into a plan; MilpExportJob runs the plan's `build` on a worker thread
// (it may train, prove a bound or compute a start first), takes the model(s) the page's pipeline
// hands to the solver through its onModel hook, stops the pipeline before anything is solved and
// writes the files. GUI thread, except `build`.
#include <QString>
#include <functional>
#include <stop_token>

#include "core/milp/milp_backend.h"
#include "core/milp/milp_solver.h"

namespace smip::ui {

struct MilpExportPlan {
    /// Non-empty: no MILP can be built now, and why (shown to the user).
    QString unavailable;
    /// What the model is built from (bounds, start, which stage), shown after the export.
    QString note;
    /// Runs the page's pipeline with `onModel` as its model hook, on `backend`, until `stop`.
    /// Worker thread: captures values only, never the page.
    std::function<void(const MilpModelHook& onModel, std::stop_token stop,
                       const MilpBackend& backend)>
        build;
};

/// Implemented by the pages that solve a MILP (Sparsest, Perceptron, Adversarial, MIP training).
class MilpExportSource {
  public:
    virtual ~MilpExportSource() = default;
    /// The plan for the MILP the page's Solve (or Train) button would run with the form as it is.
    virtual MilpExportPlan milpExportPlan() const = 0;
};

}  // namespace smip::ui
