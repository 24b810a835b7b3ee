#pragma once
// What an ONNX file holds for us: a sequential ReLU network (dense layers, ReLU between them,
// linear output) as an MlpClassifier, plus what the file says about its inputs and outputs.
#include <cstdint>
#include <string>
#include <vector>

#include "core/mlp/mlp_classifier.h"

namespace smip {

/// The activation the file applies after the last layer. Both are monotone per sample, so the
/// arg-max (and the attack) works on the logits; the file's output is this of our logits.
enum class OnnxOutputActivation { None, Softmax, LogSoftmax };

struct OnnxNetwork {
    /// The layers (weights out × in, biases) in double. inputShift/inputScale are set only when the
    /// file records them (our writer's metadata "sparsemip.input_shift"/"sparsemip.input_scale");
    /// otherwise they are empty: the graph's input is what the first layer sees.
    MlpClassifier net;
    bool recordsInputScaling = false;  ///< the file carried the metadata above
    OnnxOutputActivation output = OnnxOutputActivation::None;
    std::string inputName, outputName;
    std::vector<std::int64_t> inputShape;  ///< as declared; -1 for a symbolic or missing dim
    std::string producer;                  ///< producer_name and _version, e.g. "pytorch 1.13.1"
};

/// Stable id of an output activation: "none", "softmax", "logsoftmax".
const char* onnxOutputActivationId(OnnxOutputActivation a);

}  // namespace smip
