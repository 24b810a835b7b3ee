#!/usr/bin/env bash
# Sets everything up (packages + Release build) and launches the GUI on the bundled default data.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
BUILD_DIR="${BUILD_DIR:-build}"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "No display found: starting under xvfb-run (nothing will be visible)." >&2
  exec xvfb-run -a "$BUILD_DIR/app/sparsemip-studio" "$@"
fi
exec "$BUILD_DIR/app/sparsemip-studio" "$@"
