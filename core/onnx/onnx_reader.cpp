#include "core/onnx/onnx_reader.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <sstream>

#include "core/common/atomic_file.h"
#include "core/onnx/onnx_fields.h"
#include "core/onnx/onnx_messages.h"
#include "core/onnx/proto_wire.h"

namespace smip {

namespace f = onnx::field;
using onnx::Node;
using onnx::parseNode;
using onnx::parseTensor;
using onnx::parseValueInfo;
using onnx::ProtoField;
using onnx::shapeText;
using onnx::str;
using onnx::Tensor;
using onnx::typeName;
using onnx::ValueInfo;
using onnx::WireType;

namespace {

// One dense step of the chain: W (out × in) and b, or a bias alone (an Add), or a ReLU.
struct Step {
    enum Kind { Affine, Bias, Relu } kind = Affine;
    Eigen::MatrixXd W;
    Eigen::VectorXd b;
};

// The network reader proper: walks the nodes of a parsed graph as one chain from the input.
class ChainBuilder {
  public:
    std::map<std::string, Tensor> weights;  // initializers and Constant outputs
    std::vector<Step> steps;
    std::string current;
    std::int64_t width = -1;  // features of the running tensor (-1: not known yet)
    int rank = 2;
    OnnxOutputActivation output = OnnxOutputActivation::None;
    bool finished = false;  // a Softmax/LogSoftmax was seen: nothing may follow

    bool add(const Node& n, std::string& error) {
        if (!n.domain.empty() && n.domain != "ai.onnx") {
            error = n.label() + " is from operator domain '" + n.domain +
                    "'; only the default ONNX domain is supported";
            return false;
        }
        if (n.op == "Constant") return addConstant(n, error);
        if (finished) {
            error = n.label() + " follows the final " +
                    std::string(onnxOutputActivationId(output)) +
                    "; Softmax/LogSoftmax must be the last node";
            return false;
        }
        if (n.outputs.size() != 1 || n.inputs.empty()) {
            error = n.label() + " must have one output and at least one input";
            return false;
        }
        bool ok = false;
        if (n.op == "Gemm")
            ok = addGemm(n, error);
        else if (n.op == "MatMul")
            ok = addMatMul(n, error);
        else if (n.op == "Add")
            ok = addBias(n, error);
        else if (n.op == "Relu")
            ok = takesCurrent(n, 0, error) && addRelu();
        else if (n.op == "Flatten")
            ok = addFlatten(n, error);
        else if (n.op == "Softmax" || n.op == "LogSoftmax")
            ok = addSoftmax(n, error);
        else {
            error = n.label() +
                    " is not supported: a network of Gemm, MatMul + Add, Relu, Flatten and a "
                    "final Softmax/LogSoftmax is expected";
            return false;
        }
        if (ok) current = n.outputs[0];
        return ok;
    }

  private:
    bool takesCurrent(const Node& n, std::size_t slot, std::string& error) const {
        if (slot < n.inputs.size() && n.inputs[slot] == current) return true;
        error = n.label() + " does not take the previous layer's output '" + current +
                "' as its input " + std::to_string(slot + 1) +
                ": only sequential networks are supported";
        return false;
    }

    const Tensor* weight(const Node& n, std::size_t slot, std::string& error) const {
        if (slot >= n.inputs.size() || n.inputs[slot].empty()) {
            error = n.label() + " lacks its input " + std::to_string(slot + 1);
            return nullptr;
        }
        const auto it = weights.find(n.inputs[slot]);
        if (it == weights.end()) {
            error = n.label() + ": input '" + n.inputs[slot] +
                    "' is neither an initializer nor a Constant (weights must be constants)";
            return nullptr;
        }
        return &it->second;
    }

    bool checkRank2(const Node& n, std::string& error) const {
        if (rank == 2) return true;
        error = n.label() + " gets a tensor of rank " + std::to_string(rank) +
                "; put a Flatten before the first layer";
        return false;
    }

    // Appends the dense step y = x·Wᵀ + b after checking x's width.
    bool addAffine(const Node& n, Eigen::MatrixXd W, Eigen::VectorXd b, std::string& error) {
        if (width >= 0 && W.cols() != width) {
            error = "shape mismatch: " + n.label() + " expects " + std::to_string(W.cols()) +
                    " inputs but gets " + std::to_string(width);
            return false;
        }
        width = W.rows();
        steps.push_back({Step::Affine, std::move(W), std::move(b)});
        return true;
    }

    // A bias of `out` entries from a tensor of shape [out], [1, out] or a scalar.
    bool biasVector(const Node& n, const Tensor& t, std::int64_t out, double factor,
                    Eigen::VectorXd& b, std::string& error) const {
        const auto count = static_cast<std::int64_t>(t.values.size());
        const bool rowShape = t.dims.size() <= 1 || (t.dims.size() == 2 && t.dims[0] == 1);
        if (!rowShape || (count != out && count != 1)) {
            error = "shape mismatch: " + n.label() + " has a bias of shape " + shapeText(t.dims) +
                    " for " + std::to_string(out) + " outputs";
            return false;
        }
        b.resize(out);
        for (std::int64_t k = 0; k < out; ++k)
            b(k) = factor * t.values[static_cast<std::size_t>(count == 1 ? 0 : k)];
        return true;
    }

    static Eigen::MatrixXd matrix(const Tensor& t) {  // row-major [r, c] → Eigen
        Eigen::MatrixXd M(t.dims[0], t.dims[1]);
        for (Eigen::Index r = 0; r < M.rows(); ++r)
            for (Eigen::Index c = 0; c < M.cols(); ++c)
                M(r, c) = t.values[static_cast<std::size_t>(r * M.cols() + c)];
        return M;
    }

    std::int64_t intAttr(const Node& n, const char* name, std::int64_t fallback) const {
        const auto it = n.attributes.find(name);
        return it == n.attributes.end() ? fallback : it->second.i;
    }
    double floatAttr(const Node& n, const char* name, double fallback) const {
        const auto it = n.attributes.find(name);
        return it == n.attributes.end() ? fallback : it->second.f;
    }

    bool addGemm(const Node& n, std::string& error) {
        if (!takesCurrent(n, 0, error) || !checkRank2(n, error)) return false;
        if (intAttr(n, "transA", 0) != 0) {
            error = n.label() + " has transA=1; only x·B (+ C) with the batch in rows is supported";
            return false;
        }
        const Tensor* B = weight(n, 1, error);
        if (!B) return false;
        if (B->dims.size() != 2) {
            error = "shape mismatch: " + n.label() + " has weights of shape " + shapeText(B->dims) +
                    ", expected a matrix";
            return false;
        }
        const double alpha = floatAttr(n, "alpha", 1.0), beta = floatAttr(n, "beta", 1.0);
        Eigen::MatrixXd W = matrix(*B);
        if (intAttr(n, "transB", 0) == 0) W.transposeInPlace();  // B is in × out
        if (alpha != 1.0) W *= alpha;
        Eigen::VectorXd b = Eigen::VectorXd::Zero(W.rows());
        if (n.inputs.size() > 2 && !n.inputs[2].empty()) {
            const Tensor* C = weight(n, 2, error);
            if (!C || !biasVector(n, *C, W.rows(), beta, b, error)) return false;
        }
        return addAffine(n, std::move(W), std::move(b), error);
    }

    bool addMatMul(const Node& n, std::string& error) {
        if (!takesCurrent(n, 0, error) || !checkRank2(n, error)) return false;
        const Tensor* B = weight(n, 1, error);
        if (!B) return false;
        if (B->dims.size() != 2) {
            error = "shape mismatch: " + n.label() + " has weights of shape " + shapeText(B->dims) +
                    ", expected a matrix [inputs, outputs]";
            return false;
        }
        Eigen::MatrixXd W = matrix(*B).transpose();
        Eigen::VectorXd b = Eigen::VectorXd::Zero(W.rows());
        return addAffine(n, std::move(W), std::move(b), error);
    }

    bool addBias(const Node& n, std::string& error) {
        if (n.inputs.size() != 2) {
            error = n.label() + " must have two inputs";
            return false;
        }
        const std::size_t slot = n.inputs[0] == current ? 1 : 0;
        if (!takesCurrent(n, 1 - slot, error) || !checkRank2(n, error)) return false;
        const Tensor* t = weight(n, slot, error);
        if (!t) return false;
        if (width < 0) {
            error = n.label() + " adds to an input of unknown width";
            return false;
        }
        Eigen::VectorXd b;
        if (!biasVector(n, *t, width, 1.0, b, error)) return false;
        steps.push_back({Step::Bias, {}, std::move(b)});
        return true;
    }

    bool addRelu() {
        steps.push_back({Step::Relu, {}, {}});
        return true;
    }

    bool addFlatten(const Node& n, std::string& error) {
        if (!takesCurrent(n, 0, error)) return false;
        if (intAttr(n, "axis", 1) != 1) {
            error = n.label() + " has axis=" + std::to_string(intAttr(n, "axis", 1)) +
                    "; only axis 1 (keep the batch dimension) is supported";
            return false;
        }
        rank = 2;  // row-major flattening: the features keep the file's C order
        return true;
    }

    bool addSoftmax(const Node& n, std::string& error) {
        if (!takesCurrent(n, 0, error) || !checkRank2(n, error)) return false;
        const std::int64_t axis = intAttr(n, "axis", -1);
        if (axis != 1 && axis != -1) {
            error = n.label() + " has axis=" + std::to_string(axis) +
                    "; only the class axis (1 or -1) is supported";
            return false;
        }
        output =
            n.op == "Softmax" ? OnnxOutputActivation::Softmax : OnnxOutputActivation::LogSoftmax;
        finished = true;
        return true;
    }

    bool addConstant(const Node& n, std::string& error) {
        const auto it = n.attributes.find("value");
        if (n.outputs.size() != 1 || it == n.attributes.end() ||
            it->second.type != f::kAttrTypeTensor) {
            error = n.label() + " is supported only with a tensor 'value' attribute";
            return false;
        }
        std::string ignored;
        Tensor t;
        if (!parseTensor(it->second.t, n.label() + " value", ignored, t, error)) return false;
        weights[n.outputs[0]] = std::move(t);
        return true;
    }
};

// Folds the steps into layers: affine and bias steps compose until a ReLU closes a layer.
bool buildLayers(const std::vector<Step>& steps, MlpClassifier& net, std::string& error) {
    std::optional<Step> pending;
    bool lastWasRelu = false;
    for (const Step& s : steps) {
        if (s.kind == Step::Relu) {
            if (lastWasRelu) continue;  // relu(relu(x)) = relu(x)
            if (!pending) {
                error = "a Relu comes before the first dense layer (Gemm or MatMul)";
                return false;
            }
            net.weights.push_back(std::move(pending->W));
            net.biases.push_back(std::move(pending->b));
            pending.reset();
            lastWasRelu = true;
            continue;
        }
        lastWasRelu = false;
        if (s.kind == Step::Bias) {
            if (!pending) {
                error =
                    "an Add comes before the first dense layer or right after a Relu; only "
                    "a bias after Gemm or MatMul is supported";
                return false;
            }
            pending->b += s.b;
        } else if (pending) {  // two dense layers without a ReLU: one layer
            pending->b = s.W * pending->b + s.b;
            pending->W = s.W * pending->W;
        } else {
            pending = s;
        }
    }
    if (!pending) {
        error = steps.empty() ? "the graph has no dense layer (Gemm or MatMul)"
                              : "the network ends in a Relu; its last layer must be linear "
                                "(logits, optionally followed by Softmax or LogSoftmax)";
        return false;
    }
    net.weights.push_back(std::move(pending->W));
    net.biases.push_back(std::move(pending->b));
    return true;
}

bool parseNumberList(const std::string& text, Eigen::VectorXd& out) {
    std::vector<double> values;
    std::stringstream in(text);
    std::string item;
    while (std::getline(in, item, ',')) {
        char* end = nullptr;
        const double v = std::strtod(item.c_str(), &end);
        if (item.empty() || *end != '\0') return false;
        values.push_back(v);
    }
    out = Eigen::Map<Eigen::VectorXd>(values.data(), static_cast<Eigen::Index>(values.size()));
    return true;
}

bool parseGraph(std::string_view bytes, OnnxNetwork& out, std::string& error) {
    std::vector<ProtoField> fields;
    if (!onnx::parseFields(bytes, "graph", fields, error)) return false;
    ChainBuilder chain;
    std::vector<ValueInfo> inputs, outputs;
    for (const auto& fld : fields) {
        if (fld.number == f::kGraphInitializer) {
            std::string name;
            Tensor t;
            if (!parseTensor(fld.bytes, "initializer", name, t, error)) return false;
            chain.weights[name] = std::move(t);
        } else if (fld.number == f::kGraphSparseInitializer) {
            error = "the graph has sparse initializers, which are not supported";
            return false;
        } else if (fld.number == f::kGraphInput || fld.number == f::kGraphOutput) {
            ValueInfo v;
            if (!parseValueInfo(fld.bytes, v, error)) return false;
            (fld.number == f::kGraphInput ? inputs : outputs).push_back(std::move(v));
        }
    }
    // Before IR version 4 initializers were listed among the inputs too: the data input is the
    // one that is not a weight.
    std::erase_if(inputs, [&](const ValueInfo& v) { return chain.weights.count(v.name) > 0; });
    if (inputs.size() != 1 || outputs.size() != 1) {
        error = "the graph has " + std::to_string(inputs.size()) + " data inputs and " +
                std::to_string(outputs.size()) + " outputs; a network with one of each is expected";
        return false;
    }
    for (const ValueInfo* v : {&inputs[0], &outputs[0]})
        if (v->elemType != 0 && v->elemType != f::kFloat && v->elemType != f::kDouble) {
            error = "graph " + std::string(v == &inputs[0] ? "input" : "output") + " '" + v->name +
                    "' has element type " + typeName(v->elemType) +
                    "; only float32 and float64 are supported";
            return false;
        }
    const ValueInfo& in = inputs[0];
    out.inputName = in.name;
    out.outputName = outputs[0].name;
    out.inputShape = in.shape;
    chain.current = in.name;
    if (in.hasShape && !in.shape.empty()) {
        chain.rank = static_cast<int>(in.shape.size());
        std::int64_t features = 1;
        for (std::size_t k = 1; k < in.shape.size() && features > 0; ++k)
            features = in.shape[k] < 0 ? -1 : features * in.shape[k];
        if (in.shape.size() >= 2) chain.width = features;
    }
    for (const auto& fld : fields) {
        if (fld.number != f::kGraphNode) continue;
        Node node;
        if (!parseNode(fld.bytes, node, error) || !chain.add(node, error)) return false;
    }
    if (chain.current != out.outputName) {
        error = "the graph output '" + out.outputName + "' is not the end of the chain of " +
                "layers (which ends in '" + chain.current + "')";
        return false;
    }
    out.output = chain.output;
    return buildLayers(chain.steps, out.net, error);
}

}  // namespace

const char* onnxOutputActivationId(OnnxOutputActivation a) {
    switch (a) {
        case OnnxOutputActivation::Softmax:
            return "softmax";
        case OnnxOutputActivation::LogSoftmax:
            return "logsoftmax";
        case OnnxOutputActivation::None:
            break;
    }
    return "none";
}

bool parseOnnxModel(std::string_view bytes, OnnxNetwork& out, std::string& error) {
    out = OnnxNetwork{};
    std::vector<ProtoField> fields;
    if (!onnx::parseFields(bytes, "model", fields, error)) {
        error = "not an ONNX model (" + error + ")";
        return false;
    }
    std::optional<std::string_view> graph;
    std::string shift, scale, producerVersion;
    for (const auto& fld : fields) {
        if (fld.number == f::kModelGraph && fld.type == WireType::Bytes) graph = fld.bytes;
        if (fld.number == f::kModelProducerName) out.producer = str(fld);
        if (fld.number == f::kModelProducerVersion) producerVersion = str(fld);
        if (fld.number != f::kModelMetadataProps) continue;
        std::vector<ProtoField> entry;
        if (!onnx::parseFields(fld.bytes, "metadata", entry, error)) return false;
        std::string key, value;
        for (const auto& e : entry) {
            if (e.number == f::kEntryKey) key = str(e);
            if (e.number == f::kEntryValue) value = str(e);
        }
        if (key == "sparsemip.input_shift") shift = value;
        if (key == "sparsemip.input_scale") scale = value;
    }
    if (!graph) {
        error = "not an ONNX model (it has no graph)";
        return false;
    }
    if (!producerVersion.empty()) out.producer += " " + producerVersion;
    if (!parseGraph(*graph, out, error)) return false;
    if (!shift.empty() || !scale.empty()) {
        if (!parseNumberList(shift, out.net.inputShift) ||
            !parseNumberList(scale, out.net.inputScale)) {
            error = "the metadata sparsemip.input_shift/input_scale is not a list of numbers";
            return false;
        }
        out.recordsInputScaling = true;
    }
    if (const std::string e = out.net.validate(); !e.empty()) {
        error = e;
        return false;
    }
    return true;
}

bool readOnnxModel(const std::string& path, OnnxNetwork& out, std::string& error) {
    std::string bytes;
    if (!readWholeFile(path, bytes, error)) return false;
    if (!parseOnnxModel(bytes, out, error)) {
        error = path + ": " + error;
        return false;
    }
    return true;
}

bool hasOnnxExtension(const std::string& path) {
    if (path.size() < 5) return false;
    std::string tail = path.substr(path.size() - 5);
    std::transform(tail.begin(), tail.end(), tail.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return tail == ".onnx";
}

}  // namespace smip
