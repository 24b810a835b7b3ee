#include "core/milp/milp_json.h"

#include <cmath>
#include <limits>

namespace smip {
namespace {

using nlohmann::json;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

json doubles(const std::vector<double>& v) {
    json a = json::array();
    for (double x : v)
        a.push_back(doubleToJson(x));
    return a;
}
std::vector<double> doublesFrom(const json& a) {
    std::vector<double> v;
    v.reserve(a.size());
    for (const auto& x : a)
        v.push_back(doubleFromJson(x));
    return v;
}
// Reads an optional field into `out` (missing → untouched).
template <class T>
void opt(const json& j, const char* key, T& out) {
    if (j.contains(key)) out = j.at(key).get<T>();
}
void optD(const json& j, const char* key, double& out) {
    if (j.contains(key)) out = doubleFromJson(j.at(key));
}
const json& arrayAt(const json& j, const char* key) {
    const json& a = j.at(key);
    if (!a.is_array())
        throw json::type_error::create(302, std::string("\"") + key + "\" must be an array", &a);
    return a;
}
// Runs a parser, turning nlohmann's exceptions (wrong type, missing key) into a message.
template <class F>
std::string guarded(const char* what, F&& f) {
    try {
        f();
    } catch (const json::exception& e) {
        return std::string("invalid ") + what + " JSON: " + e.what();
    }
    return {};
}

}  // namespace

bool statusFromId(const std::string& id, MilpStatus& status) {
    for (auto s : {MilpStatus::Optimal, MilpStatus::FeasibleAtLimit, MilpStatus::Infeasible,
                   MilpStatus::Unbounded, MilpStatus::NoSolutionAtLimit, MilpStatus::Cancelled,
                   MilpStatus::Error})
        if (id == statusId(s)) {
            status = s;
            return true;
        }
    return false;
}

json doubleToJson(double v) {
    if (std::isnan(v)) return nullptr;
    if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
    return v;
}

double doubleFromJson(const json& j) {
    if (j.is_null()) return kNaN;
    if (j.is_string()) {
        const auto s = j.get<std::string>();
        if (s == "inf" || s == "+inf" || s == "infinity") return kInf;
        if (s == "-inf" || s == "-infinity") return -kInf;
        if (s == "nan") return kNaN;
        throw json::type_error::create(
            302, "expected a number or \"inf\"/\"-inf\", got \"" + s + "\"", &j);
    }
    return j.get<double>();
}

json toJson(const MilpProblem& p) {
    json cols = json::array();
    for (const auto& c : p.columns)
        cols.push_back({{"name", c.name},
                        {"lower", doubleToJson(c.lower)},
                        {"upper", doubleToJson(c.upper)},
                        {"cost", doubleToJson(c.cost)},
                        {"integer", c.integer}});
    json rows = json::array();
    for (const auto& r : p.rows)
        rows.push_back({{"name", r.name},
                        {"indices", r.indices},
                        {"coefs", doubles(r.coefs)},
                        {"lower", doubleToJson(r.lower)},
                        {"upper", doubleToJson(r.upper)}});
    return {{"name", p.name},
            {"sense", p.sense == ObjectiveSense::Maximize ? "maximize" : "minimize"},
            {"objectiveOffset", doubleToJson(p.objectiveOffset)},
            {"columns", std::move(cols)},
            {"rows", std::move(rows)}};
}

std::string fromJson(const json& j, MilpProblem& p) {
    return guarded("problem", [&] {
        p = {};
        opt(j, "name", p.name);
        const std::string sense = j.value("sense", std::string("minimize"));
        if (sense != "minimize" && sense != "maximize")
            throw json::other_error::create(501, "sense must be \"minimize\" or \"maximize\"", &j);
        p.sense = sense == "maximize" ? ObjectiveSense::Maximize : ObjectiveSense::Minimize;
        optD(j, "objectiveOffset", p.objectiveOffset);
        for (const auto& c : arrayAt(j, "columns")) {
            if (!c.is_object())
                throw json::type_error::create(302, "each column must be an object", &c);
            MilpColumn col;
            opt(c, "name", col.name);
            optD(c, "lower", col.lower);
            optD(c, "upper", col.upper);
            optD(c, "cost", col.cost);
            opt(c, "integer", col.integer);
            p.columns.push_back(std::move(col));
        }
        for (const auto& r : arrayAt(j, "rows")) {
            if (!r.is_object())
                throw json::type_error::create(302, "each row must be an object", &r);
            MilpRow row;
            opt(r, "name", row.name);
            row.indices = r.at("indices").get<std::vector<int>>();
            row.coefs = doublesFrom(arrayAt(r, "coefs"));
            optD(r, "lower", row.lower);
            optD(r, "upper", row.upper);
            p.rows.push_back(std::move(row));
        }
    });
}

json toJson(const MilpOptions& o) {
    return {{"timeLimitSeconds", doubleToJson(o.timeLimitSeconds)},
            {"threads", o.threads},
            {"logLevel", o.logLevel},
            {"relativeGap", doubleToJson(o.relativeGap)},
            {"useDriver", o.useDriver},
            {"preprocess", o.preprocess},
            {"mipStart", doubles(o.mipStart)},
            {"progressIntervalSeconds", doubleToJson(o.progressIntervalSeconds)}};
}

std::string fromJson(const json& j, MilpOptions& o) {
    return guarded("options", [&] {
        o = {};
        optD(j, "timeLimitSeconds", o.timeLimitSeconds);
        opt(j, "threads", o.threads);
        opt(j, "logLevel", o.logLevel);
        optD(j, "relativeGap", o.relativeGap);
        opt(j, "useDriver", o.useDriver);
        opt(j, "preprocess", o.preprocess);
        if (j.contains("mipStart")) o.mipStart = doublesFrom(arrayAt(j, "mipStart"));
        optD(j, "progressIntervalSeconds", o.progressIntervalSeconds);
    });
}

json toJson(const MilpProgress& s) {
    return {{"seconds", doubleToJson(s.seconds)},
            {"incumbent", doubleToJson(s.incumbent)},
            {"bound", doubleToJson(s.bound)},
            {"gap", doubleToJson(s.gap)},
            {"nodes", s.nodes}};
}

std::string fromJson(const json& j, MilpProgress& s) {
    return guarded("progress", [&] {
        s = {};
        optD(j, "seconds", s.seconds);
        optD(j, "incumbent", s.incumbent);
        optD(j, "bound", s.bound);
        optD(j, "gap", s.gap);
        opt(j, "nodes", s.nodes);
    });
}

json toJson(const MilpIncumbent& i) {
    return {{"seconds", doubleToJson(i.seconds)},
            {"objective", doubleToJson(i.objective)},
            {"values", doubles(i.values)}};
}

std::string fromJson(const json& j, MilpIncumbent& i) {
    return guarded("incumbent", [&] {
        i = {};
        optD(j, "seconds", i.seconds);
        optD(j, "objective", i.objective);
        if (j.contains("values")) i.values = doublesFrom(arrayAt(j, "values"));
    });
}

json toJson(const MilpResult& r) {
    json progress = json::array();
    for (const auto& s : r.progress)
        progress.push_back(toJson(s));
    return {{"status", statusId(r.status)},
            {"message", r.message},
            {"objective", doubleToJson(r.objective)},
            {"bestBound", doubleToJson(r.bestBound)},
            {"gap", doubleToJson(r.gap)},
            {"nodes", r.nodes},
            {"seconds", doubleToJson(r.seconds)},
            {"hasSolution", r.hasSolution},
            {"solution", doubles(r.solution)},
            {"progress", std::move(progress)}};
}

std::string fromJson(const json& j, MilpResult& r) {
    std::string error;
    auto status = guarded("result", [&] {
        r = {};
        const auto id = j.at("status").get<std::string>();
        if (!statusFromId(id, r.status)) error = "invalid result JSON: unknown status '" + id + "'";
        opt(j, "message", r.message);
        optD(j, "objective", r.objective);
        optD(j, "bestBound", r.bestBound);
        optD(j, "gap", r.gap);
        opt(j, "nodes", r.nodes);
        optD(j, "seconds", r.seconds);
        opt(j, "hasSolution", r.hasSolution);
        if (j.contains("solution")) r.solution = doublesFrom(arrayAt(j, "solution"));
        if (j.contains("progress"))
            for (const auto& s : arrayAt(j, "progress")) {
                MilpProgress p;
                if (auto e = fromJson(s, p); !e.empty() && error.empty()) error = e;
                r.progress.push_back(p);
            }
    });
    return status.empty() ? error : status;
}

}  // namespace smip
