// Generators: shapes, statistics for large N, seed reproducibility, the planted teacher network,
// the low rank of the lowrank features, the geometry of the 2-D shapes and the 1-D sets.
#include <QtTest>

#include <cmath>
#include <numbers>

#include "core/data/dataset_catalog.h"
#include "core/data/generators.h"
#include "core/data/line_generators.h"
#include "core/data/shape_generators.h"

using namespace smip;

namespace {

double variance(const Eigen::ArrayXd& a) {
    return (a - a.mean()).square().mean();
}

Dataset resolved(const std::string& name, int n, int d, std::uint64_t seed, double noise = 0.1) {
    DatasetSpec spec;
    spec.source = name;
    spec.n = n;
    spec.d = d;
    spec.seed = seed;
    spec.noise = noise;
    Dataset data;
    std::string error;
    if (!resolveDataset(spec, data, error))
        qFatal("resolveDataset(%s): %s", name.c_str(), error.c_str());
    return data;
}

int numericRank(const Eigen::MatrixXd& X) {
    Eigen::JacobiSVD<Eigen::MatrixXd> svd(X);
    const auto& s = svd.singularValues();
    int rank = 0;
    for (Eigen::Index k = 0; k < s.size(); ++k)
        if (s(k) > 1e-9 * s(0)) ++rank;
    return rank;
}

}  // namespace

class TestGenerators : public QObject {
    Q_OBJECT
  private slots:
    void allGenerators_data() {
        QTest::addColumn<QString>("name");
        for (const auto& name : generatorNames())
            QTest::newRow(name.c_str()) << QString::fromStdString(name);
    }
    void allGenerators() {
        QFETCH(QString, name);
        const std::string n = name.toStdString();
        const Dataset a = resolved(n, 40, 4, 7);
        const bool shape = shapeFromName(n).has_value();
        const bool line = lineFromName(n).has_value();
        const bool preset = n == "bump";  // fixed points: n and seed do not apply
        QCOMPARE(a.samples(), preset ? 6 : 40);
        QCOMPARE(a.features(), shape ? 2 : line ? 1 : 4);
        QCOMPARE(static_cast<int>(a.featureNames.size()), a.features());
        QCOMPARE(a.y.size(), Eigen::Index(a.samples()));
        QCOMPARE(a.task, shape ? TaskKind::Classification : TaskKind::Regression);
        QCOMPARE(a.name, n);
        QVERIFY(validateDataset(a).empty());
        // Same seed → identical; another seed → different.
        const Dataset b = resolved(n, 40, 4, 7);
        QVERIFY(a.X == b.X);
        QVERIFY(a.y == b.y);
        const Dataset c = resolved(n, 40, 4, 8);
        QVERIFY(preset ? a.X == c.X : a.X != c.X);
    }

    void random1dIsRandomWithOneFeature() {
        const Dataset line = resolved("random1d", 50, 4, 9);
        const Dataset random = generateRandom(50, 1, 9);
        QVERIFY(line.X == random.X);
        QVERIFY(line.y == random.y);
    }

    void kinksFollowPlantedNet() {
        TeacherNet net;
        const int n = 2000;
        const Dataset clean = generateLine(Line1D::Kinks, n, 0.0, 4, &net);
        QCOMPARE(net.W.rows(), Eigen::Index(1));
        QCOMPARE(net.W.cols(), Eigen::Index(kKinkUnits));
        QVERIFY(clean.X.minCoeff() >= -1.0 && clean.X.maxCoeff() < 1.0);
        for (int k = 0; k < kKinkUnits; ++k) {
            const double kink = -net.b(k) / net.W(0, k);
            QVERIFY2(std::abs(kink) < 0.8, qPrintable(QString::number(kink)));
            QCOMPARE(std::abs(net.W(0, k)), 1.0);
            QVERIFY(std::abs(net.v(k)) >= 0.5 && std::abs(net.v(k)) <= 1.5);
        }
        // Without noise y is the planted piecewise linear function, computed here by hand.
        for (int i = 0; i < n; ++i) {
            double f = 0.0;
            for (int k = 0; k < kKinkUnits; ++k)
                f += net.v(k) * std::max(0.0, net.W(0, k) * clean.X(i, 0) + net.b(k));
            QVERIFY(std::abs(clean.y(i) - f) < 1e-12);
        }
        // With noise: same x, residual standard deviation ≈ noise.
        const Dataset noisy = generateLine(Line1D::Kinks, n, 0.2, 4);
        QVERIFY(noisy.X == clean.X);
        const double sd = std::sqrt(variance((noisy.y - clean.y).array()));
        QVERIFY2(std::abs(sd - 0.2) < 0.015, qPrintable(QString::number(sd)));
    }

    void sineSamples() {
        const Dataset data = generateLine(Line1D::Sine, 500, 0.0, 2);
        QCOMPARE(data.name, std::string("sine"));
        for (int i = 0; i < data.samples(); ++i)
            QVERIFY(std::abs(data.y(i) - std::sin(std::numbers::pi * data.X(i, 0))) < 1e-15);
        QVERIFY(data.X.minCoeff() < -0.9 && data.X.maxCoeff() > 0.9);
    }

    void bumpPreset() {
        const Dataset data = resolved("bump", 100, 3, 5, 0.7);
        QCOMPARE(data.samples(), 6);
        QCOMPARE(data.features(), 1);
        const double y[] = {0, 0, 1, 1, 0, 0};
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(data.X(i, 0), double(i - 2));
            QCOMPARE(data.y(i), y[i]);
        }
    }

    void lineNoiseMustBeValid() {
        DatasetSpec spec;
        spec.source = "sine";
        spec.noise = -0.1;
        Dataset data;
        std::string error;
        QVERIFY(!resolveDataset(spec, data, error));
        QVERIFY2(QString::fromStdString(error).contains("noise must be a finite number"),
                 error.c_str());
    }

    void randomStatistics() {
        const Dataset data = generateRandom(30000, 3, 1);
        QVERIFY(data.X.minCoeff() >= -1.0 && data.X.maxCoeff() < 1.0);
        QVERIFY(data.y.minCoeff() >= -1.0 && data.y.maxCoeff() < 1.0);
        // U(-1,1): mean 0, variance 1/3. Std error of the mean ≈ 0.0033, of the variance ≈ 0.0017.
        for (int j = 0; j < 3; ++j) {
            QVERIFY(std::abs(data.X.col(j).mean()) < 0.02);
            QVERIFY(std::abs(variance(data.X.col(j).array()) - 1.0 / 3.0) < 0.01);
        }
        QVERIFY(std::abs(data.y.mean()) < 0.02);
        QVERIFY(std::abs(variance(data.y.array()) - 1.0 / 3.0) < 0.01);
        // Columns are independent: correlation near 0.
        const Eigen::ArrayXd a = data.X.col(0).array(), b = data.X.col(1).array();
        QVERIFY(std::abs((a * b).mean()) < 0.02);
    }

    void teacherFollowsPlantedNet() {
        TeacherNet net;
        const int n = 4001, d = 5;
        const Dataset data = generateTeacher(n, d, 3, &net);
        const int K = 2001;  // ceil(4001 / 2)
        QCOMPARE(net.W.rows(), Eigen::Index(d));
        QCOMPARE(net.W.cols(), Eigen::Index(K));
        QCOMPARE(net.b.size(), Eigen::Index(K));
        QCOMPARE(net.v.size(), Eigen::Index(K));
        // Parameter scales: W, v ~ N(0, 0.5²), b ~ N(0, 0.1²).
        const Eigen::Map<const Eigen::ArrayXd> w(net.W.data(), net.W.size());
        QVERIFY(std::abs(std::sqrt(variance(w)) - 0.5) < 0.02);
        QVERIFY(std::abs(std::sqrt(variance(net.b.array())) - 0.1) < 0.01);
        QVERIFY(std::abs(std::sqrt(variance(net.v.array())) - 0.5) < 0.03);
        // Recompute the network output with plain loops, independently of evaluateTeacher.
        Eigen::VectorXd clean(n);
        for (int i = 0; i < n; ++i) {
            double out = 0.0;
            for (int k = 0; k < K; ++k) {
                double pre = net.b(k);
                for (int j = 0; j < d; ++j)
                    pre += data.X(i, j) * net.W(j, k);
                out += std::max(pre, 0.0) * net.v(k);
            }
            clean(i) = out;
        }
        QVERIFY((evaluateTeacher(net, data.X) - clean).cwiseAbs().maxCoeff() < 1e-9);
        const Eigen::ArrayXd residual = (data.y - clean).array();
        QVERIFY(std::abs(residual.mean()) < 0.005);
        QVERIFY(std::abs(std::sqrt(variance(residual)) - 0.05) < 0.004);
        QVERIFY(residual.abs().maxCoeff() < 0.05 * 6);
    }

    void lowRank_data() {
        QTest::addColumn<int>("d");
        QTest::addColumn<int>("rank");
        QTest::newRow("d=1") << 1 << 1;
        QTest::newRow("d=2") << 2 << 1;
        QTest::newRow("d=5") << 5 << 3;
        QTest::newRow("d=6") << 6 << 3;
        QTest::newRow("d=9") << 9 << 5;
    }
    void lowRank() {
        QFETCH(int, d);
        QFETCH(int, rank);
        const Dataset data = generateLowRank(2000, d, 11);
        QCOMPARE(numericRank(data.X), rank);
        Eigen::VectorXd w = Eigen::VectorXd::Zero(d);
        const double head[] = {1.0, -1.5, 0.7};
        for (int j = 0; j < std::min(d, 3); ++j)
            w(j) = head[j];
        const Eigen::ArrayXd residual = (data.y - data.X * w).array();
        QVERIFY(std::abs(std::sqrt(variance(residual)) - 0.05) < 0.005);
        // Entries of Z·Aᵀ have variance r on average over A (a sum of r products of independent
        // N(0,1)); with d·r ≥ 15 draws of A the sample is close enough to check loosely.
        const Eigen::Map<const Eigen::ArrayXd> x(data.X.data(), data.X.size());
        if (d * rank >= 15) QVERIFY(std::abs(variance(x) / rank - 1.0) < 0.5);
    }

    void shapeGeometry_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("classes");
        for (auto [name, c] : {std::pair{"corner", 2},
                               {"spiral", 2},
                               {"xor", 2},
                               {"circles", 2},
                               {"moons", 2},
                               {"blobs", 3}})
            QTest::newRow(name) << QString(name) << c;
    }
    void shapeGeometry() {
        QFETCH(QString, name);
        QFETCH(int, classes);
        const auto shape = shapeFromName(name.toStdString());
        QVERIFY(shape.has_value());
        const int n = 3001;
        const Dataset data = generateShape(*shape, n, 0.0, 5);
        QCOMPARE(data.classes(), classes);
        QCOMPARE(data.classNames.front(), std::string("0"));
        QCOMPARE(data.features(), 2);
        const double pi = std::numbers::pi;
        std::vector<int> counts(classes, 0);
        for (int i = 0; i < n; ++i) {
            const double x = data.X(i, 0), y = data.X(i, 1);
            const int c = static_cast<int>(data.y(i));
            QVERIFY(c >= 0 && c < classes);
            ++counts[c];
            switch (*shape) {
                case Shape2D::Corner:
                    QCOMPARE(c, (x < 0 && y > 0) ? 1 : 0);
                    break;
                case Shape2D::Xor:
                    QCOMPARE(c, x * y < 0 ? 1 : 0);
                    break;
                case Shape2D::Circles:
                    QVERIFY(std::abs(std::hypot(x, y) - (c == 0 ? 1.0 : 0.5)) < 1e-12);
                    break;
                case Shape2D::Moons: {
                    // Upper moon: unit circle around (-0.5, -0.25); lower: around (0.5, 0.25).
                    const double cx = c == 0 ? -0.5 : 0.5, cy = c == 0 ? -0.25 : 0.25;
                    QVERIFY(std::abs(std::hypot(x - cx, y - cy) - 1.0) < 1e-12);
                    QVERIFY(c == 0 ? y >= cy - 1e-12 : y <= cy + 1e-12);
                    break;
                }
                case Shape2D::Spiral: {
                    const double t = std::hypot(x, y);
                    QVERIFY(t >= 0.1 - 1e-12 && t <= 1.0 + 1e-12);
                    const double expected = 3.5 * pi * t + c * pi;
                    const double diff = std::remainder(std::atan2(y, x) - expected, 2 * pi);
                    QVERIFY(std::abs(diff) < 1e-9);
                    break;
                }
                case Shape2D::Blobs: {
                    const double a = pi / 2 + c * 2 * pi / 3;
                    QVERIFY(std::hypot(x - 0.6 * std::cos(a), y - 0.6 * std::sin(a)) < 1e-12);
                    break;
                }
            }
        }
        if (*shape == Shape2D::Corner) {
            QVERIFY(std::abs(counts[1] / double(n) - 0.25) < 0.03);  // a quarter of the square
        } else if (*shape == Shape2D::Xor) {
            QVERIFY(std::abs(counts[1] / double(n) - 0.5) < 0.04);
        } else {
            for (int c = 0; c < classes; ++c)  // interleaved classes: balanced up to one sample
                QVERIFY(std::abs(counts[c] - n / double(classes)) <= 1.0);
        }
    }

    void shapeNoise() {
        // Corner with label noise: some labels disagree with the clean rule, most agree.
        const Dataset data = generateShape(Shape2D::Corner, 4000, 0.2, 9);
        int flipped = 0;
        for (int i = 0; i < data.samples(); ++i)
            flipped += (data.X(i, 0) < 0 && data.X(i, 1) > 0) != (data.y(i) == 1.0);
        QVERIFY(flipped > 40);
        QVERIFY(flipped < 800);
        // Blobs: `noise` is the spread around each centre.
        const Dataset blobs = generateShape(Shape2D::Blobs, 30000, 0.1, 2);
        Eigen::ArrayXd dx(10000);
        int k = 0;
        for (int i = 0; i < blobs.samples(); ++i)
            if (blobs.y(i) == 0) dx(k++) = blobs.X(i, 0);  // centre (0, 0.6)
        QVERIFY(std::abs(dx.mean()) < 0.01);
        QVERIFY(std::abs(std::sqrt(variance(dx)) - 0.1) < 0.005);
    }
};

QTEST_APPLESS_MAIN(TestGenerators)
#include "test_generators.moc"
