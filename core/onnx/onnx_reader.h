#pragma once
// Reads sequential ReLU networks from ONNX files: Gemm, or MatMul + Add, as dense layers; Relu
// between them; Flatten (axis 1) anywhere; weights as float32/float64 initializers or Constant
// nodes; an optional final Softmax or LogSoftmax (recorded, ignored for the arg-max). Anything
// else is refused with a message naming the node and its op.
#include <string>
#include <string_view>

#include "core/onnx/onnx_network.h"

namespace smip {

/// Parses an ONNX model held in memory. Returns false with a message when the bytes are not an
/// ONNX model, use an unsupported operator (naming the node and the op), have shapes that do not
/// chain, or hold non-float tensors. Any thread.
bool parseOnnxModel(std::string_view bytes, OnnxNetwork& out, std::string& error);

/// Reads `path` (parseOnnxModel); the message names the path. Any thread.
bool readOnnxModel(const std::string& path, OnnxNetwork& out, std::string& error);

/// True when `path` ends in ".onnx" (any case): how the CLI and the GUI tell ONNX from JSON.
bool hasOnnxExtension(const std::string& path);

}  // namespace smip
