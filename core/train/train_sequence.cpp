#include "core/train/train_sequence.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <sstream>
#include <thread>

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

std::vector<TrainResult> trainRegularizers(const Dataset& data, const ShallowReluNet& init,
                                           const std::vector<RegularizerSpec>& regularizers,
                                           const TrainConfig& config,
                                           const SequenceSampleFn& onSample, std::stop_token stop,
                                           int threads) {
    const int n = static_cast<int>(regularizers.size());
    if (threads <= 0) threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    threads = std::min(threads, n);
    std::vector<TrainResult> results(regularizers.size());
    std::vector<char> started(regularizers.size(), 0);
    std::atomic<int> next{0};
    std::mutex errorMutex;
    std::exception_ptr error;
    const auto work = [&] {
        for (int i = next++; i < n && !stop.stop_requested(); i = next++) {
            const auto at = static_cast<std::size_t>(i);
            started[at] = 1;
            TrainHooks hooks;
            if (onSample) hooks.onSample = [&onSample, i](const TrainSample& s) { onSample(i, s); };
            try {
                results[at] = trainShallow(data, init, regularizers[at], config, hooks, stop);
            } catch (...) {
                const std::lock_guard lock(errorMutex);
                if (!error) error = std::current_exception();
                return;
            }
        }
    };
    {
        std::vector<std::jthread> pool;
        for (int t = 1; t < threads; ++t)
            pool.emplace_back(work);
        work();  // this thread is one of the workers
    }
    if (error) std::rethrow_exception(error);
    for (std::size_t i = 0; i < results.size(); ++i) {
        if (started[i]) continue;
        // Stopped before this one began: it reports the initial network, measured like the rest.
        TrainResult& r = results[i];
        r.regularizer = regularizers[i];
        r.status = TrainStatus::Cancelled;
        r.net = init;
        if (init.inputs() == data.features() && data.X.rows() == data.y.size())
            r.final = computeMetrics(init, data.X, data.y, config.metricP, config.eps,
                                     config.countBiases);
    }
    return results;
}

}  // namespace smip
