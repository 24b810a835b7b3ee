#include "core/pareto/pareto_json.h"

#include <cmath>
#include <locale>
#include <sstream>

namespace smip {

namespace {

nlohmann::json num(double v) {
    return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr);
}

std::string cell(double v) {
    if (!std::isfinite(v)) return {};
    std::ostringstream s;
    s.imbue(std::locale::classic());
    s.precision(10);
    s << v;
    return s.str();
}

}  // namespace

nlohmann::json paretoToJson(const ParetoResult& r) {
    nlohmann::json trained = nlohmann::json::array(), frontier = nlohmann::json::array();
    for (const auto& p : r.trained)
        trained.push_back({{"regularizer", p.regularizer},
                           {"lambda", num(p.lambda)},
                           {"mse", num(p.mse)},
                           {"max_residual", num(p.maxResidual)},
                           {"nonzeros", p.nonzeros},
                           {"active_neurons", p.activeNeurons}});
    for (const auto& f : r.frontier)
        frontier.push_back(
            {{"epsilon", f.epsilon},
             {"nonzeros", f.nonzeros >= 0 ? nlohmann::json(f.nonzeros) : nlohmann::json(nullptr)},
             {"best_bound", num(f.bestBound)},
             {"status", f.status},
             {"proven", f.proven},
             {"seconds", num(f.seconds)},
             {"start", f.start},
             {"max_residual", num(f.nonzeros >= 0 ? f.maxResidual : NAN)}});
    return {{"trained", std::move(trained)}, {"frontier", std::move(frontier)},
            {"w_bound", num(r.wBound)},      {"b_bound", num(r.bBound)},
            {"cancelled", r.cancelled},      {"seconds", num(r.seconds)}};
}

std::string paretoCsv(const ParetoResult& r) {
    std::ostringstream os;
    os << "kind,regularizer,lambda,epsilon,mse,max_residual,nonzeros,active_neurons,best_bound,"
          "status,proven,seconds\n";
    for (const auto& p : r.trained)
        os << "trained," << p.regularizer << ',' << cell(p.lambda) << ",," << cell(p.mse) << ','
           << cell(p.maxResidual) << ',' << p.nonzeros << ',' << p.activeNeurons << ",,,,\n";
    for (const auto& f : r.frontier)
        os << "frontier,milp,," << cell(f.epsilon) << ",,"
           << (f.nonzeros >= 0 ? cell(f.maxResidual) : std::string()) << ','
           << (f.nonzeros >= 0 ? std::to_string(f.nonzeros) : std::string()) << ",,"
           << cell(f.bestBound) << ',' << f.status << ',' << (f.proven ? "yes" : "no") << ','
           << cell(f.seconds) << '\n';
    return os.str();
}

}  // namespace smip
