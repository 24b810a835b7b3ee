// The CLI's ONNX paths: `attack --model FILE.onnx` on the checked-in PyTorch digits model (a
// verified attack), a bad file's message, and --onnx on train, mlp-train and sparsest (the files
// read back to the networks the JSON output holds).
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>

#include "core/mlp/mlp_json.h"
#include "core/onnx/onnx_reader.h"
#include "core/train/train_json.h"
#include "tests/cli/cli_process.h"
#include "tests/onnx/onnx_test_support.h"

using namespace smip;
using namespace smip::test;

namespace {

nlohmann::json readJson(const QString& path) {
    std::ifstream in(path.toStdString());
    return nlohmann::json::parse(in);
}

bool readBack(const QString& path, OnnxNetwork& file) {
    std::string error;
    if (!readOnnxModel(path.toStdString(), file, error)) {
        qWarning() << error.c_str();
        return false;
    }
    return true;
}

}  // namespace

class TestOnnxCli : public QObject {
    Q_OBJECT

  private slots:
    void attackPyTorchModel() {
        QTemporaryDir dir;
        const QString model = QStringLiteral(SPARSEMIP_ONNX_DATA) + "/digits_mlp.onnx";
        const CliRun r =
            runCli({"attack", "--model", model, "--sample", "0", "--formulations", "mip,softplus:5",
                    "--time-limit", "60", "--quiet", "--json", dir.filePath("a.json")});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        const nlohmann::json j = readJson(dir.filePath("a.json"));
        // The network as attacked: the file's layers with pixels / 16.
        QVERIFY(j.at("model").at("layer_sizes") == (nlohmann::json{64, 16, 10}));
        for (const auto& s : j.at("model").at("input_scale"))
            QVERIFY(s.get<double>() == 1.0 / 16.0);
        const auto& mip = j.at("outcomes").at(0);
        QCOMPARE(mip.at("formulation").get<std::string>(), std::string("mip"));
        QVERIFY(mip.at("has_solution").get<bool>());
        QVERIFY(mip.at("valid_on_real_network").get<bool>());
        QVERIFY(mip.at("objective").get<double>() > 0.0);
        // x0 is the image in the [0, 1] pixel space.
        for (const auto& v : j.at("x0"))
            QVERIFY(v.get<double>() >= 0.0 && v.get<double>() <= 1.0);
    }

    void attackRefusesBadFile() {
        QTemporaryDir dir;
        const QString model = dir.filePath("bad.onnx");
        QVERIFY(runOnnxTool({"bad", "unsupported-op", model}));
        const CliRun r = runCli({"attack", "--model", model, "--quiet"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("node 'act1' (op Sigmoid) is not supported"), qPrintable(r.err));
        // And the help says what an ONNX model's inputs are.
        const CliRun help = runCli({"attack", "--help"});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains("divided by 16"));
    }

    void trainWritesOnePerRegularizer() {
        QTemporaryDir dir;
        const CliRun r =
            runCli({"train", "--dataset", "random", "--n", "6", "--d", "3", "--epochs", "300",
                    "--regularizers", "none,p0.4", "--onnx", dir.filePath("net.onnx"),
                    "--onnx-double", "--json", dir.filePath("t.json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const nlohmann::json j = readJson(dir.filePath("t.json"));
        for (const auto& result : j.at("results")) {
            const std::string id = result.at("regularizer").get<std::string>();
            OnnxNetwork file;
            QVERIFY(readBack(dir.filePath(QString::fromStdString("net-" + id + ".onnx")), file));
            const ShallowReluNet net = result.at("weights").get<ShallowReluNet>();
            QCOMPARE(file.net.weights[0], net.W);
            QCOMPARE(file.net.biases[0], net.b);
            QCOMPARE(file.net.weights[1], Eigen::MatrixXd(net.v.transpose()));
        }
        QVERIFY(!QFile::exists(dir.filePath("net.onnx")));
    }

    void mlpTrainWritesOnnx() {
        QTemporaryDir dir;
        const CliRun r =
            runCli({"mlp-train", "--dataset", "iris", "--hidden", "5", "--epochs", "3", "--out",
                    dir.filePath("m.json"), "--onnx", dir.filePath("m.onnx")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        MlpClassifier json;
        OnnxNetwork file;
        std::string error;
        QVERIFY2(loadMlp(dir.filePath("m.json").toStdString(), json, error), error.c_str());
        QVERIFY(readBack(dir.filePath("m.onnx"), file));
        QVERIFY(file.recordsInputScaling);
        QCOMPARE(file.net.inputShift, json.inputShift);
        QCOMPARE(file.net.inputScale, json.inputScale);
        for (int l = 0; l < json.layerCount(); ++l)  // float32 weights by default
            QCOMPARE(file.net.weights[l], json.weights[l].cast<float>().cast<double>().eval());
    }

    void sparsestWritesOnnx() {
        QTemporaryDir dir;
        const CliRun r =
            runCli({"sparsest", "--dataset", "random", "--n", "4", "--d", "3", "--quiet", "--onnx",
                    dir.filePath("s.onnx"), "--onnx-double", "--json", dir.filePath("s.json")});
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        const ShallowReluNet net =
            readJson(dir.filePath("s.json")).at("weights").get<ShallowReluNet>();
        OnnxNetwork file;
        QVERIFY(readBack(dir.filePath("s.onnx"), file));
        QCOMPARE(file.net.weights[0], net.W);
        QCOMPARE(file.net.weights[1], Eigen::MatrixXd(net.v.transpose()));
    }
};

QTEST_GUILESS_MAIN(TestOnnxCli)
#include "test_onnx_cli.moc"
