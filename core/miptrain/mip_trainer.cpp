#include "core/miptrain/mip_trainer.h"

#include <chrono>
#include <cmath>
#include <exception>
#include <optional>

#include "core/data/dataset_catalog.h"
#include "core/data/dataset_split.h"
#include "core/data/scaler.h"
#include "core/miptrain/parity5.h"

namespace smip {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

MipTrainRow rowFromOutcome(const std::string& method, const MipSolveOutcome& o,
                           const Dataset& train, const Dataset& test, const MipFormulation& f) {
    MipTrainRow r;
    if (o.hasNetwork) r = evaluateRow(method, o.network, train, test, f);
    r.method = method;
    r.status = o.status;
    r.message = o.message;
    r.seconds = o.seconds;
    r.objective = o.objective;
    r.bound = o.bound;
    r.gap = o.gap;
    r.exact = o.exact;
    return r;
}

MipTrainRow sgdRow(const std::string& method, const std::string& start, const SgdResult& s,
                   const Dataset& train, const Dataset& test, const MipFormulation& f) {
    MipTrainRow r = evaluateRow(method, s.network, train, test, f);
    r.start = start;
    r.seconds = s.seconds;
    r.status = s.cancelled ? MilpStatus::Cancelled : MilpStatus::FeasibleAtLimit;
    return r;
}

std::vector<int> labelsOf(const Dataset& d) {
    std::vector<int> y(static_cast<std::size_t>(d.samples()));
    for (int n = 0; n < d.samples(); ++n)
        y[static_cast<std::size_t>(n)] = static_cast<int>(std::lround(d.y(n)));
    return y;
}

}  // namespace

MipTrainRow evaluateRow(const std::string& method, const MipNetwork& net, const Dataset& train,
                        const Dataset& test, const MipFormulation& f) {
    MipTrainRow r;
    r.method = method;
    r.hasNetwork = true;
    r.network = net;
    r.nonzeros = net.nonzeroParameters();
    r.train = evaluateMipNetwork(net, aggregateDataset(train), f);
    if (test.samples() > 0) r.test = evaluateMipNetwork(net, aggregateDataset(test), f);
    return r;
}

MipTrainResult runMipTraining(const Dataset& train, const Dataset& test,
                              const MipTrainConfig& config, const MilpOptions& milp,
                              const MipTrainHooks& hooks, std::stop_token stop,
                              const MilpBackend& backend) {
    MipTrainResult res;
    try {
        res.message = validateDataset(train);
        if (res.message.empty() && train.task != TaskKind::Classification)
            res.message = "MIP training needs a classification dataset";
        if (res.message.empty())
            res.message = checkArchitecture(config.arch, train.features(), train.classes());
        if (res.message.empty()) res.message = checkFormulation(config.formulation);
        if (res.message.empty() && test.samples() > 0 && test.features() != train.features())
            res.message = "the test data has a different number of features";
        if (res.message.empty() && !(config.timeLimitSeconds > 0.0))
            res.message = "the time limit must be positive";
        if (!res.message.empty()) return res;
        const MipFormulation& f = config.formulation;
        // Exact: identical (x, label) samples have identical loss terms (see weighted_samples.h).
        const WeightedSamples ws = aggregateDataset(train);
        // Live networks are re-evaluated here, where the raw training and test data are known.
        // The test data aggregated once here, not per incumbent (the training data is `ws`).
        MipTrainHooks liveHooks = hooks;
        const WeightedSamples liveTest =
            hooks.onNetwork && test.samples() > 0 ? aggregateDataset(test) : WeightedSamples{};
        if (hooks.onNetwork)
            liveHooks.onNetwork = [&](const MipLiveNetwork& n) {
                MipLiveNetwork e = n;
                e.train = evaluateMipNetwork(n.network, ws, f);
                if (test.samples() > 0) e.test = evaluateMipNetwork(n.network, liveTest, f);
                e.nonzeros = n.network.nonzeroParameters();
                hooks.onNetwork(e);
            };
        res.distinctSamples = ws.samples();
        res.trainSamples = train.samples();
        MilpOptions opt = milp;
        opt.timeLimitSeconds = config.timeLimitSeconds;
        opt.mipStart.clear();
        const MipMethod m = config.method;
        // SGD from a random init: the reference row, and (binary units) the full MIP's start.
        std::optional<SgdResult> reference;
        auto runReference = [&] {
            if (reference || stop.stop_requested()) return;
            if (hooks.onStage) hooks.onStage({"sgd", 0, 0, 0, 0, 0, "SGD from a random init"});
            const MipNetwork init =
                randomMipNetwork(config.arch, f.activation, config.sgd.initScale, config.sgd.seed);
            reference = trainSgd(init, unitSamples(train.X, labelsOf(train), train.classes()),
                                 config.sgd, hooks, stop);
        };
        if (m == MipMethod::Full || m == MipMethod::Layerwise || (m == MipMethod::Hybrid)) {
            const MipMethod start = m == MipMethod::Hybrid ? config.hybridStart : m;
            // Full and layer-wise start from SGD's activation pattern: the gradient-trained
            // network is the floor the MILP improves on.
            const bool sgdStart = config.startFromSgd && f.activation == MipActivation::Binary;
            if (sgdStart) runReference();
            const MipNetwork* startNet = sgdStart && reference ? &reference->network : nullptr;
            const MipSolveOutcome o =
                start == MipMethod::Full
                    ? trainFullMip(ws, config.arch, f, opt, liveHooks, stop, startNet, backend)
                    : trainLayerwiseMip(ws, config.arch, f, opt, hooks, stop, backend, startNet);
            res.rows.push_back(rowFromOutcome(methodId(start), o, train, test, f));
            if (!o.start.empty()) res.rows.back().start = o.start;
            if (m == MipMethod::Hybrid && o.hasNetwork && !stop.stop_requested()) {
                if (hooks.onStage)
                    hooks.onStage({"hybrid", 0, 0, 0, 0, 0, "SGD from the MIP network"});
                const SgdResult s =
                    trainSgd(o.network, unitSamples(train.X, labelsOf(train), train.classes()),
                             config.sgd, hooks, stop);
                res.hybridLoss = s.epochLoss;
                res.rows.push_back(sgdRow("hybrid", methodId(start), s, train, test, f));
                res.rows.back().seconds += o.seconds;
            }
        } else {
            const bool sgdStart = config.startFromSgd && f.activation == MipActivation::Binary;
            if (sgdStart) runReference();
            const LagrangianResult L =
                runLagrangian(ws, config.arch, f, config.lagrangian, opt, hooks, stop, backend,
                              sgdStart && reference ? &reference->network : nullptr);
            MipTrainRow r;
            if (L.hasPrimal) r = evaluateRow("lagrangian", L.best, train, test, f);
            r.method = "lagrangian";
            r.status = L.status;
            r.message = L.message;
            r.seconds = L.seconds;
            r.objective = L.hasPrimal ? L.bestPrimal : kNaN;
            r.bound = L.dualBound;
            r.gap = L.gap;
            r.exact = L.exact;
            res.rows.push_back(r);
            res.lagrangian = L.history;
            res.blockSizes = L.blockSizes;
        }
        if (config.sgdReference) runReference();
        if (config.sgdReference && reference) {
            res.sgdLoss = reference->epochLoss;
            res.rows.push_back(sgdRow("sgd", "random", *reference, train, test, f));
        }
        res.ok = true;
    } catch (const std::exception& e) {
        res.ok = false;
        res.message = std::string("MIP training failed: ") + e.what();
    }
    return res;
}

bool loadMipTrainData(const std::string& source, std::uint64_t seed, int samples, Dataset& train,
                      Dataset& test, std::string& error) {
    try {
        if (source == "parity5") {
            auto p = generateParity5(1000, 250, 0.1, seed);
            train = std::move(p.train);
            test = std::move(p.test);
            return true;
        }
        DatasetSpec spec;
        spec.source = source;
        spec.seed = seed;
        if (samples > 0) spec.n = samples;
        Dataset data;
        if (!resolveDataset(spec, data, error)) return false;
        if (data.task != TaskKind::Classification) {
            error = "dataset '" + source + "' is not a classification dataset";
            return false;
        }
        if (data.samples() < 2) {
            error = "dataset '" + source + "' has fewer than 2 samples";
            return false;
        }
        DatasetSplit split = splitDataset(data, 0.25, seed, true);
        // Bounded inputs keep the per-sample big-M constants small (network_milp.cpp).
        const Scaler sc = Scaler::fit(split.train.X, ScalerKind::MinMax);
        train = sc.transform(split.train);
        test = sc.transform(split.test);
        return true;
    } catch (const std::exception& e) {
        error = std::string("could not load '") + source + "': " + e.what();
        return false;
    }
}

}  // namespace smip
