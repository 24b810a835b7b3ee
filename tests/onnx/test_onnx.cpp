// ONNX import and export (core/onnx) against Debian's python3-onnx and python3-torch: files made
// by torch.onnx.export and onnx.helper read by us and run by our forward pass (100 inputs, 1e-6),
// the checked-in PyTorch digits model, our files checked by onnx.checker and run by a numpy
// evaluation of their graph, and bad files refused with a message naming the problem.
#include <QTemporaryDir>
#include <QTest>

#include "core/common/atomic_file.h"
#include "core/data/dataset_catalog.h"
#include "core/mlp/mlp_data_split.h"
#include "core/onnx/classifier_file.h"
#include "core/onnx/onnx_reader.h"
#include "core/onnx/onnx_writer.h"
#include "tests/onnx/onnx_test_support.h"

using namespace smip;
using namespace smip::test;

namespace {

double maxAbsDiff(const Eigen::MatrixXd& a, const Eigen::MatrixXd& b) {
    if (a.rows() != b.rows() || a.cols() != b.cols()) return INFINITY;
    return (a - b).cwiseAbs().maxCoeff();
}

MlpClassifier roundedToFloat(MlpClassifier net) {
    for (auto& W : net.weights)
        W = W.cast<float>().cast<double>();
    for (auto& b : net.biases)
        b = b.cast<float>().cast<double>();
    return net;
}

Eigen::MatrixXd logitsOf(const MlpClassifier& net, const Eigen::MatrixXd& X) {
    Eigen::MatrixXd Y(X.rows(), net.outputSize());
    for (Eigen::Index r = 0; r < X.rows(); ++r)
        Y.row(r) = net.logits(X.row(r).transpose()).transpose();
    return Y;
}

}  // namespace

class TestOnnx : public QObject {
    Q_OBJECT

  private slots:
    void checkedInDigitsModel() {
        const QString dir = QStringLiteral(SPARSEMIP_ONNX_DATA);
        OnnxNetwork file;
        std::string error;
        QVERIFY2(readOnnxModel((dir + "/digits_mlp.onnx").toStdString(), file, error),
                 error.c_str());
        QCOMPARE(file.net.layerSizes(), (std::vector<int>{64, 16, 10}));
        QCOMPARE(file.output, OnnxOutputActivation::LogSoftmax);
        QCOMPARE(file.inputShape, (std::vector<std::int64_t>{-1, 1, 8, 8}));
        QCOMPARE(file.inputName, std::string("image"));
        QVERIFY(!file.recordsInputScaling);
        QVERIFY(file.producer.starts_with("pytorch"));
        const OnnxIo io = readIo(dir + "/digits_mlp_io.json");
        QCOMPARE(io.inputs.rows(), Eigen::Index(100));
        const double diff = maxAbsDiff(ourOutputs(file, io.inputs), io.outputs);
        QVERIFY2(diff <= 1e-6, qPrintable(QString::number(diff)));

        // The attack's loader maps raw pixels (0..16) to pixel / 16, as the PyTorch model was
        // trained: it classifies our digits split (raw rows) as well as in PyTorch.
        MlpClassifier net;
        QVERIFY2(loadClassifierFile((dir + "/digits_mlp.onnx").toStdString(), kDigitsPixelScale,
                                    net, error),
                 error.c_str());
        DatasetSpec spec;
        spec.source = "digits";
        Dataset digits;
        MlpDataSplit split;
        QVERIFY(resolveDataset(spec, digits, error));
        QVERIFY(makeMlpSplit(digits, 0.2, 0, ScalerKind::GlobalMinMax, split, error));
        int correct = 0;
        for (Eigen::Index i = 0; i < split.testIndices.size(); ++i) {
            const Eigen::VectorXd raw = digits.X.row(split.testIndices(i)).transpose();
            const Eigen::VectorXd x = net.scaleInput(raw);
            QVERIFY(x.isApprox(raw / 16.0));
            QCOMPARE(x, split.Xtest.row(i).transpose());  // our MLPs' scaled space
            correct += net.predict(x) == split.ytest(i);
        }
        const double accuracy = double(correct) / double(split.testIndices.size());
        QVERIFY2(accuracy >= 0.95, qPrintable(QString::number(accuracy)));
    }

    void torchExports_data() {
        QTest::addColumn<QString>("sizes");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("layers");
        QTest::newRow("image 64-32-16-10 logsoftmax")
            << "64,32,16,10" << QStringList{"--image", "--final", "logsoftmax"} << 3;
        QTest::newRow("5-8-1") << "5,8,1" << QStringList{"--seed", "3"} << 2;
        QTest::newRow("64-10 softmax, no hidden layer")
            << "64,10" << QStringList{"--final", "softmax", "--seed", "4"} << 1;
        QTest::newRow("3-4-4-4-2") << "3,4,4,4,2" << QStringList{"--seed", "5"} << 4;
    }
    void torchExports() {
        QFETCH(QString, sizes);
        QFETCH(QStringList, options);
        QFETCH(int, layers);
        QTemporaryDir dir;
        const QString model = dir.filePath("m.onnx"), io = dir.filePath("io.json");
        QVERIFY(runOnnxTool(QStringList{"torch", model, io, sizes} + options));
        OnnxNetwork file;
        std::string error;
        QVERIFY2(readOnnxModel(model.toStdString(), file, error), error.c_str());
        QCOMPARE(file.net.layerCount(), layers);
        const OnnxIo ref = readIo(io);
        QCOMPARE(ref.inputs.rows(), Eigen::Index(100));
        const double diff = maxAbsDiff(ourOutputs(file, ref.inputs), ref.outputs);
        QVERIFY2(diff <= 1e-6, qPrintable(QString::number(diff)));
    }

    void helperMatMulAddGemm() {
        // MatMul + Add (bias first), MatMul without bias, Gemm with alpha, beta and transB=0.
        QTemporaryDir dir;
        const QString model = dir.filePath("m.onnx"), io = dir.filePath("io.json");
        QVERIFY(runOnnxTool({"helper", model, io}));
        OnnxNetwork file;
        std::string error;
        QVERIFY2(readOnnxModel(model.toStdString(), file, error), error.c_str());
        QCOMPARE(file.net.layerSizes(), (std::vector<int>{6, 5, 4, 3}));
        QVERIFY(file.net.biases[1].isZero(0.0));
        QCOMPARE(file.output, OnnxOutputActivation::LogSoftmax);
        const OnnxIo ref = readIo(io);
        const double diff = maxAbsDiff(ourOutputs(file, ref.inputs), ref.outputs);
        QVERIFY2(diff <= 1e-6, qPrintable(QString::number(diff)));
    }

    void roundTripMlp_data() {
        QTest::addColumn<bool>("doublePrecision");
        QTest::newRow("float32") << false;
        QTest::newRow("float64") << true;
    }
    void roundTripMlp() {
        QFETCH(bool, doublePrecision);
        MlpClassifier net = MlpClassifier::randomInit({7, 12, 5, 3}, 11);
        for (auto& b : net.biases)
            b.setRandom();
        net.inputShift = Eigen::VectorXd::LinSpaced(7, -1.0, 2.0);
        net.inputScale = Eigen::VectorXd::LinSpaced(7, 0.1, 0.7);
        QTemporaryDir dir;
        const QString model = dir.filePath("ours.onnx");
        OnnxWriteOptions options;
        options.precision = doublePrecision ? OnnxPrecision::Float64 : OnnxPrecision::Float32;
        options.docString = "test network";
        QCOMPARE(writeOnnxModel(net, model.toStdString(), options), std::string());

        // onnx.checker.check_model (full check) passes, and the graph computes our logits.
        const Eigen::MatrixXd X = unitInputs(100, 7, 21);
        writeInputs(dir.filePath("in.json"), X);
        QString out;
        QVERIFY(
            runOnnxTool({"eval", model, dir.filePath("in.json"), dir.filePath("out.json")}, &out));
        QVERIFY(out.contains("check_model: ok"));
        const OnnxIo theirs = readIo(dir.filePath("out.json"));
        const MlpClassifier stored = doublePrecision ? net : roundedToFloat(net);
        double diff = maxAbsDiff(logitsOf(stored, X), theirs.outputs);
        QVERIFY2(diff <= 1e-9, qPrintable(QString::number(diff)));
        diff = maxAbsDiff(logitsOf(net, X), theirs.outputs);  // float rounding only
        QVERIFY2(diff <= (doublePrecision ? 1e-12 : 1e-5), qPrintable(QString::number(diff)));

        // Read back: the same layers and the recorded input scaling.
        OnnxNetwork back;
        std::string error;
        QVERIFY2(readOnnxModel(model.toStdString(), back, error), error.c_str());
        QVERIFY(back.recordsInputScaling);
        QCOMPARE(back.net.inputShift, net.inputShift);
        QCOMPARE(back.net.inputScale, net.inputScale);
        QCOMPARE(back.producer, std::string("sparsemip 0.1"));
        for (int l = 0; l < net.layerCount(); ++l) {
            QCOMPARE(back.net.weights[l], stored.weights[l]);
            QCOMPARE(back.net.biases[l], stored.biases[l]);
        }
    }

    void roundTripShallow() {
        ShallowReluNet net;
        std::srand(5);
        net.W = Eigen::MatrixXd::Random(7, 5);
        net.b = Eigen::VectorXd::Random(7);
        net.v = Eigen::VectorXd::Random(7);
        net.W.row(2).setZero();  // sparse, as the regularizers leave them
        net.b(2) = 0.0;
        net.v(4) = 0.0;
        QTemporaryDir dir;
        const QString model = dir.filePath("shallow.onnx");
        OnnxWriteOptions options;
        options.precision = OnnxPrecision::Float64;
        QCOMPARE(writeOnnxModel(net, model.toStdString(), options), std::string());
        const Eigen::MatrixXd X =
            unitInputs(100, 5, 9) * 4.0 - Eigen::MatrixXd::Constant(100, 5, 2);
        writeInputs(dir.filePath("in.json"), X);
        QVERIFY(runOnnxTool({"eval", model, dir.filePath("in.json"), dir.filePath("out.json")}));
        const OnnxIo theirs = readIo(dir.filePath("out.json"));
        QCOMPARE(theirs.outputs.cols(), Eigen::Index(1));
        const double diff = (predict(net, X) - theirs.outputs.col(0)).cwiseAbs().maxCoeff();
        QVERIFY2(diff <= 1e-12, qPrintable(QString::number(diff)));

        OnnxNetwork back;
        std::string error;
        QVERIFY2(readOnnxModel(model.toStdString(), back, error), error.c_str());
        QCOMPARE(back.net.layerSizes(), (std::vector<int>{5, 7, 1}));
        QCOMPARE(back.net.weights[0], net.W);
        QCOMPARE(back.net.biases[0], net.b);
        QCOMPARE(back.net.weights[1], Eigen::MatrixXd(net.v.transpose()));
        QVERIFY(back.net.biases[1].isZero(0.0));
        QVERIFY(!back.recordsInputScaling);
    }

    void badFiles_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("unsupported op") << "unsupported-op" << QStringList{"'act1'", "Sigmoid"};
        QTest::newRow("int weights") << "int-weights" << QStringList{"'W2'", "INT64", "float32"};
        QTest::newRow("shape mismatch")
            << "shape-mismatch" << QStringList{"shape mismatch", "'dense2'", "5 inputs", "gets 3"};
        QTest::newRow("branch") << "branch" << QStringList{"'dense2'", "sequential"};
    }
    void badFiles() {
        QFETCH(QString, kind);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        const QString model = dir.filePath(kind + ".onnx");
        QVERIFY(runOnnxTool({"bad", kind, model}));
        OnnxNetwork file;
        std::string error;
        QVERIFY(!readOnnxModel(model.toStdString(), file, error));
        for (const QString& e : expected)
            QVERIFY2(QString::fromStdString(error).contains(e), error.c_str());
        QVERIFY2(QString::fromStdString(error).contains(model), error.c_str());
    }

    void notOnnx_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("json") << QByteArray(R"({"format": "sparsemip-mlp", "version": 1})")
                              << "not an ONNX model";
        QTest::newRow("empty") << QByteArray() << "not an ONNX model (it has no graph)";
        QTest::newRow("text") << QByteArray("hello world\n") << "not an ONNX model";
        const std::string ours = onnxModelBytes(MlpClassifier::randomInit({4, 3, 2}, 1));
        QTest::newRow("truncated")
            << QByteArray::fromStdString(ours.substr(0, ours.size() / 2)) << "past the end";
        // Our file with its Relu node turned into a Tanh: refused, naming the node and the op.
        std::string relu = onnxModelBytes(MlpClassifier::randomInit({4, 3, 2}, 1));
        relu.replace(relu.find("Relu"), 4, "Tanh");
        QTest::newRow("tanh") << QByteArray::fromStdString(relu) << "'relu1' (op Tanh)";
    }
    void notOnnx() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        OnnxNetwork file;
        std::string error;
        QVERIFY(!parseOnnxModel(std::string_view(bytes.constData(), std::size_t(bytes.size())),
                                file, error));
        QVERIFY2(QString::fromStdString(error).contains(expected), error.c_str());
    }

    void classifierFileFormats() {
        // One loader for both formats: JSON as before, ONNX with the digits scaling unless the
        // file records its own.
        MlpClassifier net = MlpClassifier::randomInit({64, 8, 10}, 2);
        QTemporaryDir dir;
        const std::string plain = dir.filePath("plain.ONNX").toStdString();
        QCOMPARE(writeOnnxModel(net, plain, {OnnxPrecision::Float64, ""}), std::string());
        MlpClassifier loaded;
        std::string error;
        QVERIFY2(loadClassifierFile(plain, kDigitsPixelScale, loaded, error), error.c_str());
        QCOMPARE(loaded.inputScale, Eigen::VectorXd::Constant(64, 1.0 / 16.0));
        QCOMPARE(loaded.weights[1], net.weights[1]);
        net.inputShift = Eigen::VectorXd::Constant(64, 1.0);
        net.inputScale = Eigen::VectorXd::Constant(64, 0.25);
        const std::string scaled = dir.filePath("scaled.onnx").toStdString();
        QCOMPARE(writeOnnxModel(net, scaled), std::string());
        QVERIFY2(loadClassifierFile(scaled, kDigitsPixelScale, loaded, error), error.c_str());
        QCOMPARE(loaded.inputShift, net.inputShift);
        QCOMPARE(loaded.inputScale, net.inputScale);
        QVERIFY(
            !loadClassifierFile(dir.filePath("missing.onnx").toStdString(), 1.0, loaded, error));
        QVERIFY(hasOnnxExtension("a/b.Onnx") && !hasOnnxExtension("onnx") &&
                !hasOnnxExtension("net.json"));
    }
};

QTEST_APPLESS_MAIN(TestOnnx)
#include "test_onnx.moc"
