#pragma once
// A general multi-layer perceptron classifier: dense layers with ReLU between them and linear
// logits at the end (softmax only in the loss). Inputs are scaled by (raw − shift) ⊙ scale before
// the first layer (the training split's Scaler: shift = offset, scale = 1/scale, the form saved
// model files keep); verification and attacks work in the scaled space.
#include <Eigen/Dense>
#include <cstdint>
#include <string>
#include <vector>

namespace smip {

/// How randomInit draws the first weights.
enum class MlpInit {
    HeUniform,   ///< W ~ U(±√(6/fan_in)), b = 0 (He et al. 2015; the attack pages' networks)
    TorchLinear  ///< W and b ~ U(±1/√fan_in), as torch.nn.Linear (the perceptron study baseline)
};

struct MlpClassifier {
    std::vector<Eigen::MatrixXd> weights;  ///< layer l: out_l × in_l (row i = neuron i)
    std::vector<Eigen::VectorXd> biases;   ///< layer l: out_l
    Eigen::VectorXd inputShift;            ///< raw-input shift (size = inputs, or empty = 0)
    Eigen::VectorXd inputScale;            ///< raw-input scale (size = inputs, or empty = 1)

    int layerCount() const { return static_cast<int>(weights.size()); }
    int hiddenLayerCount() const { return layerCount() > 0 ? layerCount() - 1 : 0; }
    int inputSize() const { return weights.empty() ? 0 : static_cast<int>(weights[0].cols()); }
    int outputSize() const { return weights.empty() ? 0 : static_cast<int>(weights.back().rows()); }
    /// Sizes input, hidden..., output, e.g. {64, 32, 16, 10}.
    std::vector<int> layerSizes() const;
    /// Number of hidden ReLU neurons over all hidden layers.
    int hiddenNeuronCount() const;

    /// Empty when shapes are consistent; otherwise a message naming the first problem.
    std::string validate() const;

    /// Maps a raw input to the scaled space the network sees.
    Eigen::VectorXd scaleInput(const Eigen::VectorXd& raw) const;
    /// Logits for a scaled input (size inputSize()).
    Eigen::VectorXd logits(const Eigen::VectorXd& x) const;
    /// Pre-activations of every layer for a scaled input (hidden layers and the output logits).
    std::vector<Eigen::VectorXd> preActivations(const Eigen::VectorXd& x) const;
    /// Arg-max class for a scaled input (lowest index on ties).
    int predict(const Eigen::VectorXd& x) const;
    /// Logits of every row of X (scaled), one row per sample.
    Eigen::MatrixXd batchLogits(const Eigen::MatrixXd& X) const;
    /// Fraction of rows of X (scaled) whose prediction equals y.
    double accuracy(const Eigen::MatrixXd& X, const Eigen::VectorXi& y) const;

    /// Seeded weights and biases drawn as `init` says, layer by layer (weights in column-major
    /// order, then biases). sizes = {in, hidden..., out}.
    static MlpClassifier randomInit(const std::vector<int>& sizes, std::uint64_t seed,
                                    MlpInit init = MlpInit::HeUniform);
};

}  // namespace smip
