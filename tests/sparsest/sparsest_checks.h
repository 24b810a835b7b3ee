#pragma once
// Qt Test checks and options shared by the sparsest-network solve tests.
#include <QtTest>
#include <cmath>

#include "core/milp/milp_result.h"
#include "core/milp/milp_solver.h"

namespace smip::test {

/// Options for a test solve: no CBC log, the given time limit.
inline MilpOptions quietOptions(double seconds = 60.0) {
    MilpOptions o;
    o.logLevel = 0;
    o.timeLimitSeconds = seconds;
    return o;
}

/// The incumbent never rises and the bound never falls across a solve's progress samples.
inline void checkMonotone(const MilpResult& r) {
    double inc = kInf, bound = -kInf;
    for (const MilpProgress& p : r.progress) {
        if (std::isfinite(p.incumbent)) {
            QVERIFY2(p.incumbent <= inc + 1e-9, "incumbent rose");
            inc = p.incumbent;
        }
        if (std::isfinite(p.bound)) {
            QVERIFY2(p.bound >= bound - 1e-9, "bound fell");
            bound = p.bound;
        }
    }
}

}  // namespace smip::test
