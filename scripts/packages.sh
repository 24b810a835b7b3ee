#!/usr/bin/env bash
# The Debian 12 packages SparseMIP Studio needs, in one place: setup.sh installs them and
# check-deps.sh proves that a build needs nothing else. Sourced, not run.

# Build, run and test: compilers, Qt 6 (Widgets, Charts, Svg, Test, Linguist), Eigen, JSON,
# COIN-OR CBC and Ipopt, Google Benchmark, and an X server for offscreen screenshots.
# libqt6opengl6-dev: Debian's qt6-charts-dev does not depend on it, but Qt6ChartsConfig.cmake
# requires Qt6OpenGL, so configure fails without it.
SPARSEMIP_PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools
  libgl-dev libeigen3-dev nlohmann-json3-dev
  coinor-libcbc-dev coinor-libipopt-dev libbenchmark-dev
  xvfb xauth fonts-dejavu-core
)

# CI only (.ci/run): the format check and the dependency check's own tools.
SPARSEMIP_CI_PACKAGES=(
  clang-format-14
)
