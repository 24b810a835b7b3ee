#pragma once
// Shared by the ONNX tests: running onnx_tool.py (Debian's python3 with python3-onnx/-torch) and
// reading its IO.json files.
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTest>

#include <Eigen/Dense>
#include <fstream>
#include <nlohmann/json.hpp>

#include "core/onnx/onnx_network.h"

namespace smip::test {

/// Runs `python3 onnx_tool.py args...`; on failure the test fails with its stderr.
inline bool runOnnxTool(const QStringList& args, QString* out = nullptr) {
    QProcess p;
    p.start(QStringLiteral(SPARSEMIP_PYTHON), QStringList{SPARSEMIP_ONNX_TOOL} + args);
    if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning().noquote() << "onnx_tool.py" << args.join(' ') << "failed:"
                             << QString::fromUtf8(p.readAllStandardError()).right(2000);
        return false;
    }
    if (out) *out = QString::fromUtf8(p.readAllStandardOutput());
    return true;
}

/// One row per sample: {"inputs": [[...]], "outputs": [[...]]}.
struct OnnxIo {
    Eigen::MatrixXd inputs, outputs;
};

inline Eigen::MatrixXd rowsOf(const nlohmann::json& rows) {
    Eigen::MatrixXd M(static_cast<Eigen::Index>(rows.size()),
                      rows.empty() ? 0 : static_cast<Eigen::Index>(rows[0].size()));
    for (Eigen::Index r = 0; r < M.rows(); ++r)
        for (Eigen::Index c = 0; c < M.cols(); ++c)
            M(r, c) = rows[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)].get<double>();
    return M;
}

inline OnnxIo readIo(const QString& path) {
    std::ifstream in(path.toStdString());
    const nlohmann::json j = nlohmann::json::parse(in);
    return {rowsOf(j.at("inputs")), rowsOf(j.at("outputs"))};
}

inline void writeInputs(const QString& path, const Eigen::MatrixXd& X) {
    nlohmann::json rows = nlohmann::json::array();
    for (Eigen::Index r = 0; r < X.rows(); ++r) {
        nlohmann::json row = nlohmann::json::array();
        for (Eigen::Index c = 0; c < X.cols(); ++c)
            row.push_back(X(r, c));
        rows.push_back(row);
    }
    std::ofstream(path.toStdString()) << nlohmann::json{{"inputs", rows}}.dump();
}

/// Our forward pass of the file's graph: logits of each row (the graph's input, no scaling),
/// then the file's final Softmax/LogSoftmax.
inline Eigen::MatrixXd ourOutputs(const OnnxNetwork& file, const Eigen::MatrixXd& X) {
    Eigen::MatrixXd Y(X.rows(), file.net.outputSize());
    for (Eigen::Index r = 0; r < X.rows(); ++r) {
        Eigen::VectorXd z = file.net.logits(X.row(r).transpose());
        if (file.output != OnnxOutputActivation::None) {
            const double m = z.maxCoeff();
            const double lse = m + std::log((z.array() - m).exp().sum());
            z.array() -= lse;
            if (file.output == OnnxOutputActivation::Softmax) z = z.array().exp();
        }
        Y.row(r) = z.transpose();
    }
    return Y;
}

/// Uniform inputs in [0, 1], seeded.
inline Eigen::MatrixXd unitInputs(int rows, int cols, unsigned seed) {
    std::srand(seed);
    return (Eigen::MatrixXd::Random(rows, cols).array() + 1.0) / 2.0;
}

}  // namespace smip::test
