#include "tests/fuzz/fuzz_driver.h"

#include <fcntl.h>
#include <unistd.h>
#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/common_interface_defs.h>
#endif

namespace smip::fuzz {
namespace {

// Inputs beyond this are cut: the readers' own size limits are tested elsewhere, and a long run of
// iterations must not spend its time copying megabytes.
constexpr std::size_t kMaxInput = 256 * 1024;

// Tokens that break readers of either format: byte-order marks, NUL, quotes, delimiters, line
// ends, non-finite and out-of-range numbers, invalid UTF-8.
const std::vector<std::string> kCommonTokens = {"\xEF\xBB\xBF",
                                                "\xFF\xFE",
                                                "\xFE\xFF",
                                                std::string(1, '\0'),
                                                "\"",
                                                "\"\"",
                                                ",",
                                                ";",
                                                "\t",
                                                "\r",
                                                "\n",
                                                "\r\n",
                                                " ",
                                                "1e309",
                                                "-1e309",
                                                "1e-400",
                                                "nan",
                                                "NaN",
                                                "inf",
                                                "-inf",
                                                "Infinity",
                                                "1e308",
                                                "-1e308",
                                                "1.7976931348623157e308",
                                                "4.9e-324",
                                                "9223372036854775808",
                                                "-2147483649",
                                                "2147483648",
                                                "0x1p3",
                                                "+",
                                                "-",
                                                "1,5",
                                                "e",
                                                ".",
                                                "-0",
                                                "NA",
                                                "?",
                                                "\xC3\x28",
                                                "\xE2\x82",
                                                "\xF4\x90\x80\x80",
                                                "\xC0\xAF",
                                                "\xED\xA0\x80",
                                                "\x1b[31m",
                                                "\x7f"};

// Crash reporting: the current input, kept where a signal handler can write it without
// allocating (open/write/_exit are async-signal-safe).
const char* g_input = nullptr;
std::size_t g_inputSize = 0;
char g_crashPath[1024] = {};

void saveInputForCrash() {
    if (!g_input) return;
    const int fd = ::open(g_crashPath, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0) {
        std::size_t done = 0;
        while (done < g_inputSize) {
            const ssize_t k = ::write(fd, g_input + done, g_inputSize - done);
            if (k <= 0) break;
            done += static_cast<std::size_t>(k);
        }
        ::close(fd);
    }
    const char* msg = "\nfuzz: crash; the input is saved in ";
    [[maybe_unused]] ssize_t k = ::write(2, msg, std::strlen(msg));
    k = ::write(2, g_crashPath, std::strlen(g_crashPath));
    k = ::write(2, "\n", 1);
}

#if !defined(__SANITIZE_ADDRESS__)
void onFatalSignal(int sig) {
    saveInputForCrash();
    std::signal(sig, SIG_DFL);  // die of the same signal, so ctest reports the crash
    std::raise(sig);
}
#endif

void installCrashHandlers() {
#if defined(__SANITIZE_ADDRESS__)
    // ASan owns SIGSEGV and friends (its report is the useful part); it calls this before exiting.
    __sanitizer_set_death_callback(saveInputForCrash);
#else
    for (int sig : {SIGSEGV, SIGABRT, SIGFPE, SIGBUS, SIGILL})
        std::signal(sig, onFatalSignal);
#endif
    std::set_terminate([] {
        saveInputForCrash();
        std::_Exit(3);
    });
}

std::vector<std::string> readCorpus(const std::string& dir) {
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(dir, ec))
        if (e.is_regular_file()) files.push_back(e.path());
    std::sort(files.begin(), files.end());  // directory order is not stable; the seed must be
    std::vector<std::string> out;
    for (const auto& f : files) {
        std::ifstream in(f, std::ios::binary);
        out.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    return out;
}

struct Budget {
    long long iterations = -1;  ///< mutants after the seeds; -1 = no limit
    double seconds = -1.0;      ///< -1 = no limit
    std::uint64_t seed = 1;
    std::string corpus, outDir;
};

bool parseArgs(int argc, char** argv, Budget& b) {
    for (int i = 1; i < argc; ++i) {
        const std::string flag = argv[i];
        if (i + 1 >= argc) {
            std::fprintf(stderr, "fuzz: %s needs a value\n", flag.c_str());
            return false;
        }
        const std::string value = argv[++i];
        char* end = nullptr;
        if (flag == "--iterations") {
            b.iterations = std::strtoll(value.c_str(), &end, 10);
        } else if (flag == "--seconds") {
            b.seconds = std::strtod(value.c_str(), &end);
        } else if (flag == "--seed") {
            b.seed = std::strtoull(value.c_str(), &end, 10);
        } else if (flag == "--corpus") {
            b.corpus = value;
            continue;
        } else if (flag == "--out") {
            b.outDir = value;
            continue;
        } else {
            std::fprintf(stderr,
                         "fuzz: unknown option %s (options: --iterations K, --seconds S, --seed N, "
                         "--corpus DIR, --out DIR)\n",
                         flag.c_str());
            return false;
        }
        if (value.empty() || *end != '\0') {
            std::fprintf(stderr, "fuzz: %s expects a number, got '%s'\n", flag.c_str(),
                         value.c_str());
            return false;
        }
    }
    if (b.iterations < 0 && b.seconds < 0) {
        std::fprintf(stderr, "fuzz: give a budget: --iterations K and/or --seconds S\n");
        return false;
    }
    return true;
}

std::string g_scratch;

}  // namespace

std::uint64_t Rng::next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

Mutator::Mutator(std::vector<std::string> corpus, std::vector<std::string> tokens, Rng& rng)
    : corpus_(std::move(corpus)), tokens_(std::move(tokens)), rng_(rng) {
    tokens_.insert(tokens_.end(), kCommonTokens.begin(), kCommonTokens.end());
}

void Mutator::next(std::string& out) {
    out = corpus_[rng_.below(corpus_.size())];
    const std::size_t count = 1 + rng_.below(8);
    for (std::size_t k = 0; k < count; ++k)
        mutateOnce(out);
    if (out.size() > kMaxInput) out.resize(kMaxInput);
}

void Mutator::mutateOnce(std::string& s) {
    const std::size_t at = rng_.below(s.size() + 1);
    switch (rng_.below(10)) {
        case 0:  // flip one bit
            if (!s.empty()) s[at % s.size()] ^= static_cast<char>(1u << rng_.below(8));
            break;
        case 1:  // overwrite a byte
            if (!s.empty()) s[at % s.size()] = static_cast<char>(rng_.below(256));
            break;
        case 2:  // insert random bytes
            for (std::size_t k = 1 + rng_.below(4); k > 0; --k)
                s.insert(s.begin() + static_cast<std::ptrdiff_t>(at),
                         static_cast<char>(rng_.below(256)));
            break;
        case 3:  // delete a range
            s.erase(at, 1 + rng_.below(rng_.chance(4) ? 64 : 4));
            break;
        case 4: {  // duplicate a chunk elsewhere
            if (s.empty()) break;
            const std::size_t from = rng_.below(s.size());
            const std::string chunk = s.substr(from, 1 + rng_.below(128));
            s.insert(at, chunk);
            break;
        }
        case 5:
        case 6:
            insertToken(s);
            break;
        case 7:
            lineEdit(s);
            break;
        case 8:
            splice(s);
            break;
        case 9: {  // a very long run: long lines, long fields, long numbers
            const char fill[] = {'9', 'a', ' ', ',', '"', '0', '\t', '\xE9'};
            s.insert(at, std::string(1000 + rng_.below(40000), fill[rng_.below(sizeof fill)]));
            break;
        }
    }
}

void Mutator::insertToken(std::string& s) {
    const std::string& t = tokens_[rng_.below(tokens_.size())];
    const std::size_t at = rng_.below(s.size() + 1);
    if (rng_.chance(2) || s.empty()) {
        s.insert(at, t);
    } else {  // replace a word (up to the next blank or delimiter) by the token
        std::size_t end = s.find_first_of(" \t\r\n,;", at);
        if (end == std::string::npos) end = s.size();
        s.replace(at, end - at, t);
    }
}

void Mutator::lineEdit(std::string& s) {
    // Line starts, to duplicate, delete or swap whole lines (sections, rows, records).
    std::vector<std::size_t> starts{0};
    for (std::size_t i = 0; i < s.size(); ++i)
        if (s[i] == '\n' && i + 1 < s.size()) starts.push_back(i + 1);
    const auto line = [&](std::size_t k) {
        const std::size_t b = starts[k];
        const std::size_t e = k + 1 < starts.size() ? starts[k + 1] : s.size();
        return std::pair{b, e - b};
    };
    const auto [b1, n1] = line(rng_.below(starts.size()));
    switch (rng_.below(3)) {
        case 0:
            s.insert(b1, s.substr(b1, n1));
            break;
        case 1:
            s.erase(b1, n1);
            break;
        case 2: {
            const auto [b2, n2] = line(rng_.below(starts.size()));
            if (b1 == b2) break;
            const std::string l1 = s.substr(b1, n1), l2 = s.substr(b2, n2);
            if (b1 < b2) {
                s.replace(b2, n2, l1);
                s.replace(b1, n1, l2);
            } else {
                s.replace(b1, n1, l2);
                s.replace(b2, n2, l1);
            }
            break;
        }
    }
}

void Mutator::splice(std::string& s) {
    const std::string& other = corpus_[rng_.below(corpus_.size())];
    const std::size_t keep = rng_.below(s.size() + 1);
    const std::size_t from = rng_.below(other.size() + 1);
    s.resize(keep);
    s.append(other, from, std::string::npos);
}

const std::string& scratchInputPath() {
    return g_scratch;
}

int runHarness(const Harness& h, int argc, char** argv) {
    Budget b;
    b.corpus = h.defaultCorpus;
    b.outDir = h.defaultOutDir;
    if (!parseArgs(argc, argv, b)) return 2;
    const std::vector<std::string> corpus = readCorpus(b.corpus);
    if (corpus.empty()) {
        std::fprintf(stderr, "fuzz: no seed files in %s\n", b.corpus.c_str());
        return 2;
    }
    std::error_code ec;
    std::filesystem::create_directories(b.outDir, ec);
    const std::string stem = b.outDir + "/" + h.name + "-seed" + std::to_string(b.seed);
    g_scratch = stem + "-current" + h.extension;
    const std::string crashPath = stem + "-crash" + h.extension;
    std::snprintf(g_crashPath, sizeof g_crashPath, "%s", crashPath.c_str());
    installCrashHandlers();

    Rng rng(b.seed);
    Mutator mutator(corpus, h.tokens, rng);
    const auto start = std::chrono::steady_clock::now();
    const auto elapsed = [&start] {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    };
    std::string input;
    long long done = 0;
    // The seeds themselves first (iteration -k for seed k), then mutants.
    for (long long i = -static_cast<long long>(corpus.size());; ++i) {
        if (i >= 0 && b.iterations >= 0 && i >= b.iterations) break;
        if (i >= 0 && b.seconds >= 0 && elapsed() >= b.seconds) break;
        if (i < 0)
            input = corpus[static_cast<std::size_t>(i + static_cast<long long>(corpus.size()))];
        else
            mutator.next(input);
        g_input = input.data();
        g_inputSize = input.size();
        std::string failure;
        try {
            failure = h.property(input);
        } catch (const std::exception& e) {
            failure = std::string("exception escaped: ") + e.what();
        } catch (...) {
            failure = "unknown exception escaped";
        }
        if (!failure.empty()) {
            const std::string path = stem + "-failure-" + std::to_string(i) + h.extension;
            std::ofstream(path, std::ios::binary) << input;
            std::fprintf(stderr, "fuzz %s: iteration %lld (seed %llu): %s\ninput saved in %s\n",
                         h.name, i, static_cast<unsigned long long>(b.seed), failure.c_str(),
                         path.c_str());
            return 1;
        }
        done = i + 1;
    }
    g_input = nullptr;
    std::filesystem::remove(g_scratch, ec);
    const double secs = elapsed();
    std::printf(
        "fuzz %s: %zu seeds + %lld mutants, seed %llu, %.1f s (%.0f inputs/s), 0 failures\n",
        h.name, corpus.size(), done, static_cast<unsigned long long>(b.seed), secs,
        (static_cast<double>(done) + static_cast<double>(corpus.size())) / std::max(secs, 1e-9));
    return 0;
}

}  // namespace smip::fuzz
