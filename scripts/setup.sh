#!/usr/bin/env bash
# Installs the Debian packages SparseMIP Studio needs (only the missing ones), then configures and
# builds the Release tree in ./build. Safe to run repeatedly; run as root (or with sudo available).
# The package list is scripts/packages.sh; `--ci` adds the tools .ci/run uses (clang-format).
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/packages.sh
PACKAGES=("${SPARSEMIP_PACKAGES[@]}")
[ "${1:-}" = "--ci" ] && PACKAGES+=("${SPARSEMIP_CI_PACKAGES[@]}")

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
