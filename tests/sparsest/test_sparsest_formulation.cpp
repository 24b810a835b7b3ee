// Formulation checks that need no solver: size estimate vs built problem, names, input validation,
// known networks encoded by hand are feasible points, decode + verify flag what they should.
#include <QtTest>
#include <cmath>
#include <set>

#include "core/data/generators.h"
#include "core/sparsest/sparsest_formulation.h"
#include "core/sparsest/sparsest_size.h"
#include "core/sparsest/sparsest_solver.h"
#include "core/sparsest/sparsest_validation.h"
#include "core/sparsest/sparsest_warm_start.h"
#include "core/sparsest/verification.h"
#include "tests/sparsest/sparsest_test_util.h"

using namespace smip;

Q_DECLARE_METATYPE(smip::SparsestVariant)

namespace {

// A random sparse network with v = ±1 within the bounds: weights zero with probability 1/2.
ShallowReluNet randomSparseNet(int d, int units, double wB, double bB, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> u(-1.0, 1.0);
    ShallowReluNet net{Eigen::MatrixXd::Zero(units, d), Eigen::VectorXd::Zero(units),
                       Eigen::VectorXd::Ones(units)};
    for (int k = 0; k < units; ++k) {
        for (int j = 0; j < d; ++j)
            if (u(rng) > 0.0) net.W(k, j) = wB * u(rng);
        if (u(rng) > 0.0) net.b(k) = bB * u(rng);
        net.v(k) = u(rng) > 0.0 ? 1.0 : -1.0;
    }
    return net;
}

}  // namespace

class TestSparsestFormulation : public QObject {
    Q_OBJECT
  private slots:
    void sizeEstimateMatchesBuild_data() {
        QTest::addColumn<SparsestVariant>("variant");
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("d");
        QTest::addColumn<int>("width");
        QTest::addColumn<bool>("countBiases");
        QTest::addColumn<double>("eps");
        for (auto v : {SparsestVariant::Published, SparsestVariant::Tight})
            for (bool cb : {true, false}) {
                const QByteArray tag = QByteArray(variantId(v)) + (cb ? "_bias" : "_nobias");
                QTest::newRow(tag + "_3x2") << v << 3 << 2 << 0 << cb << 0.0;
                QTest::newRow(tag + "_7x5_K4") << v << 7 << 5 << 4 << cb << 0.1;
                QTest::newRow(tag + "_1x1") << v << 1 << 1 << 1 << cb << 0.0;
            }
    }
    // Floors proven one after another (the 1-D bounds, then the rank bound) share one row, raised
    // and never lowered: a second row of the same name would break MPS files.
    void objectiveFloorIsOneRow() {
        const auto in = test::randomInstance(4, 2, 7);
        SparsestConfig c{SparsestVariant::Tight, 4, 2.0, 2.0, true, 0.0};
        SparsestModel m = buildSparsestMilp(in.X, in.y, c);
        const std::size_t rows = m.problem.rows.size();
        addObjectiveFloor(m, 3);
        addObjectiveFloor(m, 5);
        addObjectiveFloor(m, 4);
        QCOMPARE(m.problem.rows.size(), rows + 1);
        QCOMPARE(m.problem.rows.back().name, std::string("rank_floor"));
        QCOMPARE(m.problem.rows.back().lower, 5.0);
    }

    void sizeEstimateMatchesBuild() {
        QFETCH(SparsestVariant, variant);
        QFETCH(int, n);
        QFETCH(int, d);
        QFETCH(int, width);
        QFETCH(bool, countBiases);
        QFETCH(double, eps);
        const auto in = test::randomInstance(n, d, 42);
        SparsestConfig c{variant, width, 2.0, 2.0, countBiases, eps};
        const SparsestModel m = buildSparsestMilp(in.X, in.y, c);
        const SparsestSizeEstimate e = estimateSparsestSize(n, d, c);
        QCOMPARE(e.columns, static_cast<long long>(m.problem.columns.size()));
        QCOMPARE(e.binaries, static_cast<long long>(m.problem.binaryCount()));
        QCOMPARE(m.problem.integerCount(), m.problem.binaryCount());
        QVERIFY(e.rows >= static_cast<long long>(m.problem.rows.size()));
        QVERIFY(e.rows <= static_cast<long long>(m.problem.rows.size()) + n);  // cover rows only
        QVERIFY(e.nonzeros >= m.problem.nonzeroCount());
        std::set<std::string> names;
        for (const auto& col : m.problem.columns)
            QVERIFY(names.insert(col.name).second);
        std::set<std::string> rowNames;
        for (const auto& row : m.problem.rows)
            QVERIFY(rowNames.insert(row.name).second);
        // Objective = Σt (+ Σs): d·(slots) weights, slots biases.
        double costs = 0.0;
        for (const auto& col : m.problem.columns)
            costs += col.cost;
        QCOMPARE(costs, double(m.units * d + (countBiases ? m.units : 0)));
    }

    void confirmationThreshold() {
        SparsestConfig c;
        c.variant = SparsestVariant::Tight;
        QVERIFY(!estimateSparsestSize(7, 5, c).needsConfirmation);
        QVERIFY(estimateSparsestSize(200, 10, c).needsConfirmation);  // 2·200·200 z binaries
    }

    // validateSparsest, the check the CLI and the Sparsest page both make before a solve.
    void validationNamesInvalidLargeAndRiskySettings() {
        const Dataset small = generateRandom(7, 5, 0);
        SparsestConfig c;
        QVERIFY(validateSparsest(small.X, small.y, c).all().empty());
        SparsestConfig bad = c;
        bad.wBound = -1.0;
        bad.epsilon = std::nan("");
        const ConfigIssues invalid = validateSparsest(small.X, small.y, bad);
        QVERIFY(!invalid.canStart());
        QCOMPARE(int(invalid.all().size()), 2);
        QCOMPARE(invalid.all()[0].field, std::string("w-bound"));
        QCOMPARE(invalid.all()[1].field, std::string("epsilon"));
        // A large generated dataset: too many binaries, and above a (small) memory limit.
        const Dataset large = generateRandom(300, 5, 0);
        const ConfigIssues big = validateSparsest(large.X, large.y, c, 1000000);
        QVERIFY(big.canStart() && big.needsConfirmation());
        QVERIFY(big.summary(IssueSeverity::Large).find("binaries") != std::string::npos);
        QVERIFY(big.summary(IssueSeverity::Large).find("of memory") != std::string::npos);
        // Bounds beyond CBC's reliable range start, with a warning.
        SparsestConfig huge = c;
        huge.wBound = 1e20;
        const ConfigIssues risky = validateSparsest(small.X, small.y, huge);
        QVERIFY(risky.canStart() && !risky.needsConfirmation() &&
                risky.has(IssueSeverity::Warning));
    }

    // Any network within the bounds and width is a feasible point of both formulations: encode
    // known networks by hand (t = [w ≠ 0], p = relu(a), ...) and check every row and bound.
    void knownNetworksAreFeasiblePoints_data() {
        QTest::addColumn<SparsestVariant>("variant");
        QTest::addColumn<bool>("countBiases");
        for (auto v : {SparsestVariant::Published, SparsestVariant::Tight})
            for (bool cb : {true, false})
                QTest::newRow((QByteArray(variantId(v)) + (cb ? "_bias" : "_nobias")).data())
                    << v << cb;
    }
    void knownNetworksAreFeasiblePoints() {
        QFETCH(SparsestVariant, variant);
        QFETCH(bool, countBiases);
        for (std::uint64_t seed = 0; seed < 20; ++seed) {
            auto in = test::randomInstance(5, 3, 100 + seed);
            const ShallowReluNet net = randomSparseNet(3, 4, 2.0, 2.0, seed);
            in.y = test::evaluate(net, in.X);
            SparsestConfig c{variant, 4, 2.0, 2.0, countBiases, 0.0};
            const SparsestModel m = buildSparsestMilp(in.X, in.y, c);
            const std::vector<double> x = test::encodeNetwork(m, net);
            QVERIFY(!x.empty());
            std::string where;
            QVERIFY2(milpPointViolation(m.problem, x, &where) < 1e-9, where.c_str());
            double obj = 0.0;
            for (std::size_t i = 0; i < x.size(); ++i)
                obj += m.problem.columns[i].cost * x[i];
            QCOMPARE(int(std::lround(obj)), countSparsestNonzeros(net, countBiases, 0.0));
            // Decode gives back the same function and passes verification at that objective.
            const SparsestDecoded dec = decodeSparsestSolution(m, x);
            QVERIFY(dec.error.empty());
            QVERIFY((test::evaluate(dec.net, in.X) - in.y).cwiseAbs().maxCoeff() < 1e-12);
            const SparsestVerification ver = verifySparsestNetwork(m, dec.net, obj);
            QVERIFY2(ver.passed, ver.message.c_str());
            QCOMPARE(ver.nonzeros, int(std::lround(obj)));
        }
    }

    void verificationFlagsFailures() {
        // Samples x = 1, 2 with y = x: the network relu(1·x) fits with one nonzero.
        Eigen::MatrixXd X(2, 1);
        X << 1.0, 2.0;
        Eigen::VectorXd y(2);
        y << 1.0, 2.0;
        SparsestConfig c{SparsestVariant::Tight, 1, 2.0, 2.0, true, 0.0};
        const SparsestModel m = buildSparsestMilp(X, y, c);
        ShallowReluNet net{Eigen::MatrixXd::Constant(1, 1, 1.0), Eigen::VectorXd::Zero(1),
                           Eigen::VectorXd::Ones(1)};
        auto ok = verifySparsestNetwork(m, net, 1.0);
        QVERIFY2(ok.passed, ok.message.c_str());
        QCOMPARE(ok.nonzeros, 1);
        QCOMPARE(ok.activeUnits, 1);
        auto lied = verifySparsestNetwork(m, net, 0.0);  // solver claims fewer nonzeros
        QVERIFY(!lied.passed);
        QVERIFY(lied.message.find("nonzeros") != std::string::npos);
        net.W(0, 0) = 1.1;  // residual 0.2 at x = 2
        auto off = verifySparsestNetwork(m, net, 1.0);
        QVERIFY(!off.passed);
        QVERIFY(off.message.find("residual") != std::string::npos);
        QVERIFY(std::abs(off.maxResidual - 0.2) < 1e-12);
        net.W(0, 0) = 3.0;
        QVERIFY(verifySparsestNetwork(m, net, 1.0).message.find("w_B") != std::string::npos);
        const SparsestDecoded bad = decodeSparsestSolution(m, {1.0, 2.0});
        QVERIFY(bad.error.find("columns") != std::string::npos);
        MilpResult none;
        none.status = MilpStatus::NoSolutionAtLimit;
        const SparsestResult r = finishSparsestResult(m, none);
        QVERIFY(!r.hasNetwork && !r.verification.passed && !r.verification.message.empty());
    }

    void invalidInputIsAMessage() {
        Eigen::MatrixXd X = Eigen::MatrixXd::Ones(3, 2);
        Eigen::VectorXd y = Eigen::VectorXd::Ones(2);
        SparsestConfig c;
        auto r = solveSparsest(X, y, c, MilpOptions{});
        QCOMPARE(r.milp.status, MilpStatus::Error);
        QVERIFY(r.milp.message.find("targets") != std::string::npos);
        y = Eigen::VectorXd::Ones(3);
        c.wBound = 0.0;
        r = solveSparsest(X, y, c, MilpOptions{});
        QVERIFY(r.milp.message.find("w_B") != std::string::npos);
        c.wBound = 1.0;
        X(1, 1) = std::nan("");
        r = solveSparsest(X, y, c, MilpOptions{});
        QVERIFY(r.milp.message.find("NaN") != std::string::npos);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, buildSparsestMilp(X, y, c));
    }

    void rescaleAndBoundsFromModel() {
        // Hand example: unit 0 has v = −2, w = (0.5, −1), b = 0.25 → w' = (1, −2), b' = 0.5, v' =
        // −1.
        ShallowReluNet net{Eigen::MatrixXd(2, 2), Eigen::VectorXd(2), Eigen::VectorXd(2)};
        net.W << 0.5, -1.0, 3.0, 0.0;
        net.b << 0.25, -1.0;
        net.v << -2.0, 0.5;
        const ShallowReluNet r = rescaleToUnitOutputs(net);
        QCOMPARE(r.W(0, 1), -2.0);
        QCOMPARE(r.b(0), 0.5);
        QCOMPARE(r.v(0), -1.0);
        QCOMPARE(r.W(1, 0), 1.5);
        QCOMPARE(r.v(1), 1.0);
        const Eigen::MatrixXd X = Eigen::MatrixXd::Random(6, 2);
        QVERIFY((test::evaluate(r, X) - test::evaluate(net, X)).cwiseAbs().maxCoeff() < 1e-12);
        const SparsestBounds b = boundsFromModel(net, 1.0);
        QCOMPARE(b.wBound, 3.0);  // max(|−2|, 1.5) + 1
        QCOMPARE(b.bBound, 1.5);  // max(0.5, 0.5) + 1
    }
};

QTEST_APPLESS_MAIN(TestSparsestFormulation)
#include "test_sparsest_formulation.moc"
