#pragma once
// A decoded shallow perceptron network (Rosenblatt step units, Rosenhahn JOTA 2023, Fig. 1):
// hidden st_i = [ω_i·x + b_i ≥ 0], outputs st_F,k = [Σ_i q_ik·st_i + b_F,k ≥ 0], one output bit per
// class (one-hot). The input transform fitted on the training rows is part of the network.
#include <Eigen/Dense>

namespace smip {

/// Result of a forward pass over N samples.
struct PerceptronForward {
    Eigen::MatrixXi hidden;     ///< N × n hidden steps (0/1)
    Eigen::MatrixXd outputPre;  ///< N × K output pre-activations Σ_i q_ik·st_i + b_F,k
    Eigen::MatrixXi bits;       ///< N × K output steps (0/1)
    Eigen::VectorXi predicted;  ///< N predicted classes (rule: see PerceptronNet::forward)
};

/// Errors and resource use of a network on labelled samples.
struct PerceptronEval {
    int samples = 0;
    int bitErrors = 0;          ///< Σ over samples and outputs of XOR(bit, one-hot target)
    int misclassified = 0;      ///< samples whose predicted class differs from the target
    double accuracy = 0.0;      ///< 1 − misclassified / samples (0 for no samples)
    long long activations = 0;  ///< Σ over samples of hidden firings
};

struct PerceptronNet {
    // Input transform: u = (x − featureMin) / featureRange (a constant feature maps to 0); in
    // integer mode u is clipped to [0,1] and the input is round(integerScale · u) (paper Sec. 4.3).
    Eigen::VectorXd featureMin;
    Eigen::VectorXd featureRange;
    bool integerInputs = false;
    int integerScale = 10;

    Eigen::MatrixXd W;   ///< n × m hidden weights ω_ij (on transformed inputs)
    Eigen::VectorXd b;   ///< n hidden biases
    Eigen::MatrixXd Q;   ///< n × K output weights q_ik
    Eigen::VectorXd bF;  ///< K output biases b_F,k

    int inputs() const { return static_cast<int>(W.cols()); }
    int hidden() const { return static_cast<int>(W.rows()); }
    int outputs() const { return static_cast<int>(Q.cols()); }

    /// Fits the min/range transform on `X` (rows = samples). Any thread.
    void fitTransform(const Eigen::MatrixXd& X, bool integer, int scale);
    /// Applies the input transform to raw features (N × m).
    Eigen::MatrixXd transform(const Eigen::MatrixXd& raw) const;

    /// Forward pass on already transformed inputs. Prediction: the class whose output bit is set
    /// when exactly one is; otherwise (none or several set) the class with the largest output
    /// pre-activation among the set bits, or among all outputs when none is set; ties → lowest id.
    PerceptronForward forwardTransformed(const Eigen::MatrixXd& U) const;
    /// Forward pass on raw features.
    PerceptronForward forward(const Eigen::MatrixXd& raw) const {
        return forwardTransformed(transform(raw));
    }

    /// Bit errors, misclassifications, accuracy and firings on raw features with labels 0..K−1.
    PerceptronEval evaluate(const Eigen::MatrixXd& raw, const Eigen::VectorXi& labels) const;

    /// Nonzero hidden weights ω_ij (|ω| > tol).
    int nonzeroWeights(double tol = 1e-9) const;
    /// Hidden units that matter: some nonzero outgoing q_ik and some nonzero incoming ω_ij (a unit
    /// without inputs is a constant that the output biases can absorb).
    int usedNeurons(double tol = 1e-9) const;
};

}  // namespace smip
