// The exact max-norm distance behind the rank bound's fit tolerance (max_norm_distance.h,
// dense_lp.h):
//  - the LP's certified lower bound equals min_c ‖y − Qc‖∞ (sandwiched by the primal c read off
//    its duals, evaluated directly), on random subspaces including pattern-masked ones (rows of
//    zeros, as the atoms' bases have), and is never weaker than the cheap bound ‖ρ‖₂²/‖ρ‖₁;
//  - the certificate check is sound: a perturbed λ never certifies more than the true distance,
//    and a perturbation that breaks Qᵀλ = 0 no longer refutes what the exact λ refuted;
//  - the dense simplex reports infeasibility with a Farkas vector the bounded check accepts, and
//    a feasible problem is not declared infeasible.
#include <QtTest>

#include <random>

#include "core/sparsest/dense_lp.h"
#include "core/sparsest/max_norm_distance.h"
#include "tests/sparsest/sparsest_test_util.h"

using namespace smip;

namespace {

struct Subspace {
    Eigen::MatrixXd Q;  ///< n × rank, orthonormal columns
    Eigen::VectorXd y;
    Eigen::VectorXd rho;  ///< y − QQᵀy
};

/// A random rank-r subspace of R^n; with `masked`, its spanning vectors are zero on a random
/// subset of rows (like D(a)·X_S), then orthonormalized.
Subspace randomSubspace(int n, int rank, bool masked, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> g;
    Eigen::MatrixXd M(n, rank);
    for (int j = 0; j < rank; ++j)
        for (int i = 0; i < n; ++i)
            M(i, j) = g(rng);
    if (masked)
        for (int j = 0; j < rank; ++j)
            for (int i = 0; i < n; ++i)
                if (std::uniform_int_distribution<int>(0, 2)(rng) == 0) M(i, j) = 0.0;
    Subspace s;
    const Eigen::HouseholderQR<Eigen::MatrixXd> qr(M);
    s.Q = qr.householderQ() * Eigen::MatrixXd::Identity(n, rank);
    s.y.resize(n);
    for (int i = 0; i < n; ++i)
        s.y(i) = std::uniform_real_distribution<double>(-1.0, 1.0)(rng);
    s.rho = s.y - s.Q * (s.Q.transpose() * s.y);
    return s;
}

double coefficientBound(const Subspace& s, double limit) {
    return 2.0 * (s.y.norm() + std::sqrt(static_cast<double>(s.y.size())) * limit);
}

/// ‖ρ − Q c‖∞ for the c of the last full solve: any c bounds the distance from above, so with
/// the certified lower bound it sandwiches the distance without trusting the LP.
double primalDistance(const MaxNormDistance& distance, const Subspace& s) {
    std::vector<double> c;
    distance.coefficients(c);
    const Eigen::Index rank = s.Q.cols();
    if (static_cast<Eigen::Index>(c.size()) != rank) return INFINITY;
    return (s.rho - s.Q * Eigen::Map<const Eigen::VectorXd>(c.data(), rank))
        .lpNorm<Eigen::Infinity>();
}

}  // namespace

class TestMaxNormDistance : public QObject {
    Q_OBJECT
  private slots:
    void equalsThePrimalOptimum_data() {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("rank");
        QTest::addColumn<bool>("masked");
        for (int n : {4, 7, 10, 16})
            for (int rank : {0, 1, 2, n / 2, n - 2})
                for (bool masked : {false, true})
                    QTest::newRow(qPrintable(
                        QString("N%1_r%2%3").arg(n).arg(rank).arg(masked ? "_masked" : "")))
                        << n << rank << masked;
    }
    void equalsThePrimalOptimum() {
        QFETCH(int, n);
        QFETCH(int, rank);
        QFETCH(bool, masked);
        MaxNormDistance distance;
        for (std::uint64_t seed = 0; seed < 5; ++seed) {
            const Subspace s = randomSubspace(n, rank, masked, 100 * n + 10 * rank + seed);
            const double lower = distance.lowerBound(s.Q.data(), n, rank, s.rho.data(), s.y.data(),
                                                     coefficientBound(s, 1.0), kInf);
            const double upper = primalDistance(distance, s);
            QVERIFY2(lower <= upper && upper <= lower + 1e-9,
                     qPrintable(QString("certified %1, primal %2").arg(lower).arg(upper)));
            QVERIFY(upper <= s.y.lpNorm<Eigen::Infinity>() + 1e-12);  // c = −Qᵀy reaches y
            // At least as strong as the cheap bound ‖ρ‖₂²/‖ρ‖₁ it replaces.
            QVERIFY(lower >= s.rho.squaredNorm() / s.rho.lpNorm<1>() - 1e-9);
        }
    }

    void perturbedCertificateIsRejected() {
        const int n = 9, rank = 4;
        MaxNormDistance distance;
        std::mt19937_64 rng(3);
        std::normal_distribution<double> g;
        for (std::uint64_t seed = 0; seed < 10; ++seed) {
            const Subspace s = randomSubspace(n, rank, true, 900 + seed);
            const double cb = coefficientBound(s, 1.0);
            const double lower =
                distance.lowerBound(s.Q.data(), n, rank, s.rho.data(), s.y.data(), cb, kInf);
            const double exact = primalDistance(distance, s);  // ≥ the distance ≥ lower
            QVERIFY(exact <= lower + 1e-9);
            const double limit = 0.999 * exact;  // refutable, but only just
            const std::vector<double> lambda = distance.lambda();
            QVERIFY(certifiedMaxNormLowerBound(s.Q.data(), n, rank, lambda.data(), s.y.data(), cb) >
                    limit);
            // Off the complement along Q's direction of y: ⟨λ, y⟩ grows, a naive check would
            // claim more; the ‖Qᵀλ‖ term must take that back.
            Eigen::VectorXd towardY = s.Q * (s.Q.transpose() * s.y);
            towardY *= 1e-3 / std::max(1e-12, towardY.lpNorm<1>());
            std::vector<double> shifted = lambda;
            for (int i = 0; i < n; ++i)
                shifted[static_cast<std::size_t>(i)] += towardY(i);
            double naive = 0.0, l1 = 0.0;
            for (int i = 0; i < n; ++i) {
                naive += shifted[static_cast<std::size_t>(i)] * s.y(i);
                l1 += std::abs(shifted[static_cast<std::size_t>(i)]);
            }
            QVERIFY(naive / l1 > limit);  // what an unchecked λ would "prove"
            QVERIFY(certifiedMaxNormLowerBound(s.Q.data(), n, rank, shifted.data(), s.y.data(),
                                               cb) <= limit);
            // Whatever the perturbation, never more than the true distance.
            for (int k = 0; k < 20; ++k) {
                std::vector<double> noisy = lambda;
                for (double& v : noisy)
                    v += 1e-4 * g(rng);
                QVERIFY(certifiedMaxNormLowerBound(s.Q.data(), n, rank, noisy.data(), s.y.data(),
                                                   cb) <= exact + 1e-12);
            }
        }
    }

    // x₀ + x₁ = 1, x₀ − x₁ = 3 has the one solution (2, −1): infeasible for x ≥ 0.
    void farkasVectorProvesInfeasibility() {
        DenseLp lp;
        lp.reset(2, 2);
        lp.a(0, 0) = 1.0;
        lp.a(0, 1) = 1.0;
        lp.b(0) = 1.0;
        lp.a(1, 0) = 1.0;
        lp.a(1, 1) = -1.0;
        lp.b(1) = 3.0;
        QCOMPARE(lp.solve(), DenseLp::Status::Infeasible);
        QVERIFY(lp.farkasProvesInfeasible({1.0, 1.0}));
        // The ray y = (1, −1) has (Aᵀy)₀ = 0: with x₀ unbounded the check cannot rule out
        // rounding there, so it must not claim a proof.
        QVERIFY(!lp.farkasProvesInfeasible({kInf, kInf}));
        // A feasible one: x₀ + x₁ = 1, x₀ − x₁ = 0.
        lp.b(1) = 0.0;
        QCOMPARE(lp.solve(), DenseLp::Status::Optimal);
        QVERIFY(std::abs(lp.x()[0] - 0.5) < 1e-12 && std::abs(lp.x()[1] - 0.5) < 1e-12);
    }
};

QTEST_APPLESS_MAIN(TestMaxNormDistance)
#include "test_max_norm_distance.moc"
