// Tests of the perceptron study (Rosenhahn, JOTA 2023, Table 3), its gradient baseline (the MLP
// trainer of core/mlp with the study's settings), the data split and the JSON/CSV output.
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <random>
#include <set>

#include "core/data/dataset_split.h"
#include "core/mlp/mlp_trainer.h"
#include "core/perceptron/perceptron_data.h"
#include "core/perceptron/perceptron_json.h"
#include "core/perceptron/perceptron_study.h"

using namespace smip;

namespace {

// Three Gaussian blobs in 2-D, far apart: a linear classifier separates them.
Dataset blobs(int perClass, double spread, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> G(0.0, spread);
    Dataset d;
    d.name = "blobs";
    d.task = TaskKind::Classification;
    d.classNames = {"a", "b", "c"};
    d.X.resize(3 * perClass, 2);
    d.y.resize(3 * perClass);
    const double cx[3] = {0, 4, 0}, cy[3] = {0, 0, 4};
    for (int r = 0; r < 3 * perClass; ++r) {
        const int k = r % 3;
        d.X(r, 0) = cx[k] + G(rng);
        d.X(r, 1) = cy[k] + G(rng);
        d.y(r) = k;
    }
    return d;
}

}  // namespace

class TestPerceptronStudy : public QObject {
    Q_OBJECT
  private slots:
    void splitIsStratifiedAndDisjoint();
    void subsampleKeepsClasses();
    void baselineLearnsBlobs();
    void baselineL1Sparsifies();
    void shortStudyGivesCompleteTable();
    void studyCancels();
    void twoWorkersGiveTheSameTable();
    void networkJsonRoundTrip();
    void cliStudyInWorkerProcesses();
};

void TestPerceptronStudy::splitIsStratifiedAndDisjoint() {
    // The study's and the perceptron page's split: core/data's splitDataset at 50 % test.
    const Dataset d = blobs(10, 0.3, 1);
    const DatasetSplit s = splitDataset(d, 0.5, 4);
    const Dataset &train = s.train, &test = s.test;
    QCOMPARE(train.samples() + test.samples(), d.samples());
    for (int k = 0; k < 3; ++k) {
        QCOMPARE((train.y.array() == k).count(), Eigen::Index(5));
        QCOMPARE((test.y.array() == k).count(), Eigen::Index(5));
    }
    // Disjoint: the multiset of rows of train ∪ test equals the data's rows.
    std::multiset<std::pair<double, double>> all, parts;
    for (int r = 0; r < d.samples(); ++r)
        all.insert({d.X(r, 0), d.X(r, 1)});
    for (int r = 0; r < train.samples(); ++r)
        parts.insert({train.X(r, 0), train.X(r, 1)});
    for (int r = 0; r < test.samples(); ++r)
        parts.insert({test.X(r, 0), test.X(r, 1)});
    QVERIFY(all == parts);
    QVERIFY(splitDataset(d, 0.5, 5).train.X != train.X);  // another seed, another split
    PerceptronStudyConfig c;
    c.testFraction = 1.0;  // nothing left to train on
    const auto r = runPerceptronStudy(d, c);
    QVERIFY(r.rows.empty());
    QVERIFY2(r.message.find("test fraction") != std::string::npos, r.message.c_str());
}

void TestPerceptronStudy::subsampleKeepsClasses() {
    const Dataset d = blobs(20, 0.3, 2);
    const Dataset s = subsamplePerceptronData(d, 9, 3);
    QCOMPARE(s.samples(), 9);
    for (int k = 0; k < 3; ++k)
        QCOMPARE((s.y.array() == k).count(), Eigen::Index(3));
    QCOMPARE(subsamplePerceptronData(d, 0, 3).samples(), d.samples());
}

namespace {

// The study's baseline on all of `d`: the MLP trainer with the study's settings.
MlpTrainResult trainBaseline(const Dataset& d, int epochs, double l1) {
    MlpDataSplit data;
    std::string err;
    if (!makeMlpData(d, selectRows(d, {}), ScalerKind::MinMax, data, err))
        qFatal("%s", err.c_str());
    MlpTrainConfig c = perceptronBaselineConfig();
    c.epochs = epochs;
    c.l1 = l1;
    return trainMlp(data, c);
}

int firstLayerNonzeros(const MlpClassifier& net) {
    return static_cast<int>((net.weights[0].array() != 0.0).count());
}

}  // namespace

void TestPerceptronStudy::baselineLearnsBlobs() {
    const Dataset d = blobs(20, 0.4, 3);
    const auto r = trainBaseline(d, 1500, 0.0);
    QVERIFY(r.status == MlpTrainStatus::Finished);
    QCOMPARE(int(r.history.size()), 1500);
    QCOMPARE(r.model.layerSizes(), (std::vector<int>{2, 8, 3}));
    // The blobs are 10 standard deviations apart: every point is classifiable.
    QCOMPARE(r.trainAccuracy, 1.0);
}

void TestPerceptronStudy::baselineL1Sparsifies() {
    // Class depends on x1 only; x2..x6 are noise. Strong L1 must zero noise weights.
    std::mt19937_64 rng(9);
    std::uniform_real_distribution<double> U(0, 1);
    Dataset d;
    d.name = "x1";
    d.task = TaskKind::Classification;
    d.classNames = {"0", "1"};
    d.X.resize(60, 6);
    d.y.resize(60);
    for (int r = 0; r < 60; ++r) {
        for (int j = 0; j < 6; ++j)
            d.X(r, j) = U(rng);
        d.y(r) = d.X(r, 0) > 0.5 ? 1 : 0;
    }
    const auto dense = trainBaseline(d, 3000, 0.0);
    const auto sparse = trainBaseline(d, 3000, 0.02);
    QCOMPARE(firstLayerNonzeros(dense.model), 8 * 6);  // no prox step: nothing exactly zero
    QVERIFY2(firstLayerNonzeros(sparse.model) < 8 * 6 / 2,
             qPrintable(QString("%1 nonzero").arg(firstLayerNonzeros(sparse.model))));
}

void TestPerceptronStudy::shortStudyGivesCompleteTable() {
    PerceptronStudyConfig c;
    c.repeats = 2;
    c.timeLimitSeconds = 1.0;
    c.network.hidden = 2;
    c.baseline.epochs = 300;
    const Dataset d = blobs(6, 0.5, 4);
    int calls = 0, lastDone = -1, total = 0;
    PerceptronStudyHooks hooks;
    hooks.onProgress = [&](int done, int t, const std::string&) {
        QVERIFY(done > lastDone);
        lastDone = done;
        total = t;
        ++calls;
    };
    const auto r = runPerceptronStudy(d, c, hooks);
    QVERIFY2(r.message.empty(), r.message.c_str());
    QVERIFY(!r.cancelled);
    QCOMPARE(int(r.rows.size()), 10);  // 8 flag combinations + int + baseline
    QCOMPARE(total, 20);
    QCOMPARE(calls, 21);  // one per run plus the final "done"
    std::set<std::string> ids;
    for (const auto& row : r.rows) {
        ids.insert(row.variant.id);
        QCOMPARE(row.solves, 2);
        QCOMPARE(row.runs, 2);  // the MIP start guarantees a network even at the time limit
        QCOMPARE(row.verifyMismatches, 0);
        QVERIFY(row.accuracyMean >= 0.0 && row.accuracyMean <= 1.0);
        QVERIFY(row.neuronsMean <= 2.0);
    }
    QCOMPARE(ids.size(), std::size_t(10));
    QCOMPARE(r.trainSamples + r.testSamples, 18);
    const std::string csv = perceptronStudyCsv(r);
    QCOMPARE(int(std::count(csv.begin(), csv.end(), '\n')), 11);
    const auto j = toJson(r);
    QCOMPARE(int(j["rows"].size()), 10);
    QCOMPARE(int(j["rows"][0]["test_accuracy"].size()), 2);
}

void TestPerceptronStudy::studyCancels() {
    PerceptronStudyConfig c;
    c.repeats = 5;
    c.network.hidden = 2;
    std::stop_source stop;
    PerceptronStudyHooks hooks;
    hooks.onProgress = [&](int done, int, const std::string&) {
        if (done == 3) stop.request_stop();
    };
    const auto r = runPerceptronStudy(blobs(6, 0.5, 5), c, hooks, stop.get_token());
    QVERIFY(r.cancelled);
    int solves = 0;
    for (const auto& row : r.rows)
        solves += row.solves;
    QVERIFY(solves <= 4);
}

// Runs on two workers fill the table in the same order with the same values as one worker (every
// solve here is proven well inside its limit, so CBC's deterministic search gives one answer).
void TestPerceptronStudy::twoWorkersGiveTheSameTable() {
    PerceptronStudyConfig c;
    c.repeats = 2;
    c.timeLimitSeconds = 30.0;
    c.network.hidden = 1;
    c.baseline.epochs = 300;
    const Dataset d = blobs(6, 0.5, 4);
    const auto one = runPerceptronStudy(d, c);
    c.workers = 2;
    int calls = 0;
    PerceptronStudyHooks hooks;
    hooks.onProgress = [&](int, int, const std::string&) { ++calls; };
    const auto two = runPerceptronStudy(d, c, hooks);
    QCOMPARE(calls, 21);
    QCOMPARE(two.rows.size(), one.rows.size());
    for (std::size_t i = 0; i < one.rows.size(); ++i) {
        QCOMPARE(two.rows[i].variant.id, one.rows[i].variant.id);
        QCOMPARE(two.rows[i].runs, 2);
        QCOMPARE(two.rows[i].testAccuracy, one.rows[i].testAccuracy);
        QCOMPARE(two.rows[i].weights, one.rows[i].weights);
        QCOMPARE(two.rows[i].proven, one.rows[i].proven);
    }
}

void TestPerceptronStudy::networkJsonRoundTrip() {
    PerceptronNet n;
    n.fitTransform(blobs(3, 0.3, 6).X, true, 10);
    n.W = Eigen::MatrixXd::Random(3, 2);
    n.b = Eigen::VectorXd::Random(3);
    n.Q = Eigen::MatrixXd::Random(3, 3);
    n.bF = Eigen::VectorXd::Random(3);
    PerceptronNet back;
    QCOMPARE(QString::fromStdString(fromJson(toJson(n), back)), QString());
    QVERIFY(back.W == n.W && back.b == n.b && back.Q == n.Q && back.bF == n.bF);
    QVERIFY(back.featureMin == n.featureMin && back.integerInputs);
    auto j = toJson(n);
    j["W"][1] = nlohmann::json::array({1.0});
    QVERIFY(QString::fromStdString(fromJson(j, back)).contains("'W' row 2"));
}

// The CLI study runs every MILP in a worker process (a CBC crash costs one solve, not the
// study): the table comes back complete and verified, and no job files are left behind.
void TestPerceptronStudy::cliStudyInWorkerProcesses() {
    const QString cli = qEnvironmentVariable("SPARSEMIP_CLI");
    if (cli.isEmpty()) QFAIL("SPARSEMIP_CLI not set");
    QTemporaryDir dir;
    const QString out = dir.filePath("study.json");
    // The job files go to $TMPDIR: a private one shows exactly what this run left behind.
    QTemporaryDir tmp;
    const auto jobFiles = [&tmp] {
        return QDir(tmp.path()).entryList({"sparsemip-job-*"}, QDir::Files).size();
    };
    QProcess proc;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("TMPDIR", tmp.path());
    proc.setProcessEnvironment(env);
    proc.start(cli, {"perceptron-study", "--dataset", "corner", "--n", "40", "--repeats", "1",
                     "--time-limit", "1", "--no-baseline", "--json", out});
    QVERIFY(proc.waitForFinished(120000));
    QVERIFY2(proc.exitCode() == 0, proc.readAllStandardError().constData());
    const QString text = QString::fromUtf8(proc.readAllStandardOutput());
    // 8 flag combinations + the integer row, each verified.
    QCOMPARE(text.count(QRegularExpression("\\sok\\n")), 9);
    QVERIFY(QFile::exists(out));
    QCOMPARE(jobFiles(), 0);
}

QTEST_APPLESS_MAIN(TestPerceptronStudy)
#include "test_perceptron_study.moc"
