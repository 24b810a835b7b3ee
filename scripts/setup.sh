#!/usr/bin/env bash
# Installs the Debian packages SparseMIP Studio needs (only the missing ones), then configures and
# builds the Release tree in ./build. Safe to run repeatedly; run as root (or with sudo available).
# `--ci` adds the tools .ci/run uses (clang-format).
set -euo pipefail
cd "$(dirname "$0")/.."

# The one list of Debian packages (check-deps.sh reads it from here). libqt6opengl6-dev: Debian's
# qt6-charts-dev does not depend on it, but Qt6ChartsConfig.cmake needs Qt6OpenGL. parallel: GNU
# parallel runs a sweep's plan (README "Sweeps"; test_sweep runs one through it).
PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools
  libgl-dev libeigen3-dev nlohmann-json3-dev
  coinor-libcbc-dev coinor-libipopt-dev libbenchmark-dev
  xvfb xauth fonts-dejavu-core parallel
  # Test dependency: the `cbc` program reads our exported MPS and MIP start files and must prove
  # the same optimum (tests/cli/test_cbc_program.cpp).
  coinor-cbc
  # Test dependencies of tests/onnx: reference ONNX files made and run by Debian's python3-onnx
  # and python3-torch (core/onnx itself needs no ONNX or protobuf library: it reads and writes
  # the wire format itself, see core/onnx/proto_wire.h).
  python3-onnx python3-torch python3-numpy
)
# CI only (.ci/run): the format check's clang-format.
CI_PACKAGES=(
  clang-format-14
)
[ "${1:-}" = "--ci" ] && PACKAGES+=("${CI_PACKAGES[@]}")

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

BUILD_DIR="${BUILD_DIR:-build}"
# SPARSEMIP_CMAKE_ARGS: extra configure arguments (CI passes -DSPARSEMIP_WERROR=ON).
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release ${SPARSEMIP_CMAKE_ARGS:-}
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
