#pragma once
// A small mutation fuzzer shared by the harnesses in tests/fuzz/. Neither libFuzzer nor AFL is
// available here (GCC and Debian packages only; libFuzzer ships with Clang), so instead of
// coverage guidance this driver mutates a seed corpus of real files with format-aware tokens,
// from a seeded RNG: the same --seed and --iterations replay the same inputs on every machine.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace smip::fuzz {

/// splitmix64: fully specified (unlike std:: distributions), so a seed replays everywhere.
class Rng {
  public:
    explicit Rng(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next();
    /// Uniform in [0, n); n > 0.
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
    bool chance(int oneIn) { return below(static_cast<std::size_t>(oneIn)) == 0; }

  private:
    std::uint64_t state_;
};

/// Produces mutants of corpus files: bit flips, byte insert/delete/overwrite, chunk duplication,
/// line duplication/deletion/swap, splicing two corpus files, interesting tokens and long runs.
class Mutator {
  public:
    Mutator(std::vector<std::string> corpus, std::vector<std::string> tokens, Rng& rng);
    /// One to eight stacked mutations of a random corpus file, into `out` (reused storage).
    void next(std::string& out);

  private:
    void mutateOnce(std::string& s);
    void insertToken(std::string& s);
    void lineEdit(std::string& s);
    void splice(std::string& s);
    std::vector<std::string> corpus_;
    std::vector<std::string> tokens_;
    Rng& rng_;
};

/// Checks one input; returns an empty string when every property holds, else what failed.
using Property = std::function<std::string(const std::string& input)>;

struct Harness {
    const char* name;       ///< "csv" or "mps": names the failure files
    const char* extension;  ///< of saved inputs, e.g. ".csv"
    std::string defaultCorpus;
    std::string defaultOutDir;
    std::vector<std::string> tokens;  ///< format keywords, added to the common tokens
    Property property;
};

/// Parses --seconds S, --iterations K, --seed N, --corpus DIR, --out DIR, runs the seeds and then
/// mutants until the budget is spent (both limits apply when both are given) and returns the exit
/// code: 0 when every input passed, 1 on a property failure (the input is saved under --out and
/// its path printed), 2 on a bad command line or an empty corpus. A crash (signal, sanitizer
/// report) saves the input the same way before the process dies.
int runHarness(const Harness& harness, int argc, char** argv);

/// The current input when the property needs it as a file (readMps reads from a path): the driver
/// names it, and a crash leaves it on disk as the offending input.
const std::string& scratchInputPath();

}  // namespace smip::fuzz
