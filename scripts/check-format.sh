#!/usr/bin/env bash
# Fails, naming the files, when a tracked C++ file is not formatted by clang-format 14 with the
# repository's .clang-format (newer clang-format versions format differently: CI pins 14).
set -euo pipefail
cd "$(dirname "$0")/.."
tool=$(command -v clang-format-14 || command -v clang-format || true)
[ -n "$tool" ] || { echo "check-format: clang-format-14 not installed (./scripts/setup.sh --ci)" >&2; exit 2; }
bad=()
while IFS= read -r f; do
  "$tool" --dry-run --Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done < <(git ls-files '*.cpp' '*.h')
if [ ${#bad[@]} -gt 0 ]; then
  echo "check-format: ${#bad[@]} files need \`clang-format -i\`:"
  printf '  %s\n' "${bad[@]}"
  exit 1
fi
echo "check-format: OK ($(git ls-files '*.cpp' '*.h' | wc -l) files)"
