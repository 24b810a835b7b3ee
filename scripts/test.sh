#!/usr/bin/env bash
# Sets everything up (packages + Release build) and runs the whole test suite offscreen, once:
# a red test is red (no reruns). Tests that must not share the 2 cores say so themselves
# (RUN_SERIAL / RESOURCE_LOCK in tests/), so extra ctest arguments such as -j2 are safe.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
BUILD_DIR="${BUILD_DIR:-build}"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$BUILD_DIR" --output-on-failure "$@"
