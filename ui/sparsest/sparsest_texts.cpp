#include "ui/sparsest/sparsest_texts.h"

#include <QCoreApplication>
#include <cmath>

namespace smip::ui {

namespace {
// Free functions have no class context: lupdate files these tr() calls under the enclosing
// namespace, so the lookup must use the same context.
QString tr(const char* text) {
    return QCoreApplication::translate("smip::ui", text);
}
QString num(double v) {
    return std::isfinite(v) ? QString::number(v, 'g', 6) : QStringLiteral("–");
}
}  // namespace

QString milpStatusText(MilpStatus status) {
    switch (status) {
        case MilpStatus::Optimal:
            return tr("Optimal (proven)");
        case MilpStatus::FeasibleAtLimit:
            return tr("Limit reached, best solution kept (not proven)");
        case MilpStatus::Infeasible:
            return tr("Infeasible");
        case MilpStatus::Unbounded:
            return tr("Unbounded");
        case MilpStatus::NoSolutionAtLimit:
            return tr("Limit reached before any solution");
        case MilpStatus::Cancelled:
            return tr("Cancelled");
        case MilpStatus::Error:
            return tr("Solver error");
    }
    return {};
}

QString sparsestStatusText(const SparsestResult& r) {
    const MilpResult& m = r.milp;
    QString text = milpStatusText(m.status);
    if (m.hasSolution)
        text += tr(": objective %1, bound %2, gap %3 %, %4 nodes, %5 s")
                    .arg(num(m.objective), num(m.bestBound),
                         QString::number(100.0 * (std::isfinite(m.gap) ? m.gap : 0.0), 'f', 2))
                    .arg(m.nodes)
                    .arg(m.seconds, 0, 'f', 2);
    else
        text += tr(" after %1 s").arg(m.seconds, 0, 'f', 2);
    if (!m.message.empty()) text += QStringLiteral(" — ") + QString::fromStdString(m.message);
    const QString rank = rankBoundText(r.rankBound, r.startFromWitness);
    const bool moreSentences = !rank.isEmpty() || r.oneDimensional.computed;
    if (moreSentences && !text.endsWith('.')) text += '.';
    const OneDimensionalSparsest& od = r.oneDimensional;
    QString oneD;
    if (od.computed)
        oneD = tr(" 1-D kink bound: at least %1 nonzeros (%2 kinks needed).")
                   .arg(od.lowerBound)
                   .arg(od.minKinks) +
               (r.startFromOneDimensional ? tr(" Its network is the MIP start.") : QString());
    if (const OneDimensionalExact& ex = r.oneDimensionalExact; ex.computed)
        oneD += tr(" 1-D slot MILP: at least %1 nonzeros").arg(ex.lowerBound) +
                (ex.hasNetwork ? tr(", its network %1").arg(ex.nonzeros) : QString()) +
                (ex.hasNetwork && !ex.withinBounds ? tr(" (beyond the bounds)") : QString()) +
                (r.startFromOneDimensionalExact ? tr(", the MIP start.") : QStringLiteral("."));
    return text + rank + oneD + boundsBindingText(r);
}

QString boundsBindingText(const SparsestResult& r) {
    const SparsestBoundsBinding b = sparsestBoundsBinding(r);
    if (b.boundFreeOptimal) return tr(" No sparser network exists at any weight bound.");
    if (!b.binds()) return {};
    if (b.weightAtBound && b.biasAtBound)
        return tr(
            " The result reaches both w_B and b_B: a sparser network may need larger "
            "weights or biases (raise the bounds).");
    if (b.weightAtBound)
        return tr(
            " The result reaches w_B: a sparser network may need larger weights (raise "
            "w_B).");
    return tr(" The result reaches b_B: a sparser network may need larger biases (raise b_B).");
}

QString rankBoundText(const RankBoundResult& rank, bool witnessIsStart) {
    if (!rank.computed) return {};
    QString text = tr(" Rank bound: at least %1 nonzeros, proven over %2 support/pattern "
                      "combinations in %3 s.")
                       .arg(rank.bound)
                       .arg(rank.combinations)
                       .arg(rank.seconds, 0, 'f', 2);
    if (rank.refinedLevels > 0)
        text += tr(" The exact search found no network among the %1 full-rank combinations of "
                   "%2 nonzeros (%3 of them refuted by their last unit's pattern alone).")
                    .arg(rank.exactChecks + rank.lastUnitRefuted)
                    .arg(rank.bound - 1)
                    .arg(rank.lastUnitRefuted);
    if (rank.hasUpperNetwork)
        text += tr(" It also found a network of %1 nonzeros that fits: units whose weights broke "
                   "a bound, split into copies within it.")
                    .arg(rank.upperNonzeros);
    if (rank.timedOut) text += tr(" (Its time budget ended the enumeration: a partial bound.)");
    if (witnessIsStart) text += tr(" A network at the bound is the MIP start.");
    return text;
}

QString rankProgressText(const RankBoundProgress& p) {
    QString what;
    if (!p.searching)
        what = p.fits ? tr("Rank bound: level %1 holds a span that fits y.").arg(p.level)
                      : tr("Rank bound: level %1 refuted.").arg(p.level);
    else if (p.stage == RankBoundStage::Relaxation)
        what = tr("Rank bound: searching the spans of level %1, %2 % done (estimated).")
                   .arg(p.level)
                   .arg(std::lround(100.0 * p.done));
    else if (p.stage == RankBoundStage::RankDeficientSpans)
        what = tr("Rank bound: level %1 fits the relaxation; looking for a rank-deficient span, "
                  "%2 % done (estimated).")
                   .arg(p.level)
                   .arg(std::lround(100.0 * p.done));
    else
        what =
            tr("Rank bound: exact search of the networks with %1 nonzeros, %2 % done (estimated).")
                .arg(p.level)
                .arg(std::lround(100.0 * p.done));
    what += tr(" Proven: at least %1 nonzeros (%2 combinations, %3 s).")
                .arg(p.bound)
                .arg(p.combinations)
                .arg(p.seconds, 0, 'f', 1);
    if (p.upperNonzeros >= 0)
        what += tr(" Sparsest network known to fit: %1 nonzeros.").arg(p.upperNonzeros);
    return what;
}

QString verificationText(const SparsestResult& r) {
    if (!r.hasNetwork) return tr("No network to verify.");
    const SparsestVerification& v = r.verification;
    const QString verdict = v.passed ? tr("<b style='color:#1a7f37'>Verified</b>")
                                     : tr("<b style='color:#c62828'>Verification FAILED</b>: %1")
                                           .arg(QString::fromStdString(v.message).toHtmlEscaped());
    return tr("%1<br>Solver claims %2 nonzeros; re-evaluated in double precision: %3 nonzeros "
              "(%4 weights, %5 biases), %6 active units, max residual %7 (allowed ε + %8).")
        .arg(verdict, num(v.claimedObjective))
        .arg(v.nonzeros)
        .arg(v.weightNonzeros)
        .arg(v.biasNonzeros)
        .arg(v.activeUnits)
        .arg(num(v.maxResidual), num(v.tolerance));
}

}  // namespace smip::ui
