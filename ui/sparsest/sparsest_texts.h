#pragma once
// Translated texts for sparsest-network results (core keeps no display strings).
#include <QString>

#include "core/milp/milp_result.h"
#include "core/sparsest/sparsest_solver.h"

namespace smip::ui {

/// "Optimal", "Time limit reached (feasible)", … for any MILP status.
QString milpStatusText(MilpStatus status);
/// One line: status, objective, bound, gap, time — or the reason it failed.
QString sparsestStatusText(const SparsestResult& result);
/// " No sparser network exists at any weight bound." or which bound the result reaches (empty
/// when neither applies); appended by sparsestStatusText.
QString boundsBindingText(const SparsestResult& result);
/// " Rank bound: at least N nonzeros (…)." or empty when the bound was not computed (leading
/// space, for appending to a status line).
QString rankBoundText(const RankBoundResult& rank, bool witnessIsStart);
/// One line for the chart while the rank bound runs: the level and stage, how far, the bound
/// and the sparsest network known to fit.
QString rankProgressText(const RankBoundProgress& progress);
/// The verification summary shown beside the solver's claim (rich text).
QString verificationText(const SparsestResult& result);

}  // namespace smip::ui
