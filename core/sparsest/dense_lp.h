#pragma once
// A small dense two-phase simplex for the rank bound's per-combination LPs (a few dozen rows and
// columns, millions of calls): max cᵀx s.t. A x = b, x ≥ 0. One object per thread; its buffers
// grow to the largest problem seen and are reused, so a solve allocates nothing once warm.
// Results are hints: every caller checks what it uses (a dual certificate, a Farkas vector, a
// candidate network) in terms that do not trust the pivoting.
#include <limits>
#include <vector>

namespace smip {

class DenseLp {
  public:
    enum class Status {
        Optimal,         ///< no improving column left
        Reached,         ///< the objective reached `stopAbove` (phase 2 ended early)
        Infeasible,      ///< phase 1 ended above zero: farkas() holds the ray
        IterationLimit,  ///< gave up (degenerate cycling or too many pivots); x() is feasible
        Unbounded
    };

    /// Sets up an empty problem with `rows` × `cols` zeros in A, b and c.
    void reset(int rows, int cols);
    double& a(int row, int col) { return A_[static_cast<std::size_t>(row * cols_ + col)]; }
    double a(int row, int col) const { return A_[static_cast<std::size_t>(row * cols_ + col)]; }
    double& b(int row) { return b_[static_cast<std::size_t>(row)]; }
    double& c(int col) { return c_[static_cast<std::size_t>(col)]; }
    int rows() const { return rows_; }
    int cols() const { return cols_; }

    /// Solves from scratch; phase 2 stops early once the objective is ≥ `stopAbove`.
    Status solve(double stopAbove = std::numeric_limits<double>::infinity());

    /// The last basic solution (valid after Optimal, Reached, IterationLimit).
    const std::vector<double>& x() const { return x_; }
    /// After Infeasible: y with Aᵀy ≥ 0 (numerically) and bᵀy < 0, in terms of the original rows.
    const std::vector<double>& farkas() const { return farkas_; }
    int pivots() const { return pivots_; }
    /// After Optimal: the row duals π (cᵀ ≤ πᵀA at optimality, bᵀπ = the objective).
    void duals(std::vector<double>& pi) const;

    /// A rigorous check of farkas() against x ≤ upper (finite for every column): any feasible x
    /// has bᵀy = Σ x_j (Aᵀy)_j ≥ Σ upper_j·min(0, (Aᵀy)_j), so bᵀy below that (with a margin for
    /// the rounding of these sums) proves A x = b, 0 ≤ x ≤ upper infeasible.
    bool farkasProvesInfeasible(const std::vector<double>& upper) const;

  private:
    void pivot(int row, int col);
    int chooseEntering(bool bland) const;
    int chooseLeaving(int col) const;
    Status iterate(double stopAbove);
    double& t(int row, int col) { return T_[static_cast<std::size_t>(row * width_ + col)]; }
    double t(int row, int col) const { return T_[static_cast<std::size_t>(row * width_ + col)]; }

    int rows_ = 0, cols_ = 0, width_ = 0;
    int enterLimit_ = 0;  ///< columns < this may enter (phase 2 excludes the artificials)
    std::vector<double> A_, b_, c_, T_, z_, x_, farkas_;
    std::vector<int> basis_;
    std::vector<double> rowSign_;  ///< −1 where a row was negated to make b ≥ 0
    int pivots_ = 0;
};

}  // namespace smip
