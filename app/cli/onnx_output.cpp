#include "app/cli/onnx_output.h"

namespace smip::cli {

OnnxWriteOptions OnnxOutput::options(const std::string& docString) const {
    OnnxWriteOptions o;
    o.precision = doublePrecision ? OnnxPrecision::Float64 : OnnxPrecision::Float32;
    o.docString = docString;
    return o;
}

void addOnnxFlags(FlagTable& flags, OnnxOutput& out, const std::string& what) {
    flags.text("onnx", "FILE.onnx", "write " + what + " as an ONNX model (atomically)", out.path)
        .toggle("onnx-double", "ONNX weights as float64 (exact) instead of float32",
                out.doublePrecision);
}

std::string taggedPath(const std::string& path, const std::string& tag) {
    const auto slash = path.find_last_of('/');
    const auto dot = path.find_last_of('.');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash) ||
        dot == (slash == std::string::npos ? 0 : slash + 1))
        return path + "-" + tag;
    return path.substr(0, dot) + "-" + tag + path.substr(dot);
}

}  // namespace smip::cli
