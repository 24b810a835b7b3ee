#include "core/sweep/sweep_result.h"

#include <cmath>
#include <filesystem>

#include "core/milp/milp_result.h"

namespace smip {

namespace {

nlohmann::json num(double v) {
    return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json();
}

double numFrom(const nlohmann::json& v) {
    return v.is_number() ? v.get<double>() : std::numeric_limits<double>::quiet_NaN();
}

nlohmann::json methodToJson(const SweepMethodResult& m) {
    return {{"method", m.method},
            {"nonzeros", m.nonzeros >= 0 ? nlohmann::json(m.nonzeros) : nlohmann::json()},
            {"active_neurons",
             m.activeNeurons >= 0 ? nlohmann::json(m.activeNeurons) : nlohmann::json()},
            {"mse", num(m.mse)},
            {"max_residual", num(m.maxResidual)},
            {"fits", m.fits},
            {"seconds", num(m.seconds)},
            {"status", m.status},
            {"bound", num(m.bound)},
            {"gap", num(m.gap)},
            {"nodes", m.nodes}};
}

SweepMethodResult methodFromJson(const nlohmann::json& j) {
    SweepMethodResult m;
    m.method = j.at("method").get<std::string>();
    m.nonzeros = j.at("nonzeros").is_number() ? j["nonzeros"].get<int>() : -1;
    m.activeNeurons = j.at("active_neurons").is_number() ? j["active_neurons"].get<int>() : -1;
    m.mse = numFrom(j.at("mse"));
    m.maxResidual = numFrom(j.at("max_residual"));
    m.fits = j.at("fits").get<bool>();
    m.seconds = numFrom(j.at("seconds"));
    m.status = j.at("status").get<std::string>();
    m.bound = numFrom(j.at("bound"));
    m.gap = numFrom(j.at("gap"));
    m.nodes = j.at("nodes").get<long long>();
    return m;
}

}  // namespace

const SweepMethodResult* SweepInstanceResult::milp() const {
    for (const auto& m : methods)
        if (m.method == kSweepMilpMethod) return &m;
    return nullptr;
}

bool SweepInstanceResult::proven() const {
    const SweepMethodResult* m = milp();
    return m && m->status == statusId(MilpStatus::Optimal) && m->nonzeros >= 0;
}

nlohmann::json sweepResultToJson(const SweepInstanceResult& r) {
    const SweepInstance& i = r.instance;
    nlohmann::json regs = nlohmann::json::array();
    for (const auto& reg : i.settings.regularizers)
        regs.push_back(reg.id());
    nlohmann::json methods = nlohmann::json::array();
    for (const auto& m : r.methods)
        methods.push_back(methodToJson(m));
    return {{"id", i.id},
            {"kind", i.kind},
            {"source", i.source},
            {"n", i.n},
            {"d", i.d},
            {"seed", i.seed},
            {"samples", r.samples},
            {"features", r.features},
            {"settings",
             {{"regularizers", regs},
              {"epochs", i.settings.epochs},
              {"time_limit", i.settings.timeLimitSeconds}}},
            {"chosen", r.chosen},
            {"methods", methods}};
}

bool sweepResultFromJson(const nlohmann::json& j, SweepInstanceResult& out, std::string& error) {
    try {
        SweepInstanceResult r;
        SweepInstance& i = r.instance;
        i.id = j.at("id").get<std::string>();
        i.kind = j.at("kind").get<std::string>();
        i.source = j.at("source").get<std::string>();
        i.n = j.at("n").get<int>();
        i.d = j.at("d").get<int>();
        i.seed = j.at("seed").get<std::uint64_t>();
        r.samples = j.at("samples").get<int>();
        r.features = j.at("features").get<int>();
        const auto& s = j.at("settings");
        i.settings.regularizers.clear();
        for (const auto& id : s.at("regularizers")) {
            RegularizerSpec spec;
            if (!RegularizerSpec::parse(id.get<std::string>(), spec))
                throw std::invalid_argument("unknown regularizer " + id.dump());
            i.settings.regularizers.push_back(spec);
        }
        i.settings.epochs = s.at("epochs").get<int>();
        i.settings.timeLimitSeconds = s.at("time_limit").get<double>();
        r.chosen = j.at("chosen").get<std::string>();
        for (const auto& m : j.at("methods"))
            r.methods.push_back(methodFromJson(m));
        out = std::move(r);
        return true;
    } catch (const std::exception& e) {
        error = e.what();
        return false;
    }
}

std::string sweepResultPath(const std::string& dir, const std::string& id) {
    return (std::filesystem::path(dir) / (id + ".json")).string();
}

}  // namespace smip
