#pragma once
// Writes our networks as ONNX models (IR version 7, opset 13) that onnxruntime, PyTorch's
// onnx2torch, Netron etc. run: input "input" [batch, d], output "output" [batch, outputs], one
// Gemm per layer (weights with transB=1), Relu between layers. Files are written atomically.
#include <string>

#include "core/mlp/mlp_classifier.h"
#include "core/nn/shallow_relu_net.h"

namespace smip {

enum class OnnxPrecision {
    Float32,  ///< float tensors: what every ONNX runtime runs (weights rounded to float)
    Float64   ///< double tensors: exact, for tools that run double (onnxruntime does)
};

struct OnnxWriteOptions {
    OnnxPrecision precision = OnnxPrecision::Float32;
    std::string docString;  ///< the graph's doc_string (what the network is), may be empty
};

/// The ONNX bytes of an MLP classifier: the graph computes the logits from the *scaled* input
/// (what the first layer sees; digits: pixel / 16, as PyTorch digits models take it). The raw-
/// input scaling is recorded as metadata "sparsemip.input_shift" and "sparsemip.input_scale"
/// (comma lists; scaled = (raw − shift) ⊙ scale) when the network has one. Precondition:
/// net.validate() is empty.
std::string onnxModelBytes(const MlpClassifier& net, const OnnxWriteOptions& options = {});

/// The ONNX bytes of a shallow ReLU net d → K → 1 (f(x) = v·relu(Wx + b), no output bias): two
/// Gemm nodes, output [batch, 1]. The net takes the data's features as they are.
std::string onnxModelBytes(const ShallowReluNet& net, const OnnxWriteOptions& options = {});

/// Writes onnxModelBytes(net) to `path` atomically. Empty on success, else a message naming the
/// path (or the network's problem). Any thread.
std::string writeOnnxModel(const MlpClassifier& net, const std::string& path,
                           const OnnxWriteOptions& options = {});
std::string writeOnnxModel(const ShallowReluNet& net, const std::string& path,
                           const OnnxWriteOptions& options = {});

}  // namespace smip
