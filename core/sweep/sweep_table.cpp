#include "core/sweep/sweep_table.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>

#include "core/common/atomic_file.h"

namespace smip {

namespace {

std::string cell(double v) {
    if (!std::isfinite(v)) return {};
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    return buf;
}

std::string countCell(int v) {
    return v >= 0 ? std::to_string(v) : std::string();
}

nlohmann::json num(double v) {
    return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json();
}

// A CSV kind cell: kinds are generator names or "csv-<stem>" with a safe stem, but quote anyway
// should a stem ever carry a delimiter.
std::string textCell(const std::string& s) {
    if (s.find_first_of(",\"\n") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

}  // namespace

bool collectSweep(const std::string& dir, std::vector<SweepInstanceResult>& out,
                  std::string& error) {
    out.clear();
    std::error_code ec;
    std::filesystem::directory_iterator it(dir, ec);
    if (ec) {
        error = dir + ": " + ec.message();
        return false;
    }
    for (const auto& entry : it) {
        if (!entry.is_regular_file() || entry.path().extension() != ".json") continue;
        const std::string path = entry.path().string();
        std::string text;
        if (!readWholeFile(path, text, error)) return false;
        const auto j = nlohmann::json::parse(text, nullptr, false);
        SweepInstanceResult r;
        if (j.is_discarded() || !sweepResultFromJson(j, r, error)) {
            error = path + ": not a sweep result" + (j.is_discarded() ? "" : " (" + error + ")");
            return false;
        }
        out.push_back(std::move(r));
    }
    std::sort(out.begin(), out.end(),
              [](const auto& a, const auto& b) { return a.instance.id < b.instance.id; });
    return true;
}

std::string sweepCsv(const std::vector<SweepInstanceResult>& results) {
    std::string out =
        "id,kind,n,d,seed,method,nonzeros,active_neurons,mse,max_residual,fits,seconds,status,"
        "bound,gap,nodes\n";
    for (const auto& r : results)
        for (const auto& m : r.methods)
            out += r.instance.id + "," + textCell(r.instance.kind) + "," +
                   std::to_string(r.samples) + "," + std::to_string(r.features) + "," +
                   std::to_string(r.instance.seed) + "," + m.method + "," + countCell(m.nonzeros) +
                   "," + countCell(m.activeNeurons) + "," + cell(m.mse) + "," +
                   cell(m.maxResidual) + "," + (m.fits ? "yes" : "no") + "," + cell(m.seconds) +
                   "," + m.status + "," + cell(m.bound) + "," + cell(m.gap) + "," +
                   (m.method == kSweepMilpMethod ? std::to_string(m.nodes) : "") + "\n";
    return out;
}

std::vector<SweepGroupSummary> summarizeSweep(const std::vector<SweepInstanceResult>& results) {
    std::vector<SweepGroupSummary> groups;
    std::vector<std::vector<int>> networks;  // per group and method: rows with a network
    for (const auto& r : results) {
        auto g = std::find_if(groups.begin(), groups.end(), [&](const SweepGroupSummary& s) {
            return s.kind == r.instance.kind && s.n == r.samples && s.d == r.features;
        });
        if (g == groups.end()) {
            groups.push_back({r.instance.kind, r.samples, r.features, 0, 0, {}});
            networks.emplace_back();
            g = groups.end() - 1;
        }
        std::vector<int>& withNetwork = networks[static_cast<std::size_t>(g - groups.begin())];
        ++g->instances;
        const bool proven = r.proven();
        if (proven) ++g->proven;
        const int optimum = proven ? r.milp()->nonzeros : -1;
        for (const auto& m : r.methods) {
            auto s =
                std::find_if(g->methods.begin(), g->methods.end(),
                             [&](const SweepMethodSummary& x) { return x.method == m.method; });
            if (s == g->methods.end()) {
                g->methods.push_back({m.method, 0, 0, 0.0, 0});
                withNetwork.push_back(0);
                s = g->methods.end() - 1;
            }
            const auto k = static_cast<std::size_t>(s - g->methods.begin());
            ++s->instances;
            if (m.fits) ++s->fits;
            if (m.nonzeros >= 0) {
                s->meanNonzeros += m.nonzeros;  // a sum until the end
                ++withNetwork[k];
            }
            const bool isMilp = m.method == kSweepMilpMethod;
            if (proven && (isMilp || (m.fits && m.nonzeros >= 0 && m.nonzeros <= optimum)))
                ++s->reachedOptimum;
        }
    }
    for (std::size_t g = 0; g < groups.size(); ++g)
        for (std::size_t k = 0; k < groups[g].methods.size(); ++k) {
            auto& s = groups[g].methods[k];
            s.meanNonzeros = networks[g][k] > 0 ? s.meanNonzeros / networks[g][k]
                                                : std::numeric_limits<double>::quiet_NaN();
        }
    // "milp" last, whatever order the first instance listed it in.
    for (auto& g : groups)
        std::stable_partition(g.methods.begin(), g.methods.end(),
                              [](const auto& m) { return m.method != kSweepMilpMethod; });
    return groups;
}

nlohmann::json sweepTableJson(const std::vector<SweepInstanceResult>& results) {
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& r : results) {
        const nlohmann::json inst = sweepResultToJson(r);
        for (const auto& m : inst["methods"]) {
            nlohmann::json row = {{"id", r.instance.id},
                                  {"kind", r.instance.kind},
                                  {"n", r.samples},
                                  {"d", r.features},
                                  {"seed", r.instance.seed}};
            row.update(m);
            rows.push_back(std::move(row));
        }
    }
    nlohmann::json summary = nlohmann::json::array();
    for (const auto& g : summarizeSweep(results)) {
        nlohmann::json methods = nlohmann::json::array();
        for (const auto& m : g.methods)
            methods.push_back({{"method", m.method},
                               {"instances", m.instances},
                               {"fits", m.fits},
                               {"mean_nonzeros", num(m.meanNonzeros)},
                               {"reached_optimum", m.reachedOptimum}});
        summary.push_back({{"kind", g.kind},
                           {"n", g.n},
                           {"d", g.d},
                           {"instances", g.instances},
                           {"proven", g.proven},
                           {"methods", methods}});
    }
    return {{"rows", rows}, {"summary", summary}};
}

}  // namespace smip
