#pragma once
// One loader for the classifier files the attack takes: our JSON (`mlp-train --out`) or ONNX.
#include <string>

#include "core/mlp/mlp_classifier.h"

namespace smip {

/// The input scale of a digits network from another tool (PyTorch and the source notebook):
/// pixels 0..16 are divided by 16, so the network sees [0, 1] (our digits MLPs' GlobalMinMax
/// scaling does the same).
constexpr double kDigitsPixelScale = 1.0 / 16.0;

/// Loads `path`: ".onnx" files with readOnnxModel, anything else as our JSON. An ONNX file that
/// does not record its input scaling (every file not written by us) gets `onnxInputScale` on every
/// input: scaled = raw · onnxInputScale. False with a message naming the path. Any thread.
bool loadClassifierFile(const std::string& path, double onnxInputScale, MlpClassifier& net,
                        std::string& error);

}  // namespace smip
