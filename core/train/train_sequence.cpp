#include "core/train/train_sequence.h"

#include <sstream>

namespace smip {

std::vector<RegularizerSpec> defaultRegularizers(double lambda) {
    std::vector<RegularizerSpec> out;
    for (const char* id : {"none", "wd", "p0.4", "p0.7", "p1.0"}) {
        RegularizerSpec spec;
        RegularizerSpec::parse(id, spec, lambda);
        out.push_back(spec);
    }
    return out;
}

bool parseRegularizerList(const std::string& list, double lambda, std::vector<RegularizerSpec>& out,
                          std::string& error) {
    std::vector<RegularizerSpec> specs;
    std::stringstream ss(list);
    std::string item;
    while (std::getline(ss, item, ',')) {
        if (item.empty()) continue;
        RegularizerSpec spec;
        if (!RegularizerSpec::parse(item, spec, lambda)) {
            error = "unknown regularizer '" + item +
                    "' (expected none, wd, l1, group or p<exponent> with exponent in (0, 1])";
            return false;
        }
        specs.push_back(spec);
    }
    if (specs.empty()) {
        error = "the regularizer list is empty";
        return false;
    }
    out = std::move(specs);
    return true;
}

std::vector<TrainResult> trainSequential(const Dataset& data, const ShallowReluNet& init,
                                         const std::vector<RegularizerSpec>& regularizers,
                                         const TrainConfig& config,
                                         const SequenceSampleFn& onSample, std::stop_token stop) {
    std::vector<TrainResult> results;
    for (std::size_t i = 0; i < regularizers.size(); ++i) {
        if (stop.stop_requested()) break;
        TrainHooks hooks;
        if (onSample)
            hooks.onSample = [&onSample, i](const TrainSample& s) {
                onSample(static_cast<int>(i), s);
            };
        results.push_back(trainShallow(data, init, regularizers[i], config, hooks, stop));
    }
    return results;
}

}  // namespace smip
