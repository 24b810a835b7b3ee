// core/milp/milp_point_check.h: a point's violation names the worst row or column, and after an
// LP was cut short a solution that violates the problem is replaced by a feasible MIP start, or
// dropped (never passed on as if it were a network).
#include <QtTest>

#include "core/milp/milp_point_check.h"

using namespace smip;

namespace {

// min x + y, x + y ≥ 1, x integer in [0, 3], y in [0, 2].
MilpProblem small() {
    MilpProblem p;
    const int x = p.addColumn("x", 0.0, 3.0, 1.0, true);
    const int y = p.addColumn("y", 0.0, 2.0, 1.0);
    MilpRow r;
    r.name = "cover";
    r.indices = {x, y};
    r.coefs = {1.0, 1.0};
    r.lower = 1.0;
    p.rows.push_back(r);
    return p;
}

MilpResult claimed(std::vector<double> x, double objective) {
    MilpResult r;
    r.status = MilpStatus::FeasibleAtLimit;
    r.hasSolution = true;
    r.solution = std::move(x);
    r.objective = objective;
    r.message = "time limit reached";
    return r;
}

}  // namespace

class TestMilpPointCheck : public QObject {
    Q_OBJECT
  private slots:
    void violationNamesTheWorstPlace() {
        const MilpProblem p = small();
        std::string where;
        QCOMPARE(milpPointViolation(p, {1.0, 0.0}, &where), 0.0);
        QCOMPARE(milpPointViolation(p, {0.0, 0.25}, &where), 0.75);
        QCOMPARE(where, std::string("cover"));
        QCOMPARE(milpPointViolation(p, {0.5, 1.0}, &where), 0.5);
        QCOMPARE(where, std::string("x"));  // integrality
        QVERIFY(std::isinf(milpPointViolation(p, {1.0})));
    }

    void feasibleSolutionIsKept() {
        MilpResult r = claimed({1.0, 0.0}, 1.0);
        keepOnlyFeasible(small(), {}, r);
        QVERIFY(r.hasSolution);
        QCOMPARE(r.solution, std::vector<double>({1.0, 0.0}));
        QCOMPARE(r.status, MilpStatus::FeasibleAtLimit);
    }

    void infeasiblePointGivesWayToTheStart() {
        MilpResult r = claimed({0.0, 0.0}, 1.0);  // a cut re-solve: claims 1, violates "cover"
        keepOnlyFeasible(small(), {0.0, 1.5}, r);
        QVERIFY(r.hasSolution);
        QCOMPARE(r.solution, std::vector<double>({0.0, 1.5}));
        QCOMPARE(r.objective, 1.5);
        QCOMPARE(r.status, MilpStatus::FeasibleAtLimit);
        QVERIFY(QString::fromStdString(r.message).contains("cover"));
        QVERIFY(QString::fromStdString(r.message).contains("MIP start is kept"));
    }

    // CBC ran out of time before it read the start: the start is the result.
    void noSolutionAtTheLimitKeepsAFeasibleStart() {
        MilpResult r;
        r.status = MilpStatus::NoSolutionAtLimit;
        r.message = "time limit reached while solving an LP relaxation";
        keepOnlyFeasible(small(), {1.0, 0.5}, r, false);
        QVERIFY(r.hasSolution);
        QCOMPARE(r.objective, 1.5);
        QCOMPARE(r.status, MilpStatus::FeasibleAtLimit);
        MilpResult proven;  // a proof of infeasibility is not overridden (the start must be bad)
        proven.status = MilpStatus::Infeasible;
        keepOnlyFeasible(small(), {1.0, 0.5}, proven, false);
        QVERIFY(!proven.hasSolution);
        QCOMPARE(proven.status, MilpStatus::Infeasible);
    }

    void infeasiblePointWithoutAFeasibleStartIsDropped() {
        for (const std::vector<double>& start : {std::vector<double>{}, {0.0, 0.5}}) {
            MilpResult r = claimed({0.0, 0.0}, 1.0);
            keepOnlyFeasible(small(), start, r);
            QVERIFY(!r.hasSolution);
            QVERIFY(r.solution.empty());
            QCOMPARE(r.status, MilpStatus::NoSolutionAtLimit);
        }
    }
};

QTEST_MAIN(TestMilpPointCheck)
#include "test_milp_point_check.moc"
