#include "core/adversarial/nlp/smooth_attack.h"

#include <IpIpoptApplication.hpp>
#include <IpJournalist.hpp>
#include <chrono>
#include <cstdarg>
#include <cstdio>
#include <exception>
#include <mutex>

#include "core/adversarial/nlp/attack_tnlp.h"

namespace smip {
namespace {

// Ipopt 3.11.9 with sequential MUMPS segfaults when two solves run at once in one process
// (seen in this project's tests): one solve at a time.
std::mutex& ipoptMutex() {
    static std::mutex m;
    return m;
}

// Captures Ipopt's output into the onLog hook, one line at a time, instead of stdout.
class HookJournal : public Ipopt::Journal {
  public:
    HookJournal(const std::function<void(const std::string&)>& sink, Ipopt::EJournalLevel level)
        : Ipopt::Journal("smip_hook", level), sink_(sink) {}
    ~HookJournal() override { FlushBufferImpl(); }

  protected:
    void PrintImpl(Ipopt::EJournalCategory, Ipopt::EJournalLevel, const char* str) override {
        append(str);
    }
    void PrintfImpl(Ipopt::EJournalCategory, Ipopt::EJournalLevel, const char* fmt,
                    va_list ap) override {
        char buf[4096];
        std::vsnprintf(buf, sizeof buf, fmt, ap);
        append(buf);
    }
    void FlushBufferImpl() override {
        if (!pending_.empty()) emit(pending_);
        pending_.clear();
    }

  private:
    void append(const char* s) {
        for (; *s; ++s) {
            if (*s == '\n') {
                emit(pending_);
                pending_.clear();
            } else {
                pending_ += *s;
            }
        }
    }
    void emit(const std::string& line) {
        if (sink_) sink_(line);
    }
    const std::function<void(const std::string&)>& sink_;
    std::string pending_;
};

std::string validateSpec(const MlpClassifier& net, const SmoothAttackSpec& spec,
                         const SmoothRelu& relu) {
    std::string e = net.validate();
    if (!e.empty()) return e;
    const int n = net.inputSize();
    if (spec.x0.size() != n || spec.lower.size() != n || spec.upper.size() != n)
        return "x0 and the input box must have " + std::to_string(n) + " entries";
    if ((spec.lower.array() > spec.upper.array()).any() ||
        (spec.x0.array() < spec.lower.array()).any() ||
        (spec.x0.array() > spec.upper.array()).any())
        return "x0 must lie inside a non-empty input box";
    if (spec.conditions.empty()) return "the attack has no logit condition";
    for (const auto& c : spec.conditions)
        if (c.winner < 0 || c.loser < 0 || c.winner >= net.outputSize() ||
            c.loser >= net.outputSize() || c.winner == c.loser)
            return "a logit condition names an invalid class pair";
    if (relu.kind == SmoothReluKind::Softplus && !(relu.beta > 0.0))
        return "softplus β must be > 0";
    if (relu.kind == SmoothReluKind::Sqrt && !(relu.delta >= 0.0)) return "sqrt δ must be ≥ 0";
    return {};
}

}  // namespace

const char* nlpStatusId(NlpStatus s) {
    switch (s) {
        case NlpStatus::LocallyOptimal:
            return "locally_optimal";
        case NlpStatus::Acceptable:
            return "acceptable";
        case NlpStatus::LocallyInfeasible:
            return "locally_infeasible";
        case NlpStatus::IterationLimit:
            return "iteration_limit";
        case NlpStatus::TimeLimit:
            return "time_limit";
        case NlpStatus::Cancelled:
            return "cancelled";
        case NlpStatus::Failed:
            return "failed";
    }
    return "failed";
}

NlpResult solveSmoothAttack(const MlpClassifier& net, const SmoothAttackSpec& spec,
                            const SmoothRelu& relu, const NlpOptions& options,
                            const NlpHooks& hooks, std::stop_token stop) {
    const auto t0 = std::chrono::steady_clock::now();
    NlpResult out;
    out.message = validateSpec(net, spec, relu);
    if (!out.message.empty()) return out;
    std::lock_guard lock(ipoptMutex());
    try {
        Ipopt::SmartPtr<AttackTnlp> tnlp = new AttackTnlp(net, spec, relu, options, hooks, stop);
        // No console journal; Initialize("") so a stray ipopt.opt in the cwd is never read.
        Ipopt::SmartPtr<Ipopt::IpoptApplication> app = new Ipopt::IpoptApplication(false);
        if (hooks.onLog) {
            const auto level = static_cast<Ipopt::EJournalLevel>(
                std::clamp(options.printLevel, 0, static_cast<int>(Ipopt::J_LAST_LEVEL) - 1));
            Ipopt::SmartPtr<Ipopt::Journal> j = new HookJournal(hooks.onLog, level);
            app->Jnlst()->AddJournal(j);
        }
        app->Options()->SetIntegerValue("print_level", std::clamp(options.printLevel, 0, 12));
        app->Options()->SetStringValue("sb", "yes");
        app->Options()->SetNumericValue("tol", options.tolerance);
        app->Options()->SetIntegerValue("max_iter", options.maxIterations);
        app->Options()->SetStringValue("hessian_approximation",
                                       options.exactHessian ? "exact" : "limited-memory");
        if (options.derivativeTest) {
            app->Options()->SetStringValue("derivative_test", "second-order");
            app->Options()->SetNumericValue("derivative_test_perturbation", 1e-7);
        }
        if (app->Initialize("") != Ipopt::Solve_Succeeded) {
            out.message = "Ipopt failed to initialize";
            return out;
        }
        const Ipopt::ApplicationReturnStatus st = app->OptimizeTNLP(tnlp);
        out = tnlp->result;
        out.ipoptStatus = static_cast<int>(st);
        switch (st) {
            case Ipopt::Solve_Succeeded:
                out.status = NlpStatus::LocallyOptimal;
                break;
            case Ipopt::Solved_To_Acceptable_Level:
                out.status = NlpStatus::Acceptable;
                break;
            case Ipopt::Infeasible_Problem_Detected:
                out.status = NlpStatus::LocallyInfeasible;
                out.message = "Ipopt converged to a locally infeasible point";
                break;
            case Ipopt::Maximum_Iterations_Exceeded:
                out.status = NlpStatus::IterationLimit;
                out.message = "iteration limit reached";
                break;
            case Ipopt::User_Requested_Stop:
                out.status = tnlp->stoppedByTime ? NlpStatus::TimeLimit : NlpStatus::Cancelled;
                out.message = tnlp->stoppedByTime ? "time limit reached" : "cancelled";
                break;
            default:
                out.status = NlpStatus::Failed;
                out.message = "Ipopt ended with status " + std::to_string(static_cast<int>(st));
        }
        app->Jnlst()->FlushBuffer();
    } catch (const std::exception& e) {
        out.status = NlpStatus::Failed;
        out.message = std::string("Ipopt threw: ") + e.what();
    } catch (...) {
        // Ipopt's own exception type does not derive from std::exception.
        out.status = NlpStatus::Failed;
        out.message = "Ipopt threw an exception";
    }
    out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    return out;
}

}  // namespace smip
