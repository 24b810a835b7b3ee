#pragma once
// `--onnx FILE` and `--onnx-double`: a trained network written as an ONNX model (core/onnx), one
// declaration for `train`, `mlp-train` and `sparsest`.
#include <string>

#include "app/cli/flag_table.h"
#include "core/onnx/onnx_writer.h"

namespace smip::cli {

struct OnnxOutput {
    std::string path;  ///< empty: not written
    bool doublePrecision = false;
    bool wanted() const { return !path.empty(); }
    OnnxWriteOptions options(const std::string& docString) const;
};

/// Declares --onnx (help: `what`) and --onnx-double.
void addOnnxFlags(FlagTable& flags, OnnxOutput& out, const std::string& what);

/// `path` with "-<tag>" before its extension: ("net.onnx", "p0.4") → "net-p0.4.onnx".
std::string taggedPath(const std::string& path, const std::string& tag);

}  // namespace smip::cli
