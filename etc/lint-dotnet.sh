#!/usr/bin/env bash
# C# style check, as etc/test.sh runs it in the backend suite (after the build, before the tests):
#
#   bash etc/lint-dotnet.sh
#
# 1. dotnet format whitespace DingPlatform.sln --verify-no-changes: the code is laid out as .editorconfig says.
# 2. Line length: no line of a tracked *.cs file is longer than 140 characters (max_line_length in .editorconfig,
#    the printWidth of the SPA's prettier); every offender is printed as file:line.
# The generated EF migrations (*/Migrations/*) are skipped by both, and so are the path globs listed in
# etc/lint-dotnet.allow (a temporary list; see the comment there). Exit code: 0 only when both checks pass.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
exec </dev/null
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 MSBUILDDISABLENODEREUSE=1

MAX=140
ALLOW_FILE="$ROOT/etc/lint-dotnet.allow"

ALLOW=()
if [ -f "$ALLOW_FILE" ]; then
  while IFS= read -r line || [ -n "$line" ]; do
    line="${line%%#*}"; line="${line#"${line%%[![:space:]]*}"}"; line="${line%"${line##*[![:space:]]}"}"
    [ -n "$line" ] && ALLOW+=("$line")
  done <"$ALLOW_FILE"
fi
allowed() { # path -> 0 when an allow-list glob matches it
  local glob
  for glob in "${ALLOW[@]}"; do
    # shellcheck disable=SC2053  # the glob is meant to match as a pattern; * and ** both cross folders
    [[ "$1" == $glob ]] && return 0
  done
  return 1
}

status=0

# ---------------------------------------------------------------- 1. dotnet format whitespace
exclude=()
mapfile -t migrations < <(git ls-files '*.cs' | grep '/Migrations/' | sed 's#/Migrations/.*#/Migrations#' | sort -u)
exclude+=("${migrations[@]}")
for glob in "${ALLOW[@]}"; do
  path="${glob%/\*\*}"; path="${path%/\*}"
  [ -e "$path" ] && exclude+=("$path")
done
echo "=== dotnet format whitespace DingPlatform.sln --verify-no-changes"
echo "excluded: ${exclude[*]:-(none)}"
if dotnet format whitespace DingPlatform.sln --verify-no-changes -v q ${exclude[@]:+--exclude "${exclude[@]}"}; then
  echo "format OK"
else
  echo "FORMAT: the files above are not laid out as .editorconfig says; run: dotnet format whitespace DingPlatform.sln" \
    "--exclude ${exclude[*]}"
  status=1
fi

# ---------------------------------------------------------------- 2. line length
echo "=== line length <= $MAX (tracked *.cs outside */Migrations/*)"
long=0
while IFS= read -r -d '' file; do
  [[ "$file" == */Migrations/* ]] && continue
  allowed "$file" && continue
  [ -f "$file" ] || continue
  # Characters, not bytes: the Chinese texts are one character each.
  while IFS= read -r hit; do
    echo "$file:${hit%%:*}"
    long=$((long + 1))
  done < <(LC_ALL=C.UTF-8 grep -noE "^.{$((MAX + 1))}" "$file")
done < <(git ls-files -z '*.cs')
if [ "$long" -eq 0 ]; then
  echo "line length OK"
else
  echo "LINE LENGTH: $long line(s) longer than $MAX characters"
  status=1
fi

exit "$status"
