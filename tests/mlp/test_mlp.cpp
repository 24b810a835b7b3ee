// MlpClassifier, its trainer's gradient and its JSON form. Expectations come from finite
// differences and exact round trips, never from the code's own earlier output.
#include <QtTest>
#include <cstdio>
#include <filesystem>
#include <random>

#include "core/data/dataset_catalog.h"
#include "core/data/dataset_split.h"
#include "core/data/generators.h"
#include "core/mlp/mlp_json.h"
#include "core/mlp/mlp_trainer.h"

using namespace smip;

namespace {

Eigen::MatrixXd randomMatrix(int r, int c, std::mt19937_64& rng) {
    std::normal_distribution<double> n(0.0, 1.0);
    Eigen::MatrixXd M(r, c);
    for (int j = 0; j < c; ++j)
        for (int i = 0; i < r; ++i)
            M(i, j) = n(rng);
    return M;
}

MlpClassifier randomNet(const std::vector<int>& sizes, std::uint64_t seed) {
    MlpClassifier net = MlpClassifier::randomInit(sizes, seed);
    std::mt19937_64 rng(seed + 1);
    for (auto& b : net.biases)
        b = randomMatrix(static_cast<int>(b.size()), 1, rng) * 0.3;
    return net;
}

double loss(const MlpClassifier& net, const Eigen::MatrixXd& X, const Eigen::VectorXi& y) {
    // Independent evaluation through the public forward pass (not the trainer's workspace).
    double s = 0.0;
    for (int i = 0; i < X.rows(); ++i) {
        const Eigen::VectorXd z = net.logits(X.row(i).transpose());
        const double m = z.maxCoeff();
        s += std::log((z.array() - m).exp().sum()) + m - z(y(i));
    }
    return s / X.rows();
}

std::string tempPath(const char* name) {
    return (std::filesystem::temp_directory_path() /
            (std::string(name) + std::to_string(::getpid()) + ".json"))
        .string();
}

}  // namespace

class TestMlp : public QObject {
    Q_OBJECT
  private slots:
    void gradientMatchesFiniteDifferences_data() {
        QTest::addColumn<int>("seed");
        QTest::addColumn<QString>("shape");
        QTest::newRow("5-4-3") << 1 << "5,4,3";
        QTest::newRow("6-8-5-4") << 2 << "6,8,5,4";
        QTest::newRow("3-2 (no hidden)") << 3 << "3,2";
    }
    void gradientMatchesFiniteDifferences() {
        QFETCH(int, seed);
        QFETCH(QString, shape);
        std::vector<int> sizes;
        for (const auto& s : shape.split(','))
            sizes.push_back(s.toInt());
        const MlpClassifier net = randomNet(sizes, seed);
        std::mt19937_64 rng(seed + 7);
        const Eigen::MatrixXd X = randomMatrix(9, sizes.front(), rng);
        Eigen::VectorXi y(9);
        for (int i = 0; i < 9; ++i)
            y(i) = i % sizes.back();
        MlpGradient g;
        const double L = mlpLossAndGradient(net, X, y, g);
        QVERIFY(std::abs(L - loss(net, X, y)) < 1e-12);
        const double h = 1e-6;
        for (int l = 0; l < net.layerCount(); ++l) {
            for (int i = 0; i < net.weights[l].rows(); ++i) {
                for (int j = 0; j < net.weights[l].cols(); ++j) {
                    MlpClassifier p = net, m = net;
                    p.weights[l](i, j) += h;
                    m.weights[l](i, j) -= h;
                    const double fd = (loss(p, X, y) - loss(m, X, y)) / (2 * h);
                    QVERIFY2(std::abs(fd - g.dW[l](i, j)) < 1e-6 * (1 + std::abs(fd)),
                             qPrintable(QString("W%1(%2,%3): fd %4 vs %5")
                                            .arg(l)
                                            .arg(i)
                                            .arg(j)
                                            .arg(fd)
                                            .arg(g.dW[l](i, j))));
                }
                MlpClassifier p = net, m = net;
                p.biases[l](i) += h;
                m.biases[l](i) -= h;
                const double fd = (loss(p, X, y) - loss(m, X, y)) / (2 * h);
                QVERIFY(std::abs(fd - g.db[l](i)) < 1e-6 * (1 + std::abs(fd)));
            }
        }
    }

    void jsonRoundTripIsExact() {
        MlpClassifier net = randomNet({7, 5, 4, 3}, 11);
        net.inputShift = Eigen::VectorXd::Constant(7, 0.25);
        net.inputScale = Eigen::VectorXd::LinSpaced(7, 0.1, 1.0 / 3.0);
        const std::string path = tempPath("smip_mlp_rt");
        QCOMPARE(QString::fromStdString(saveMlp(net, path)), QString());
        MlpClassifier back;
        std::string err;
        QVERIFY2(loadMlp(path, back, err), err.c_str());
        std::filesystem::remove(path);
        QCOMPARE(back.layerSizes(), net.layerSizes());
        for (int l = 0; l < net.layerCount(); ++l) {
            QVERIFY(back.weights[l] == net.weights[l]);  // bit-exact: JSON keeps 17 digits
            QVERIFY(back.biases[l] == net.biases[l]);
        }
        QVERIFY(back.inputShift == net.inputShift);
        QVERIFY(back.inputScale == net.inputScale);
    }

    void loadRejectsBadFiles_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("needle");
        QTest::newRow("not json") << "{oops"
                                  << "not valid JSON";
        QTest::newRow("no layers") << "{}"
                                   << "layers";
        QTest::newRow("ragged") << R"({"layers":[{"weights":[[1,2],[3]],"biases":[0,0]}]})"
                                << "row 2";
        QTest::newRow("shape chain")
            << R"({"layers":[{"weights":[[1,2]],"biases":[0]},{"weights":[[1,2]],"biases":[0]}]})"
            << "expects 2 inputs";
    }
    void loadRejectsBadFiles() {
        QFETCH(QString, text);
        QFETCH(QString, needle);
        const std::string path = tempPath("smip_mlp_bad");
        std::FILE* f = std::fopen(path.c_str(), "w");
        std::fputs(text.toStdString().c_str(), f);
        std::fclose(f);
        MlpClassifier net;
        std::string err;
        QVERIFY(!loadMlp(path, net, err));
        std::filesystem::remove(path);
        QVERIFY2(err.find(needle.toStdString()) != std::string::npos, err.c_str());
    }

    void trainingLearnsSeparableDataAndStops() {
        // Two Gaussian blobs far apart: any working trainer reaches 100 %.
        std::mt19937_64 rng(5);
        MlpDataSplit d;
        d.classes = 2;
        d.Xtrain = randomMatrix(200, 3, rng) * 0.3;
        d.ytrain.resize(200);
        for (int i = 0; i < 200; ++i) {
            d.ytrain(i) = i % 2;
            d.Xtrain(i, 0) += i % 2 ? 2.0 : -2.0;
        }
        d.Xtest = d.Xtrain.topRows(40);
        d.ytest = d.ytrain.head(40);
        MlpTrainConfig cfg;
        cfg.hidden = {8};
        cfg.epochs = 20;
        int epochs = 0;
        const MlpTrainResult r =
            trainMlp(d, cfg, {[&](const MlpEpochInfo& e) { epochs = e.epoch; }});
        QVERIFY(r.status == MlpTrainStatus::Finished);
        QCOMPARE(epochs, 20);
        QCOMPARE(r.testAccuracy, 1.0);

        std::stop_source stop;
        const MlpTrainResult c = trainMlp(d, cfg, {[&](const MlpEpochInfo& e) {
                                              if (e.epoch == 3) stop.request_stop();
                                          }},
                                          stop.get_token());
        QVERIFY(c.status == MlpTrainStatus::Cancelled);
        QCOMPARE(static_cast<int>(c.history.size()), 3);

        cfg.hidden = {0};
        QVERIFY(trainMlp(d, cfg).status == MlpTrainStatus::InvalidInput);
        cfg.hidden = {8};
        cfg.l1 = -1.0;
        QVERIFY(trainMlp(d, cfg).status == MlpTrainStatus::InvalidInput);
    }

    void splitIsTheCommonSplit() {
        // Same seed, same split in every feature: the MLP's test rows are splitIndices' test rows
        // (as the perceptron and MIP-training splits), with the scaler fitted on the train rows.
        Dataset iris;
        std::string err;
        DatasetSpec spec;
        spec.source = "iris";
        QVERIFY2(resolveDataset(spec, iris, err), err.c_str());
        MlpDataSplit s;
        QVERIFY2(makeMlpSplit(iris, 0.2, 7, ScalerKind::MinMax, s, err), err.c_str());
        const SplitIndices idx = splitIndices(iris, 0.2, 7);
        QCOMPARE(std::vector<int>(s.testIndices.begin(), s.testIndices.end()), idx.test);
        const Dataset train = selectRows(iris, idx.train);
        QVERIFY(s.scaler.offset == Eigen::VectorXd(train.X.colwise().minCoeff().transpose()));
        QCOMPARE(s.Xtrain.minCoeff(), 0.0);
        QCOMPARE(s.Xtrain.maxCoeff(), 1.0);
        QCOMPARE(s.classes, 3);
        for (int c = 0; c < 3; ++c)
            QCOMPARE((s.ytest.array() == c).count(), Eigen::Index(10));  // stratified: 50 × 0.2
        QVERIFY(!makeMlpSplit(iris, 1.0, 7, ScalerKind::MinMax, s, err));
        QVERIFY(!makeMlpSplit(generateRandom(10, 2, 0), 0.2, 7, ScalerKind::MinMax, s, err));
        QVERIFY2(err.find("not a classification") != std::string::npos, err.c_str());
    }

    void l1ProxZeroesWeights() {
        // The label is the sign of x1; x2..x5 are noise. One epoch of one full-batch step with
        // the prox threshold lr·λ = 2: He init draws from U(±√(6/fan_in)) ⊂ ±1.1 and one Adam
        // step moves a weight by about lr, so every weight (not the biases) becomes 0.
        std::mt19937_64 rng(3);
        MlpDataSplit d;
        d.classes = 2;
        d.Xtrain = randomMatrix(50, 5, rng);
        d.ytrain = (d.Xtrain.col(0).array() > 0.0).cast<int>();
        MlpTrainConfig cfg;
        cfg.hidden = {6};
        cfg.epochs = 1;
        cfg.batchSize = 50;
        cfg.learningRate = 0.01;
        cfg.l1 = 2.0 / cfg.learningRate;
        const MlpTrainResult wiped = trainMlp(d, cfg);
        QVERIFY(wiped.status == MlpTrainStatus::Finished);
        for (const auto& W : wiped.model.weights)
            QVERIFY(W.isZero(0.0));
        // Exactly the prox after the Adam step: one step from the same start and gradient, so
        // the L1 run's weights are the plain run's weights soft-thresholded by t = lr·λ = 0.2.
        cfg.l1 = 20.0;
        const MlpTrainResult shrunk = trainMlp(d, cfg);
        cfg.l1 = 0.0;
        const MlpTrainResult plain = trainMlp(d, cfg);
        const double t = cfg.learningRate * 20.0;
        Eigen::Index newZeros = 0;
        for (int l = 0; l < plain.model.layerCount(); ++l) {
            const Eigen::MatrixXd& P = plain.model.weights[l];
            const Eigen::MatrixXd expected = P.array() - P.array().max(-t).min(t);
            QVERIFY(shrunk.model.weights[l] == expected);
            QVERIFY(shrunk.model.biases[l] == plain.model.biases[l]);  // biases are not shrunk
            newZeros +=
                (shrunk.model.weights[l].array() == 0.0).count() - (P.array() == 0.0).count();
        }
        QVERIFY(newZeros > 0);  // ~18 % of U(±1.1) lies within ±0.2: some of the 42 weights
    }
};

QTEST_APPLESS_MAIN(TestMlp)
#include "test_mlp.moc"
