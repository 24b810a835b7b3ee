// JSON round trips of training configs and results, null for non-finite numbers, and clear
// errors for malformed input.
#include <QtTest>

#include <cmath>
#include <limits>
#include <random>

#include "core/train/train_json.h"

using namespace smip;

class TestTrainJson : public QObject {
    Q_OBJECT
  private slots:
    void resultRoundTrip() {
        Dataset ds;
        std::mt19937_64 rng(1);
        std::uniform_real_distribution<double> u(-1.0, 1.0);
        ds.X.resize(6, 3);
        ds.y.resize(6);
        for (int i = 0; i < 6; ++i) {
            for (int j = 0; j < 3; ++j)
                ds.X(i, j) = u(rng);
            ds.y(i) = u(rng);
        }
        RegularizerSpec spec;
        QVERIFY(RegularizerSpec::parse("p0.7", spec, 0.02));
        TrainConfig c;
        c.epochs = 250;
        c.reportEvery = 50;
        const TrainResult r = trainShallow(ds, initShallowNet(3, 6, 0), spec, c);

        const std::string text = nlohmann::json(r).dump();
        TrainResult back;
        std::string error;
        QVERIFY2(trainResultFromJson(nlohmann::json::parse(text), back, error), error.c_str());
        QCOMPARE(QString::fromStdString(back.regularizer.id()), QString("p0.7"));
        QCOMPARE(back.regularizer.lambda, 0.02);
        QCOMPARE(back.status, r.status);
        QCOMPARE(back.epochsRun, 250);
        QCOMPARE(back.seconds, r.seconds);
        QCOMPARE(back.final.mse, r.final.mse);  // doubles survive exactly
        QCOMPARE(back.final.nonzeros, r.final.nonzeros);
        QCOMPARE(back.final.pathNorm, r.final.pathNorm);
        QCOMPARE(int(back.history.size()), int(r.history.size()));
        QCOMPARE(back.history.back().epoch, 250);
        QCOMPARE(back.history[2].metrics.maxV, r.history[2].metrics.maxV);
        QVERIFY(back.net.W == r.net.W && back.net.b == r.net.b && back.net.v == r.net.v);

        // The documented keys are there for scripts.
        const nlohmann::json j = r;
        for (const char* key :
             {"regularizer", "status", "mse", "nonzeros", "active_neurons", "lp_norm", "max_w",
              "max_b", "max_v", "seconds", "history", "weights"})
            QVERIFY2(j.contains(key), key);
        QCOMPARE(int(j["weights"]["W"].size()), 6);
        QCOMPARE(int(j["weights"]["W"][0].size()), 3);
        QVERIFY(!j.contains("snapshots"));  // only runs kept for replay carry them
        QVERIFY(back.snapshots.empty());

        // Snapshots round-trip; a count that does not match the history is an error.
        c.keepSnapshots = true;
        const TrainResult kept = trainShallow(ds, initShallowNet(3, 6, 0), spec, c);
        nlohmann::json withSnapshots = kept;
        QVERIFY2(trainResultFromJson(withSnapshots, back, error), error.c_str());
        QCOMPARE(back.snapshots.size(), kept.history.size());
        QVERIFY(back.snapshots[3].W == kept.snapshots[3].W);
        QVERIFY(back.snapshots[3].v == kept.snapshots[3].v);
        withSnapshots["snapshots"].erase(0);
        QVERIFY(!trainResultFromJson(withSnapshots, back, error));
        QVERIFY2(QString::fromStdString(error).contains("snapshots"), error.c_str());
    }

    void nonFiniteIsNull() {
        TrainResult r;
        r.status = TrainStatus::Diverged;
        r.final.mse = std::numeric_limits<double>::infinity();
        r.net.W = Eigen::MatrixXd::Constant(1, 1, std::numeric_limits<double>::quiet_NaN());
        r.net.b = Eigen::VectorXd::Zero(1);
        r.net.v = Eigen::VectorXd::Zero(1);
        const nlohmann::json j = r;
        QVERIFY(j["mse"].is_null());
        QVERIFY(j["weights"]["W"][0][0].is_null());
        TrainResult back;
        std::string error;
        QVERIFY(trainResultFromJson(nlohmann::json::parse(j.dump()), back, error));
        QVERIFY(std::isnan(back.final.mse));
        QCOMPARE(back.status, TrainStatus::Diverged);
    }

    void malformedInputIsAnError_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown regularizer") << R"({"regularizer":"l7","status":"finished"})"
                                             << "l7";
        QTest::newRow("unknown status") << R"({"regularizer":"wd","status":"done"})"
                                        << "done";
        QTest::newRow("missing keys") << R"({"regularizer":"wd","status":"finished"})"
                                      << "mse";
    }
    void malformedInputIsAnError() {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        TrainResult out;
        std::string error;
        QVERIFY(!trainResultFromJson(nlohmann::json::parse(text.toStdString()), out, error));
        QVERIFY2(QString::fromStdString(error).contains(mentions), error.c_str());
    }

    void configRoundTrip() {
        TrainConfig c;
        c.epochs = 1234;
        c.lr = 0.003;
        c.gamma = 0.02;
        c.eps = 1e-5;
        c.proxStartEpoch = 7;
        c.reportEvery = 11;
        c.countBiases = false;
        c.metricP = 0.4;
        TrainConfig back;
        std::string error;
        QVERIFY(trainConfigFromJson(nlohmann::json::parse(nlohmann::json(c).dump()), back, error));
        QCOMPARE(back.epochs, 1234);
        QCOMPARE(back.lr, 0.003);
        QCOMPARE(back.gamma, 0.02);
        QCOMPARE(back.eps, 1e-5);
        QCOMPARE(back.proxStartEpoch, 7);
        QCOMPARE(back.reportEvery, 11);
        QCOMPARE(back.countBiases, false);
        QCOMPARE(back.metricP, 0.4);
        // Missing keys keep defaults; a wrong type is an error.
        QVERIFY(trainConfigFromJson(nlohmann::json::object(), back, error));
        QCOMPARE(back.epochs, TrainConfig{}.epochs);
        QVERIFY(!trainConfigFromJson(nlohmann::json::parse(R"({"epochs":"many"})"), back, error));
    }
};

QTEST_APPLESS_MAIN(TestTrainJson)
#include "test_train_json.moc"
