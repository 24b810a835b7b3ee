#!/usr/bin/env bash
# Regenerates the documentation screenshots (docs/screenshot-*.png) from the GUI's own
# `--screenshot` option, offscreen. Not part of the test suite. Needs a build (BUILD_DIR, default
# build). Each shot runs the page's real computation for a few seconds first.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${BUILD_DIR:-build}"
APP="$BUILD_DIR/app/sparsemip-studio"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
export SPARSEMIP_CLI="${SPARSEMIP_CLI:-$BUILD_DIR/app/sparsemip}"
shot() { # out.png delay-ms args...
  local out="$1" delay="$2"
  shift 2
  "$APP" --screenshot "$out" --screenshot-delay "$delay" "$@"
  echo "wrote $out"
}
shot docs/screenshot-train.png 6000 --tab 1 --train --epochs 20000
shot docs/screenshot-function-view.png 4000 --tab 1 --train --dataset bump --epochs 20000
shot docs/screenshot-function-view-sparsest.png 8000 --tab 2 --pipeline --dataset bump \
  --epochs 20000 --time-limit 5
shot docs/screenshot-sparsest.png 8000 --tab 2 --sparsest --time-limit 5
shot docs/screenshot-sparsest-de.png 8000 --tab 2 --sparsest --time-limit 5 --lang de
# Random N = 7, d = 5, seed 3: the rank bound's exact refinement proves 8, its witness a network
# with one unit split into two copies (the single unit would break w_B).
seed3="${TMPDIR:-/tmp}/random-n7-d5-seed3.csv"
"$SPARSEMIP_CLI" dataset --dataset random --n 7 --d 5 --seed 3 --csv "$seed3" >/dev/null
shot docs/screenshot-sparsest-split-witness.png 16000 --tab 2 --sparsest --dataset "$seed3" \
  --time-limit 30
# The same run caught in its exact search: the line under the chart says how far it is, and the
# split networks it finds on the way are the incumbent.
shot docs/screenshot-sparsest-rank-progress.png 7500 --tab 2 --sparsest --dataset "$seed3" \
  --time-limit 30
shot docs/screenshot-perceptron.png 12000 --tab 3 --perceptron --time-limit 8
# Lesson (d), step 2: moons, 4 step units, all three terms: the pattern enumeration proves it.
shot docs/screenshot-perceptron-proof.png 30000 --lesson 4 --lesson-step 2
shot docs/screenshot-miptrain.png 20000 --tab 5 --miptrain --miptrain-method lagrangian \
  --time-limit 15
