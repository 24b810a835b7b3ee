// The interpolating network (core/sparsest/interpolant.h): it fits any data whose equal inputs
// carry equal targets, with ±1 output weights and at most one unit per distinct sample; it names
// the samples when no network can fit; collinear points need no kink; and the pipeline uses it
// when no trained model fits, so a 1-D set the default bounds cannot hold ends with a verified
// network no worse than the interpolant instead of "infeasible". The bounds-binding check says
// when a result sits at w_B or b_B and when the rank bound makes the bounds moot.
#include <QtTest>

#include <random>

#include "core/data/generators.h"
#include "core/data/line_generators.h"
#include "core/sparsest/interpolant.h"
#include "core/sparsest/sparsest_pipeline.h"
#include "core/sparsest/verification.h"

using namespace smip;

namespace {

double maxAbsResidual(const ShallowReluNet& net, const Eigen::MatrixXd& X,
                      const Eigen::VectorXd& y) {
    return (predict(net, X) - y).cwiseAbs().maxCoeff();
}

// The 1-D bump, x = −2…3, y = (0, 0, 1, 1, 0, 0): the Data page's preset.
Dataset bump() {
    return generateLine(Line1D::Bump, 6, 0.0, 0);
}

}  // namespace

class TestInterpolant : public QObject {
    Q_OBJECT
  private slots:
    void fitsRandomDataInAnyDimension() {
        for (int d : {1, 2, 5})
            for (int n : {1, 2, 3, 7, 12, 40})
                for (std::uint64_t seed = 0; seed < 3; ++seed) {
                    const Dataset data = generateRandom(n, d, seed);
                    std::string why;
                    const auto in = interpolatingNetwork(data.X, data.y, &why);
                    QVERIFY2(in.has_value(), why.c_str());
                    QVERIFY(in->net.width() <= n);
                    QVERIFY((in->net.v.array().abs() == 1.0).all());
                    const double scale = 1.0 + data.y.cwiseAbs().maxCoeff();
                    QVERIFY2(maxAbsResidual(in->net, data.X, data.y) <= 1e-9 * scale,
                             qPrintable(QString("n=%1 d=%2 seed=%3").arg(n).arg(d).arg(seed)));
                    QCOMPARE(in->maxResidual, maxAbsResidual(in->net, data.X, data.y));
                }
    }

    // The 1-D bump: slope changes at −1, 0, 1, 2 and a zero first line: four kinks, nothing else.
    void bumpHasOneUnitPerSlopeChange() {
        const Dataset data = bump();
        const auto in = interpolatingNetwork(data.X, data.y);
        QVERIFY(in.has_value());
        QCOMPARE(in->kinks, 4);
        QCOMPARE(in->net.width(), 4);
        QCOMPARE(countSparsestNonzeros(in->net, true), 7);  // the kink at 0 has no bias
        QVERIFY(maxAbsResidual(in->net, data.X, data.y) < 1e-12);
    }

    // Points on one line need the line only: one unit when it keeps its sign on the data.
    void collinearPointsNeedNoKink() {
        Eigen::MatrixXd X(5, 1);
        X << 3, 1, 2, 5, 4;
        const Eigen::VectorXd y = (2.0 * X.col(0)).array() + 1.0;  // positive on every point
        const auto in = interpolatingNetwork(X, y);
        QVERIFY(in.has_value());
        QCOMPARE(in->kinks, 0);
        QCOMPARE(in->net.width(), 1);
        QVERIFY(maxAbsResidual(in->net, X, y) < 1e-12);
        const Eigen::VectorXd z = X.col(0).array() - 3.0;  // changes sign: relu(L) − relu(−L)
        QCOMPARE(interpolatingNetwork(X, z)->net.width(), 2);
    }

    void repeatedInputsWithEqualTargetsAreMerged() {
        Eigen::MatrixXd X(4, 2);
        X << 0, 1, 0, 1, 1, 0, 2, 2;
        Eigen::VectorXd y(4);
        y << 1, 1, 0, 3;
        const auto in = interpolatingNetwork(X, y);
        QVERIFY(in.has_value());
        QVERIFY(maxAbsResidual(in->net, X, y) < 1e-12);
    }

    void conflictingTargetsAreNamed() {
        Eigen::MatrixXd X(3, 1);
        X << 0.5, 1.0, 0.5;
        Eigen::VectorXd y(3);
        y << 1, 2, 3;
        std::string why;
        QVERIFY(!interpolatingNetwork(X, y, &why).has_value());
        QVERIFY2(why.find("samples 1 and 3") != std::string::npos, why.c_str());
    }

    // Random 1-D data need slopes far above the default bounds 2: before, the pipeline (no
    // trained model fits after a few epochs) solved with w_B = b_B = 2 and came back infeasible.
    void pipelineStartsFromTheInterpolantWhenNothingFits() {
        const Dataset data = generateRandom(6, 1, 1);
        SparsestPipelineConfig config;
        config.regularizers = {RegularizerSpec{}};
        config.train.epochs = 1;             // certainly does not fit
        config.milp.timeLimitSeconds = 2.0;  // the optimum is not what is tested: the start is
        config.milp.logLevel = 0;
        bool sawInterpolant = false;
        SparsestPipelineHooks hooks;
        hooks.onTrained = [&](const SparsestPipelineResult& run, const SparsestConfig& solved) {
            sawInterpolant = run.boundsSource == SparsestBoundsSource::Interpolant;
            QVERIFY(solved.wBound >= run.interpolant->net.W.cwiseAbs().maxCoeff());
            QVERIFY(solved.bBound >= run.interpolant->net.b.cwiseAbs().maxCoeff());
        };
        const SparsestPipelineResult r = runSparsestPipeline(data, config, hooks);
        QVERIFY(sawInterpolant);
        QVERIFY(!r.chosenFits);
        QVERIFY(r.boundsRaised);
        QCOMPARE(r.givenBounds.wBound, config.sparsest.wBound);
        QVERIFY(r.bounds.wBound > config.sparsest.wBound);
        QVERIFY(r.sparsest.hasNetwork);
        QVERIFY2(r.sparsest.verification.passed, r.sparsest.verification.message.c_str());
        QVERIFY(r.sparsest.verification.nonzeros <= r.interpolantNonzeros);
        QVERIFY(r.sparsest.milp.status != MilpStatus::Infeasible);
    }

    // The bump at w_B = b_B = 2: the optimum 6 reaches both bounds (the exact search that proves
    // it uses them); at 10 it does not, and nothing is said.
    void boundsBindingOnTheBump() {
        const Dataset data = bump();
        SparsestConfig c;
        c.width = 6;
        MilpOptions o;
        o.timeLimitSeconds = 30.0;
        o.logLevel = 0;
        const SparsestResult tight = solveSparsest(data.X, data.y, c, o);
        QCOMPARE(tight.milp.status, MilpStatus::Optimal);
        QCOMPARE(tight.verification.nonzeros, 6);
        const SparsestBoundsBinding atTwo = sparsestBoundsBinding(tight);
        QVERIFY(atTwo.checked);
        QVERIFY(atTwo.weightAtBound);
        QVERIFY(atTwo.binds());
        c.wBound = c.bBound = 10.0;
        const SparsestResult loose = solveSparsest(data.X, data.y, c, o);
        QCOMPARE(loose.verification.nonzeros, 6);
        QVERIFY(!sparsestBoundsBinding(loose).binds());
    }

    // On the seed's default data the span argument alone proves the optimum 7: the bounds are
    // moot. (On random N = 5, d = 3 it is the bounded exact search that lifts 5 to 6: not moot.)
    void rankBoundMakesTheBoundsMoot() {
        const Dataset data = generateRandom(7, 5, 0);
        SparsestConfig c;
        MilpOptions o;
        o.timeLimitSeconds = 60.0;
        o.logLevel = 0;
        const SparsestResult r = solveSparsest(data.X, data.y, c, o);
        QCOMPARE(r.milp.status, MilpStatus::Optimal);
        const SparsestBoundsBinding b = sparsestBoundsBinding(r);
        QVERIFY(b.boundFreeOptimal);
        QVERIFY(!b.binds());
    }
};

QTEST_MAIN(TestInterpolant)
#include "test_interpolant.moc"
