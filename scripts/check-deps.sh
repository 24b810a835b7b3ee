#!/usr/bin/env bash
# check-deps.sh [BUILD_DIR]
# Would a fresh Debian 12 machine that installs only scripts/setup.sh's PACKAGES build and run what
# BUILD_DIR holds? The build may have used packages that merely happen to be on this machine (the
# way Qt6Charts needed libqt6opengl6-dev, which no listed package pulls in). This collects every
# file outside the tree the build touched:
#   - CMake package configs (<Pkg>_DIR entries of CMakeCache.txt),
#   - libraries found by pkg-config (pkgcfg_lib_* entries),
#   - shared libraries the built executables load (ldd),
# maps each to its Debian package (dpkg -S) and fails, naming them, for packages that are neither in
# the dependency closure of the list (apt-cache depends --recurse, no recommends) nor part of a
# minimal Debian system (priority required or essential).
# SPARSEMIP_PACKAGES_OVERRIDE="pkg1 pkg2 ..." checks another list (to prove the check can fail).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
cache="$build/CMakeCache.txt"
[ -f "$cache" ] || { echo "check-deps: no $cache (build first)" >&2; exit 2; }

# The list is the PACKAGES array of setup.sh (read, not run: sourcing would install and build).
eval "$(sed -n '/^PACKAGES=(/,/^)/p' scripts/setup.sh)"
if [ -n "${SPARSEMIP_PACKAGES_OVERRIDE:-}" ]; then
  read -r -a listed <<<"$SPARSEMIP_PACKAGES_OVERRIDE"
else
  listed=("${PACKAGES[@]}")
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 1. Files outside the tree. A *_DIR entry names a folder: its *Config.cmake is what was read.
grep -E '^[A-Za-z0-9_.+-]+_DIR:PATH=/' "$cache" | sed 's/^[^=]*=//' | while read -r dir; do
  [ -d "$dir" ] || continue
  for config in "$dir"/*[Cc]onfig.cmake; do
    [ -e "$config" ] && echo "$config" && break
  done
done >"$work/files"
grep -E '^pkgcfg_lib_[A-Za-z0-9_.+-]+:FILEPATH=/' "$cache" | sed 's/^[^=]*=//' >>"$work/files"
# ELF executables and shared objects the build produced (the 4-byte magic, no `file` needed).
find "$build" -type f \( -perm -u+x -o -name '*.so*' \) -size +1k 2>/dev/null | while read -r f; do
  [ "$(head -c 4 "$f" | od -An -c | tr -d ' ')" = '177ELF' ] || continue
  ldd "$f" 2>/dev/null | awk '$2 == "=>" && $3 ~ /^\// {print $3}'
done >>"$work/files"
sort -u "$work/files" | grep -v "^$(pwd)/" >"$work/outside" || true

# 2. The package owning each file (through its real path when the link itself is not owned).
while read -r f; do
  owner=$(dpkg -S "$f" 2>/dev/null || dpkg -S "$(readlink -f "$f")" 2>/dev/null || true)
  if [ -z "$owner" ]; then
    echo "$f" >>"$work/unowned"
    continue
  fi
  echo "$owner" | head -n 1 | cut -d: -f1 | tr ',' '\n' | tr -d ' '
done <"$work/outside" | sed '/^$/d' | sort -u >"$work/used"

# 3. What a fresh machine gets: the closure of the list plus the minimal system.
apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces \
  --no-enhances "${listed[@]}" 2>/dev/null |
  awk '/^[a-z0-9]/ {print $1} /^ *[|]?(Pre)?Depends:/ {print $2}' | sed 's/:.*//; s/[<>]//g' |
  sort -u >"$work/closure"
dpkg-query -W -f='${Package} ${Priority} ${Essential}\n' |
  awk '$2 == "required" || $3 == "yes" {print $1}' | sort -u >"$work/base"
sort -u "$work/closure" "$work/base" >"$work/fresh"

missing=$(comm -23 "$work/used" "$work/fresh")
echo "check-deps: $(wc -l <"$work/outside") files outside the tree from $(wc -l <"$work/used") packages"
if [ -s "$work/unowned" ]; then
  echo "check-deps: files no Debian package owns (installed by hand?):"
  sed 's/^/  /' "$work/unowned"
fi
if [ -n "$missing" ]; then
  echo "check-deps: the build used packages that scripts/setup.sh's PACKAGES do not bring in:"
  echo "$missing" | sed 's/^/  /'
  exit 1
fi
[ -s "$work/unowned" ] && exit 1
echo "check-deps: OK, every file comes from the listed packages or a minimal Debian system."
