#include "core/perceptron/perceptron_config.h"

#include <sstream>

namespace smip {

bool parseSparsityFlags(const std::string& list, PerceptronSparsity& out, std::string& error) {
    out.weights = out.activations = out.neurons = false;
    std::stringstream ss(list);
    std::string item;
    while (std::getline(ss, item, ',')) {
        if (item.empty() || item == "none") continue;
        if (item == "weights") {
            out.weights = true;
        } else if (item == "activations") {
            out.activations = true;
        } else if (item == "neurons") {
            out.neurons = true;
        } else {
            error = "unknown sparsity term '" + item + "' (expected weights, activations, neurons)";
            return false;
        }
    }
    return true;
}

const char* polishId(PerceptronPolish p) {
    switch (p) {
        case PerceptronPolish::Off:
            return "off";
        case PerceptronPolish::Final:
            return "final";
        case PerceptronPolish::Restart:
            return "restart";
    }
    return "off";
}

bool polishFromId(const std::string& id, PerceptronPolish& out) {
    for (const PerceptronPolish p :
         {PerceptronPolish::Off, PerceptronPolish::Final, PerceptronPolish::Restart})
        if (id == polishId(p)) {
            out = p;
            return true;
        }
    return false;
}

}  // namespace smip
