#!/usr/bin/env bash
# Builds the core library, the CLI and the core tests with ASan + UBSan (preset `sanitize`, which is
# the `dev` preset without the GUI: Debian's Qt GUI libraries are not instrumented) and runs the
# core tests, CLI tests included. Any sanitizer report fails the test that triggered it.
# Known leaks inside COIN-OR are suppressed by tests/sanitizers/lsan.supp, each with its reason.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset sanitize
cmake --build --preset sanitize --parallel "$(nproc)"
ctest --preset sanitize "$@"
