#include "core/onnx/onnx_writer.h"

#include <bit>
#include <cstdio>

#include "core/common/atomic_file.h"
#include "core/onnx/onnx_fields.h"
#include "core/onnx/proto_wire.h"

namespace smip {

namespace f = onnx::field;
using onnx::ProtoWriter;

namespace {

// IR version 7 (ONNX 1.7+) with opset 13: old enough for every current runtime, new enough for
// Gemm with an optional C.
constexpr std::uint64_t kIrVersion = 7;
constexpr std::uint64_t kOpset = 13;

// TensorProto with the values of `M` in row-major order as raw little-endian data.
std::string tensor(const std::string& name, const Eigen::MatrixXd& M, bool asVector,
                   OnnxPrecision precision) {
    ProtoWriter t;
    std::vector<std::int64_t> dims;
    if (asVector)
        dims = {static_cast<std::int64_t>(M.size())};
    else
        dims = {static_cast<std::int64_t>(M.rows()), static_cast<std::int64_t>(M.cols())};
    t.packedVarints(f::kTensorDims, dims);
    const bool single = precision == OnnxPrecision::Float32;
    t.varint(f::kTensorDataType, static_cast<std::uint64_t>(single ? f::kFloat : f::kDouble));
    t.bytes(f::kTensorName, name);
    std::string raw;
    raw.reserve(static_cast<std::size_t>(M.size()) * (single ? 4 : 8));
    for (Eigen::Index r = 0; r < M.rows(); ++r)
        for (Eigen::Index c = 0; c < M.cols(); ++c) {
            const std::uint64_t bits =
                single ? std::bit_cast<std::uint32_t>(static_cast<float>(M(r, c)))
                       : std::bit_cast<std::uint64_t>(M(r, c));
            for (int byte = 0; byte < (single ? 4 : 8); ++byte)
                raw.push_back(static_cast<char>((bits >> (8 * byte)) & 0xff));
        }
    t.bytes(f::kTensorRawData, raw);
    return t.data();
}

// ValueInfoProto of a [batch, width] tensor with a symbolic batch dimension.
std::string valueInfo(const std::string& name, std::int64_t width, OnnxPrecision precision) {
    ProtoWriter batch, features, shape, tensorType, type, info;
    batch.bytes(f::kDimParam, "batch");
    features.varint(f::kDimValue, static_cast<std::uint64_t>(width));
    shape.bytes(f::kShapeDim, batch.data()).bytes(f::kShapeDim, features.data());
    tensorType.varint(
        f::kTensorTypeElem,
        static_cast<std::uint64_t>(precision == OnnxPrecision::Float32 ? f::kFloat : f::kDouble));
    tensorType.bytes(f::kTensorTypeShape, shape.data());
    type.bytes(f::kTypeTensor, tensorType.data());
    info.bytes(f::kValueName, name).bytes(f::kValueType, type.data());
    return info.data();
}

std::string node(const std::string& op, const std::string& name,
                 const std::vector<std::string>& inputs, const std::string& output,
                 bool transB = false) {
    ProtoWriter n;
    for (const auto& in : inputs)
        n.bytes(f::kNodeInput, in);
    n.bytes(f::kNodeOutput, output).bytes(f::kNodeName, name).bytes(f::kNodeOpType, op);
    if (transB) {
        ProtoWriter a;
        a.bytes(f::kAttrName, "transB").varint(f::kAttrI, 1).varint(f::kAttrType, f::kAttrTypeInt);
        n.bytes(f::kNodeAttribute, a.data());
    }
    return n.data();
}

std::string numberList(const Eigen::VectorXd& v) {
    std::string s;
    char buf[40];
    for (Eigen::Index k = 0; k < v.size(); ++k) {
        std::snprintf(buf, sizeof buf, "%.17g", v(k));
        if (k > 0) s += ',';
        s += buf;
    }
    return s;
}

std::string metadata(const std::string& key, const std::string& value) {
    ProtoWriter e;
    e.bytes(f::kEntryKey, key).bytes(f::kEntryValue, value);
    return e.data();
}

// The model of a chain of dense layers (biases optional per layer) with Relu between them.
std::string model(const std::vector<Eigen::MatrixXd>& weights,
                  const std::vector<const Eigen::VectorXd*>& biases,
                  const std::vector<std::pair<std::string, std::string>>& meta,
                  const OnnxWriteOptions& options) {
    ProtoWriter graph;
    std::string current = "input";
    const std::size_t layers = weights.size();
    for (std::size_t l = 0; l < layers; ++l) {
        const std::string id = std::to_string(l + 1);
        std::vector<std::string> inputs = {current, "layer" + id + ".weight"};
        if (biases[l]) inputs.push_back("layer" + id + ".bias");
        const std::string out = l + 1 == layers ? "output" : "layer" + id + ".out";
        graph.bytes(f::kGraphNode, node("Gemm", "layer" + id, inputs, out, true));
        current = out;
        if (l + 1 < layers) {
            graph.bytes(f::kGraphNode, node("Relu", "relu" + id, {current}, "relu" + id + ".out"));
            current = "relu" + id + ".out";
        }
    }
    graph.bytes(f::kGraphName, "sparsemip_network");
    for (std::size_t l = 0; l < layers; ++l) {
        const std::string id = std::to_string(l + 1);
        graph.bytes(f::kGraphInitializer,
                    tensor("layer" + id + ".weight", weights[l], false, options.precision));
        if (biases[l])
            graph.bytes(f::kGraphInitializer,
                        tensor("layer" + id + ".bias", *biases[l], true, options.precision));
    }
    if (!options.docString.empty()) graph.bytes(f::kGraphDocString, options.docString);
    graph.bytes(f::kGraphInput, valueInfo("input", weights.front().cols(), options.precision));
    graph.bytes(f::kGraphOutput, valueInfo("output", weights.back().rows(), options.precision));

    ProtoWriter opset, m;
    opset.bytes(f::kOpsetDomain, "").varint(f::kOpsetVersion, kOpset);
    m.varint(f::kModelIrVersion, kIrVersion)
        .bytes(f::kModelProducerName, "sparsemip")
        .bytes(f::kModelProducerVersion, "0.1")
        .bytes(f::kModelGraph, graph.data())
        .bytes(f::kModelOpsetImport, opset.data());
    for (const auto& [key, value] : meta)
        m.bytes(f::kModelMetadataProps, metadata(key, value));
    return m.data();
}

}  // namespace

std::string onnxModelBytes(const MlpClassifier& net, const OnnxWriteOptions& options) {
    std::vector<const Eigen::VectorXd*> biases;
    for (const auto& b : net.biases)
        biases.push_back(&b);
    std::vector<std::pair<std::string, std::string>> meta = {{"sparsemip.kind", "mlp_classifier"}};
    if (net.inputShift.size() != 0 || net.inputScale.size() != 0) {
        const auto d = net.inputSize();
        meta.emplace_back(
            "sparsemip.input_shift",
            numberList(net.inputShift.size() == d ? net.inputShift : Eigen::VectorXd::Zero(d)));
        meta.emplace_back(
            "sparsemip.input_scale",
            numberList(net.inputScale.size() == d ? net.inputScale : Eigen::VectorXd::Ones(d)));
    }
    return model(net.weights, biases, meta, options);
}

std::string onnxModelBytes(const ShallowReluNet& net, const OnnxWriteOptions& options) {
    const std::vector<Eigen::MatrixXd> weights = {net.W, net.v.transpose()};
    return model(weights, {&net.b, nullptr}, {{"sparsemip.kind", "shallow_relu_net"}}, options);
}

std::string writeOnnxModel(const MlpClassifier& net, const std::string& path,
                           const OnnxWriteOptions& options) {
    if (const std::string e = net.validate(); !e.empty()) return path + ": " + e;
    return writeFileAtomically(path, onnxModelBytes(net, options));
}

std::string writeOnnxModel(const ShallowReluNet& net, const std::string& path,
                           const OnnxWriteOptions& options) {
    if (net.width() == 0 || net.inputs() == 0 || net.b.size() != net.width() ||
        net.v.size() != net.width())
        return path + ": the network is empty or its shapes do not agree";
    return writeFileAtomically(path, onnxModelBytes(net, options));
}

}  // namespace smip
