#include "core/session/model_choice.h"

#include <cmath>

namespace smip {

double fitMseLimit(const Dataset& data, double fitTolerance) {
    double variance = 0.0;
    if (data.samples() > 0) {
        const double mean = data.y.mean();
        variance = (data.y.array() - mean).square().mean();
    }
    return fitTolerance * std::max(1.0, variance);
}

bool trainedModelFits(const TrainResult& result, double mseLimit) {
    return result.status != TrainStatus::Diverged && std::isfinite(result.final.mse) &&
           result.final.mse <= mseLimit;
}

const TrainResult* pickSparsestFit(const std::vector<TrainResult>& results, const Dataset& data,
                                   double fitTolerance) {
    if (results.empty()) return nullptr;
    const double limit = fitMseLimit(data, fitTolerance);
    const TrainResult* best = nullptr;
    for (const auto& r : results) {
        if (!trainedModelFits(r, limit)) continue;
        if (!best || r.final.nonzeros < best->final.nonzeros ||
            (r.final.nonzeros == best->final.nonzeros && r.final.mse < best->final.mse))
            best = &r;
    }
    if (best) return best;
    for (const auto& r : results)  // nothing fits: the closest fit still gives sensible bounds
        if (std::isfinite(r.final.mse) && (!best || r.final.mse < best->final.mse)) best = &r;
    return best ? best : &results.front();
}

}  // namespace smip
