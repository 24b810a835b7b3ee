// Tests of the perceptron MILP's firing-pattern enumeration (issue #13, proofs on teaching-size
// data): the threshold functions it lets the outputs choose are all of them, its wide pattern
// lists agree with the rank bound's, its optimum equals CBC's proven optimum on instances CBC
// proves alone (never above it), the network it builds is a feasible MILP point with the value it
// claims, and the trainer proves a teaching-size instance through it.
#include <QtTest>

#include <random>

#include "core/data/dataset_catalog.h"
#include "core/milp/milp_solver.h"
#include "core/perceptron/perceptron_data.h"
#include "core/perceptron/perceptron_gradient_start.h"
#include "core/perceptron/perceptron_milp.h"
#include "core/perceptron/perceptron_pattern_bound.h"
#include "core/perceptron/perceptron_polish.h"
#include "core/perceptron/perceptron_trainer.h"
#include "core/sparsest/halfspace_patterns.h"
#include "tests/perceptron/perceptron_test_util.h"

using namespace smip;
using smip::test::infeasibility;
using smip::test::objectiveOf;

namespace {

Dataset shape(const std::string& name, int n, std::uint64_t seed) {
    DatasetSpec spec;
    spec.source = name;
    spec.n = n;
    spec.seed = seed;
    Dataset d;
    std::string error;
    if (!resolveDataset(spec, d, error)) qFatal("%s: %s", name.c_str(), error.c_str());
    return d;
}

PerceptronConfig allTerms(int hidden) {
    PerceptronConfig c;
    c.hidden = hidden;
    c.sparsity.weights = c.sparsity.activations = c.sparsity.neurons = true;
    return c;
}

MilpOptions quiet(double seconds) {
    MilpOptions o;
    o.timeLimitSeconds = seconds;
    o.logLevel = 0;
    return o;
}

}  // namespace

class TestPerceptronPatternBound : public QObject {
    Q_OBJECT

  private slots:
    // The number of threshold functions of k variables is known (OEIS A000609): the list is
    // complete, and each entry's integer realization gives its own truth table.
    void thresholdFunctionsAreAllOfThem() {
        const int expected[] = {2, 4, 14, 104, 1882};
        for (int k = 0; k <= 4; ++k) {
            const auto& list = thresholdFunctions(k);
            QCOMPARE(static_cast<int>(list.size()), expected[k]);
            for (const ThresholdFunction& f : list) {
                std::uint16_t table = 0;
                for (int c = 0; c < (1 << k); ++c) {
                    int dot = 0;
                    for (int i = 0; i < k; ++i)
                        if (c & (1 << i)) dot += f.a[static_cast<std::size_t>(i)];
                    if (dot >= f.t) table |= static_cast<std::uint16_t>(1u << c);
                }
                QCOMPARE(table, f.table);
            }
        }
    }

    // The 64-bit pattern list is the rank bound's 32-bit one on sets both can take.
    void widePatternsAreTheNarrowOnes() {
        std::mt19937_64 rng(5);
        std::uniform_real_distribution<double> U(0.0, 1.0);
        for (int cols = 2; cols <= 4; ++cols) {
            Eigen::MatrixXd P(14, cols);
            for (Eigen::Index r = 0; r < P.rows(); ++r)
                for (Eigen::Index c = 0; c < P.cols(); ++c)
                    P(r, c) = c + 1 == cols ? 1.0 : U(rng);
            const auto narrow = realizablePatterns(P);
            const auto wide = realizableWidePatterns(P);
            QCOMPARE(wide.size(), narrow.size());
            for (std::size_t i = 0; i < wide.size(); ++i)
                QCOMPARE(wide[i], static_cast<WidePattern>(narrow[i]));
        }
    }

    // On instances small enough for CBC to prove alone, the enumeration's optimum is CBC's: the
    // bound is never above it (validity) and the value is reached (the network is built, is a
    // feasible point of the model and has the claimed objective, or the start already had it).
    void optimumIsCbcsOptimum_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("seed");
        QTest::addColumn<int>("hidden");
        QTest::addColumn<QString>("flags");
        QTest::newRow("moons all") << "moons" << 12 << 1 << 2 << "weights,activations,neurons";
        QTest::newRow("xor all") << "xor" << 12 << 2 << 2 << "weights,activations,neurons";
        QTest::newRow("corner all") << "corner" << 12 << 3 << 3 << "weights,activations,neurons";
        QTest::newRow("circles w+a") << "circles" << 10 << 4 << 2 << "weights,activations";
        QTest::newRow("moons a") << "moons" << 10 << 5 << 2 << "activations";
        QTest::newRow("xor a+n") << "xor" << 10 << 6 << 2 << "activations,neurons";
        QTest::newRow("blobs all") << "blobs" << 12 << 7 << 2 << "weights,activations,neurons";
    }
    void optimumIsCbcsOptimum() {
        QFETCH(QString, name);
        QFETCH(int, n);
        QFETCH(int, seed);
        QFETCH(int, hidden);
        QFETCH(QString, flags);
        const Dataset data = shape(name.toStdString(), n, static_cast<std::uint64_t>(seed));
        PerceptronConfig cfg;
        cfg.hidden = hidden;
        std::string error;
        QVERIFY2(parseSparsityFlags(flags.toStdString(), cfg.sparsity, error), error.c_str());
        PerceptronMilp milp;
        QVERIFY2(buildPerceptronMilp(data, cfg, milp, error), error.c_str());

        const MilpResult cbc = solveMilp(milp.problem, quiet(120.0));
        QCOMPARE(cbc.status, MilpStatus::Optimal);  // the instance is meant to be provable

        // The weakest start there is, so the enumeration has to find the optimum itself.
        const std::vector<double> start = majorityPerceptronStart(milp);
        PerceptronPatternBoundOptions o;
        o.seconds = 120.0;
        o.upperBound = perceptronObjective(milp, start);
        const PerceptronPatternBoundResult r = perceptronPatternBound(milp, o);
        QVERIFY2(r.computed, r.reason.c_str());
        QVERIFY2(r.complete, r.reason.c_str());
        QVERIFY2(
            r.bound <= cbc.objective + 1e-6,
            qPrintable(QString("bound %1 above CBC's optimum %2").arg(r.bound).arg(cbc.objective)));
        const double optimum = r.hasNetwork ? r.objective : o.upperBound;
        QVERIFY2(std::abs(optimum - cbc.objective) <= 1e-6,
                 qPrintable(QString("enumeration %1, CBC %2").arg(optimum).arg(cbc.objective)));
        QVERIFY(r.bound >= optimum - 1e-6);
        if (r.hasNetwork) {
            const QString bad = infeasibility(milp.problem, r.solution);
            QVERIFY2(bad.isEmpty(), qPrintable(bad));
            QVERIFY(std::abs(objectiveOf(milp.problem, r.solution) - r.objective) <= 1e-9);
        }
    }

    // Started from the optimum itself (CBC's), no pass finds a better network: each one proves a
    // higher bound, the last one the optimum — "the start is optimal", the bound charted rising.
    void passesRaiseTheBoundToAnOptimalStart() {
        const Dataset data = shape("moons", 14, 2);
        PerceptronMilp milp;
        std::string error;
        QVERIFY2(buildPerceptronMilp(data, allTerms(2), milp, error), error.c_str());
        const MilpResult cbc = solveMilp(milp.problem, quiet(120.0));
        QCOMPARE(cbc.status, MilpStatus::Optimal);
        PerceptronPatternBoundOptions o;
        o.seconds = 120.0;
        o.upperBound = cbc.objective;
        std::vector<double> bounds;
        o.onProgress = [&](const PerceptronPatternBoundProgress& p) { bounds.push_back(p.bound); };
        const PerceptronPatternBoundResult r = perceptronPatternBound(milp, o);
        QVERIFY2(r.complete, r.reason.c_str());
        QVERIFY(!r.hasNetwork);
        QVERIFY(bounds.size() >= 3);
        for (std::size_t i = 1; i < bounds.size(); ++i)
            QVERIFY(bounds[i] > bounds[i - 1]);
        QVERIFY(std::abs(r.bound - cbc.objective) <= 1e-6);
        QCOMPARE(bounds.back(), r.bound);
    }

    // What the enumeration does not cover is skipped with a reason, never guessed.
    void skipsWhatItDoesNotCover() {
        const Dataset data = shape("moons", 12, 1);
        PerceptronConfig cfg = allTerms(2);
        cfg.integer = true;
        PerceptronMilp milp;
        std::string error;
        QVERIFY2(buildPerceptronMilp(data, cfg, milp, error), error.c_str());
        PerceptronPatternBoundOptions o;
        o.upperBound = perceptronObjective(milp, majorityPerceptronStart(milp));
        const PerceptronPatternBoundResult r = perceptronPatternBound(milp, o);
        QVERIFY(!r.computed);
        QVERIFY(r.reason.find("integer") != std::string::npos);

        PerceptronMilp wide;
        QVERIFY2(buildPerceptronMilp(shape("moons", 12, 1), allTerms(5), wide, error),
                 error.c_str());
        QVERIFY(!perceptronPatternBound(wide, o).computed);

        PerceptronConfig noFirings = allTerms(2);
        noFirings.sparsity.activations = false;
        PerceptronMilp unpriced;
        QVERIFY2(buildPerceptronMilp(shape("moons", 12, 1), noFirings, unpriced, error),
                 error.c_str());
        const PerceptronPatternBoundResult u = perceptronPatternBound(unpriced, o);
        QVERIFY(!u.computed);
        QVERIFY(u.reason.find("activations") != std::string::npos);
    }

    // A stop before it starts ends it with no claim beyond the trivial bound.
    void stopEndsItWithoutAClaim() {
        PerceptronMilp milp;
        std::string error;
        QVERIFY2(buildPerceptronMilp(shape("moons", 20, 3), allTerms(3), milp, error),
                 error.c_str());
        PerceptronPatternBoundOptions o;
        o.upperBound = perceptronObjective(milp, majorityPerceptronStart(milp));
        std::stop_source source;
        source.request_stop();
        const PerceptronPatternBoundResult r = perceptronPatternBound(milp, o, source.get_token());
        QVERIFY(r.timedOut);
        QVERIFY(!r.complete);
        QCOMPARE(r.bound, 0.0);
    }

    // Through the trainer: a teaching-size instance (moons, 30 points, 3 hidden units, all three
    // terms) ends proven, the bound charted before CBC starts, and the network is never worse
    // than its start.
    void trainerProvesATeachingInstance() {
        const Dataset data = shape("moons", 30, 3);
        std::vector<MilpProgress> samples;
        PerceptronHooks hooks;
        hooks.milp.onProgress = [&](const MilpProgress& p) { samples.push_back(p); };
        const PerceptronTrainResult r =
            trainPerceptron(data, nullptr, allTerms(3), quiet(120.0), hooks);
        QVERIFY2(r.patternBound.computed, r.patternBound.reason.c_str());
        QVERIFY2(r.patternBound.complete, r.patternBound.reason.c_str());
        QCOMPARE(r.status, MilpStatus::Optimal);
        QVERIFY(r.hasNetwork);
        QVERIFY(r.verification.passed);
        QVERIFY(r.objective <= r.start.objective + 1e-9);
        QVERIFY(std::abs(r.bestBound - r.objective) <= 1e-6);
        QVERIFY(!samples.empty());
        // The enumeration's bounds come first, each above the last.
        double last = -1.0;
        int rising = 0;
        for (const MilpProgress& p : samples) {
            if (p.nodes > 0) break;
            if (std::isfinite(p.bound) && p.bound > last + 1e-12) {
                ++rising;
                last = p.bound;
            }
        }
        QVERIFY(rising >= 1);
    }
};

QTEST_APPLESS_MAIN(TestPerceptronPatternBound)
#include "test_perceptron_pattern_bound.moc"
