// Fuzzes ONNX reading (core/onnx: the protobuf wire format, the messages, the chain of layers)
// with mutants of tests/fuzz/corpus/onnx (PyTorch, onnx.helper and our own files). Properties on
// every input: no crash, nothing thrown; a rejected file gets a non-empty message; an accepted
// file gives a network that passes MlpClassifier::validate, whose layers chain (its logits on a
// zero input have one entry per output), and that our writer writes and our reader reads back
// with the same layer sizes.
// Usage: fuzz_onnx --iterations K | --seconds S [--seed N] [--corpus DIR] [--out DIR]
// (`--corpus DIR --iterations 0` replays the files in DIR, e.g. a saved failure).
#include <string>

#include "core/onnx/onnx_reader.h"
#include "core/onnx/onnx_writer.h"
#include "tests/fuzz/fuzz_driver.h"

namespace {

std::string checkOnnx(const std::string& input) {
    smip::OnnxNetwork file;
    std::string error;
    if (!smip::parseOnnxModel(input, file, error))
        return error.empty() ? "rejected without a message" : std::string();
    const smip::MlpClassifier& net = file.net;
    if (auto bad = net.validate(); !bad.empty()) return "accepted an invalid network: " + bad;
    if (net.logits(Eigen::VectorXd::Zero(net.inputSize())).size() != net.outputSize())
        return "accepted a network whose layers do not chain";
    smip::OnnxNetwork back;
    const std::string bytes =
        smip::onnxModelBytes(net, {smip::OnnxPrecision::Float64, "fuzz round trip"});
    if (!smip::parseOnnxModel(bytes, back, error)) return "our own file is refused: " + error;
    if (back.net.layerSizes() != net.layerSizes()) return "the round trip changed the layers";
    return {};
}

}  // namespace

int main(int argc, char** argv) {
    smip::fuzz::Harness h{"onnx", ".onnx",  SPARSEMIP_FUZZ_CORPUS_ONNX, SPARSEMIP_FUZZ_OUT,
                          {},     checkOnnx};
    // Op types, attribute names and the byte patterns of field keys and lengths.
    h.tokens = {"Gemm",
                "MatMul",
                "Add",
                "Relu",
                "Flatten",
                "Softmax",
                "LogSoftmax",
                "Constant",
                "Sigmoid",
                "transB",
                "transA",
                "alpha",
                "beta",
                "axis",
                "value",
                "ai.onnx",
                std::string("\x08\x01", 2),
                std::string("\x0a\xff\xff\xff\xff\x0f", 6),
                std::string("\x12\x00", 2),
                std::string("\x4a\x80\x80\x80\x80\x08", 6),
                std::string("\x10\x07", 2),
                std::string("\x10\x0b", 2),
                std::string("\x70\x01", 2)};
    return smip::fuzz::runHarness(h, argc, argv);
}
