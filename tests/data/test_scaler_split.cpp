// Scaler (hand-computed values, constant columns, fit on one set and apply to another) and the
// seeded, stratified train/test split.
#include <QtTest>

#include <set>

#include "core/data/bundled_datasets.h"
#include "core/data/dataset_split.h"
#include "core/data/generators.h"
#include "core/data/scaler.h"

using namespace smip;

class TestScalerSplit : public QObject {
    Q_OBJECT
  private slots:
    void standardize() {
        Eigen::MatrixXd X(3, 2);
        X << 1, 10, 3, 10, 5, 10;
        const Scaler s = Scaler::fit(X, ScalerKind::Standardize);
        // Column 0: mean 3, population std sqrt(8/3); column 1 is constant: scale 1, not 0.
        QCOMPARE(s.offset(0), 3.0);
        QVERIFY(std::abs(s.scale(0) - std::sqrt(8.0 / 3.0)) < 1e-14);
        QCOMPARE(s.scale(1), 1.0);
        const Eigen::MatrixXd Z = s.transform(X);
        QVERIFY(std::abs(Z(0, 0) + 2.0 / std::sqrt(8.0 / 3.0)) < 1e-14);
        QCOMPARE(Z(1, 0), 0.0);
        QVERIFY(Z.col(1).isZero());
        QVERIFY(Z.allFinite());
        // Apply to other data with the fitted parameters.
        Eigen::MatrixXd other(1, 2);
        other << 7, 12;
        const Eigen::MatrixXd Zo = s.transform(other);
        QVERIFY(std::abs(Zo(0, 0) - 4.0 / std::sqrt(8.0 / 3.0)) < 1e-14);
        QCOMPARE(Zo(0, 1), 2.0);
        QVERIFY((s.inverse(Zo) - other).cwiseAbs().maxCoeff() < 1e-12);
    }

    void minMax() {
        Eigen::MatrixXd X(4, 3);
        X << -2, 0, 5, 0, 0, 5, 2, 1, 5, 6, 4, 5;
        const Scaler s = Scaler::fit(X, ScalerKind::MinMax);
        const Eigen::MatrixXd Z = s.transform(X);
        QCOMPARE(Z(0, 0), 0.0);
        QCOMPARE(Z(3, 0), 1.0);
        QCOMPARE(Z(2, 0), 0.5);
        QCOMPARE(Z(2, 1), 0.25);
        QVERIFY(Z.col(2).isZero());  // constant column
        Eigen::MatrixXd other(1, 3);
        other << 10, -4, 6;
        const Eigen::MatrixXd Zo = s.transform(other);
        QCOMPARE(Zo(0, 0), 1.5);
        QCOMPARE(Zo(0, 1), -1.0);
        QCOMPARE(Zo(0, 2), 1.0);
        QVERIFY((s.inverse(Z) - X).cwiseAbs().maxCoeff() < 1e-12);
    }

    void globalMinMaxAndNone() {
        // Pixels 0..16 as the digits have them: one offset and range for every column.
        Eigen::MatrixXd X(3, 3);
        X << 0, 4, 7, 16, 4, 8, 2, 4, 9;
        const Scaler g = Scaler::fit(X, ScalerKind::GlobalMinMax);
        QVERIFY(g.offset.isZero());
        QVERIFY(g.scale.isConstant(16.0));
        QCOMPARE(g.transform(X)(1, 0), 1.0);
        QCOMPARE(g.transform(X)(2, 2), 9.0 / 16.0);  // not 1: the range is global
        const Scaler n = Scaler::fit(X, ScalerKind::None);
        QVERIFY(n.transform(X) == X);
        for (ScalerKind k : {ScalerKind::Standardize, ScalerKind::MinMax, ScalerKind::GlobalMinMax,
                             ScalerKind::None}) {
            ScalerKind back = ScalerKind::Standardize;
            QVERIFY(parseScalerKind(scalerKindId(k), back));
            QCOMPARE(back, k);
        }
        ScalerKind unused;
        QVERIFY(!parseScalerKind("global", unused));
    }

    void datasetTransformKeepsTargets() {
        const Dataset data = generateRandom(100, 3, 1);
        const Scaler s = Scaler::fit(data.X, ScalerKind::Standardize);
        const Dataset t = s.transform(data);
        QVERIFY(t.y == data.y);
        QVERIFY(t.X.colwise().mean().cwiseAbs().maxCoeff() < 1e-12);
        for (int j = 0; j < 3; ++j)
            QVERIFY(std::abs(std::sqrt(t.X.col(j).array().square().mean()) - 1.0) < 1e-12);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, s.transform(Eigen::MatrixXd::Zero(2, 4)));
    }

    void splitSizes_data() {
        QTest::addColumn<int>("n");
        QTest::addColumn<double>("fraction");
        QTest::addColumn<int>("test");
        QTest::newRow("10 × 0.3") << 10 << 0.3 << 3;
        QTest::newRow("7 × 0.25") << 7 << 0.25 << 2;
        QTest::newRow("5 × 0") << 5 << 0.0 << 0;
        QTest::newRow("5 × 1") << 5 << 1.0 << 5;
        QTest::newRow("2 × 0.01 keeps one test sample") << 2 << 0.01 << 1;
        QTest::newRow("2 × 0.99 keeps one train sample") << 2 << 0.99 << 1;
    }
    void splitSizes() {
        QFETCH(int, n);
        QFETCH(double, fraction);
        QFETCH(int, test);
        const Dataset data = generateRandom(n, 2, 3);
        const DatasetSplit split = splitDataset(data, fraction, 5);
        QCOMPARE(static_cast<int>(split.indices.test.size()), test);
        QCOMPARE(split.test.samples(), test);
        QCOMPARE(split.train.samples(), n - test);
        std::set<int> all(split.indices.train.begin(), split.indices.train.end());
        for (int i : split.indices.test)
            QVERIFY(all.insert(i).second);          // disjoint
        QCOMPARE(static_cast<int>(all.size()), n);  // covering
        for (std::size_t k = 0; k < split.indices.test.size(); ++k)
            QVERIFY(split.test.X.row(k) == data.X.row(split.indices.test[k]));
    }

    void splitReproducible() {
        const Dataset data = generateRandom(200, 2, 3);
        const auto a = splitIndices(data, 0.3, 11);
        const auto b = splitIndices(data, 0.3, 11);
        const auto c = splitIndices(data, 0.3, 12);
        QCOMPARE(a.test, b.test);
        QVERIFY(a.test != c.test);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, splitIndices(data, 1.5, 1));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, splitIndices(data, -0.1, 1));
    }

    void stratified() {
        Dataset iris;
        std::string error;
        QVERIFY(loadBundledDataset("iris", iris, error));
        const DatasetSplit split = splitDataset(iris, 0.2, 4);
        QCOMPARE(split.test.samples(), 30);
        std::vector<int> counts(3, 0);
        for (int i = 0; i < split.test.samples(); ++i)
            ++counts[static_cast<int>(split.test.y(i))];
        QCOMPARE(counts, (std::vector<int>{10, 10, 10}));  // 50 per class × 0.2
        QCOMPARE(split.test.classNames, iris.classNames);
        // Uneven classes (wine: 59/71/48, 25% test = 45): quotas 14.92, 17.95, 12.13 → 15, 18, 12.
        Dataset wine;
        QVERIFY(loadBundledDataset("wine", wine, error));
        const auto idx = splitIndices(wine, 0.25, 4);
        std::vector<int> w(3, 0);
        for (int i : idx.test)
            ++w[static_cast<int>(wine.y(i))];
        QCOMPARE(static_cast<int>(idx.test.size()), 45);
        QCOMPARE(w, (std::vector<int>{15, 18, 12}));
    }

    // Every caller's split (perceptron 50/50, MLP and attack 80/20, MIP training 75/25, the
    // --max-train subsample) keeps each class's share to within one sample on both sides.
    void stratifiedKeepsProportions_data() {
        QTest::addColumn<QString>("dataset");
        QTest::addColumn<double>("testFraction");
        for (const char* name : {"iris", "wine", "breast_cancer", "digits"})
            for (double f : {0.5, 0.2, 0.25, 0.07})
                QTest::newRow(qPrintable(QString("%1 %2").arg(name).arg(f))) << name << f;
    }
    void stratifiedKeepsProportions() {
        QFETCH(QString, dataset);
        QFETCH(double, testFraction);
        Dataset data;
        std::string error;
        QVERIFY(loadBundledDataset(dataset.toStdString(), data, error));
        const SplitIndices idx = splitIndices(data, testFraction, 3);
        const int n = data.samples();
        const double testShare = static_cast<double>(idx.test.size()) / n;
        QCOMPARE(static_cast<long>(idx.test.size()), std::lround(testFraction * n));
        for (int c = 0; c < data.classes(); ++c) {
            int all = 0, test = 0;
            for (int i = 0; i < n; ++i)
                all += data.y(i) == c;
            for (int i : idx.test)
                test += data.y(i) == c;
            QVERIFY2(std::abs(test - testShare * all) < 1.0,
                     qPrintable(QString("class %1: %2 of %3 in test").arg(c).arg(test).arg(all)));
        }
    }

    void smallClassesStayOnBothSides() {
        // Classes of 10, 2 and 2 samples, 20 % test = 3 samples: the exact shares (2.14, 0.43,
        // 0.43) round to {2, 1, 0} by largest remainder; the third class would not be tested.
        Dataset d;
        d.task = TaskKind::Classification;
        d.classNames = {"big", "small", "tiny"};
        d.X = Eigen::MatrixXd::Zero(14, 1);
        d.y.resize(14);
        for (int i = 0; i < 14; ++i)
            d.y(i) = i < 10 ? 0 : (i < 12 ? 1 : 2);
        for (std::uint64_t seed : {1u, 2u, 3u}) {
            const SplitIndices idx = splitIndices(d, 0.2, seed);
            QCOMPARE(static_cast<int>(idx.test.size()), 3);
            std::vector<int> test(3, 0), train(3, 0);
            for (int i : idx.test)
                ++test[static_cast<std::size_t>(d.y(i))];
            for (int i : idx.train)
                ++train[static_cast<std::size_t>(d.y(i))];
            QCOMPARE(test, (std::vector<int>{1, 1, 1}));  // the slot comes from the big class
            QCOMPARE(train, (std::vector<int>{9, 1, 1}));
        }
    }

    void selectRowsOutOfRange() {
        const Dataset data = generateRandom(3, 2, 0);
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, selectRows(data, {0, 3}));
        const Dataset picked = selectRows(data, {2, 0});
        QVERIFY(picked.X.row(0) == data.X.row(2));
        QCOMPARE(picked.y(1), data.y(0));
    }
};

QTEST_APPLESS_MAIN(TestScalerSplit)
#include "test_scaler_split.moc"
