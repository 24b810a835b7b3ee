#include "core/onnx/classifier_file.h"

#include "core/mlp/mlp_json.h"
#include "core/onnx/onnx_reader.h"

namespace smip {

bool loadClassifierFile(const std::string& path, double onnxInputScale, MlpClassifier& net,
                        std::string& error) {
    if (!hasOnnxExtension(path)) return loadMlp(path, net, error);
    OnnxNetwork file;
    if (!readOnnxModel(path, file, error)) return false;
    net = std::move(file.net);
    if (!file.recordsInputScaling) {
        net.inputShift.resize(0);
        net.inputScale = Eigen::VectorXd::Constant(net.inputSize(), onnxInputScale);
    }
    return true;
}

}  // namespace smip
