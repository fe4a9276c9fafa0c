#!/usr/bin/env bash
# THE test command: every suite of DingPlatform, one summary line at the end.
#
#   bash etc/test.sh                  # backend unit + integration, SPA unit, SPA build, browser e2e
#   bash etc/test.sh --only backend   # or: frontend | e2e   (comma-separated lists work: backend,e2e)
#
# Suites: every test project under tests/ (xunit.v3 on Microsoft.Testing.Platform; integration
# tests get a private PostgreSQL cluster through DING_TEST_PG), the SPA's Vitest unit tests
# (npm test), and the Playwright journeys (npm run e2e) against a Release host on SQLite with demo
# data. A suite that fails keeps the others going. The last line is always
#   N passed, N failed, N skipped
# summed over all suites; a suite that crashed, timed out or printed no counts adds 1 failed.
# Exit code: 0 only when nothing failed. Needs no stdin; works with CI=true.
# Logs: artifacts/test-logs/ (git-ignored).
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
exec </dev/null

# ---------------------------------------------------------------- options
ONLY="backend,frontend,e2e"
while [ $# -gt 0 ]; do
  case "$1" in
    --only) ONLY="${2:-}"; shift 2 || { echo "--only needs a value" >&2; exit 2; } ;;
    --only=*) ONLY="${1#--only=}"; shift ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
  esac
done
for part in ${ONLY//,/ }; do
  case "$part" in backend|frontend|e2e) ;; *) echo "--only takes backend|frontend|e2e, not '$part'" >&2; exit 2 ;; esac
done
want() { [[ ",$ONLY," == *",$1,"* ]]; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export NG_CLI_ANALYTICS=false NPM_CONFIG_UPDATE_NOTIFIER=false PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export MSBUILDDISABLENODEREUSE=1   # no MSBuild nodes left behind holding the CI job open

LOGS="$ROOT/artifacts/test-logs"
rm -rf "$LOGS"; mkdir -p "$LOGS"
WORK="$(mktemp -d /tmp/dingplatform-test.XXXXXX)"
FRONT="$ROOT/frontend-angular"
START=$(date +%s)

# ---------------------------------------------------------------- bookkeeping
SUITES=(); TOTAL_P=0; TOTAL_F=0; TOTAL_S=0
record() { # name passed failed skipped [note]
  local line
  line="$(printf '%-40s %4d passed, %4d failed, %4d skipped' "$1" "$2" "$3" "$4")"
  [ -n "${5:-}" ] && line="$line   ($5)"
  SUITES+=("$line")
  TOTAL_P=$((TOTAL_P + $2)); TOTAL_F=$((TOTAL_F + $3)); TOTAL_S=$((TOTAL_S + $4))
  echo ">>> $line"
}
step() { echo; echo "=== $* ($(( $(date +%s) - START ))s)"; }
elapsed() { echo "$(( $(date +%s) - $1 ))s"; }
strip_ansi() { sed -E 's/\x1B\[[0-9;?]*[A-Za-z]//g; s/\r//g' "$1"; }
show_tail() { echo "--- last ${2:-60} lines of $1"; strip_ansi "$1" | tail -n "${2:-60}"; echo "---"; }

# ---------------------------------------------------------------- cleanup
PG_BIN=""; PG_DIR=""; HOST_PID=""
as_pg() { if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi; }
cleanup() {
  if [ -n "${SMTP_PID:-}" ]; then kill "$SMTP_PID" 2>/dev/null; pkill -f "smtp4dev --urls=${DING_TEST_SMTP_API:-none}" 2>/dev/null; fi
  if [ -n "$HOST_PID" ] && kill -0 "$HOST_PID" 2>/dev/null; then
    kill "$HOST_PID" 2>/dev/null; sleep 1; kill -9 "$HOST_PID" 2>/dev/null
  fi
  if [ -n "$PG_DIR" ] && [ -f "$PG_DIR/data/postmaster.pid" ]; then
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop >/dev/null 2>&1
  fi
  [ -n "$PG_DIR" ] && rm -rf "$PG_DIR"
  rm -rf "$WORK"
  [ "${CI:-}" = "true" ] && dotnet build-server shutdown >/dev/null 2>&1
  return 0
}
trap cleanup EXIT
trap 'echo "interrupted"; exit 130' INT TERM

# ---------------------------------------------------------------- machine prerequisites
APT_UPDATED=""
apt_install() {
  local sudo=""
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo="sudo -n"; else
      echo "need root (or passwordless sudo) to apt-get install $*" >&2; return 1; fi
  fi
  if [ -z "$APT_UPDATED" ]; then
    echo "apt-get update"; $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq || return 1; APT_UPDATED=1
  fi
  echo "apt-get install $*"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >"$LOGS/apt-$1.log" 2>&1 \
    || { show_tail "$LOGS/apt-$1.log" 20; return 1; }
}
find_pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
ensure_postgres() {
  PG_BIN="$(find_pg_bin)"
  if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then apt_install postgresql || return 1; PG_BIN="$(find_pg_bin)"; fi
  [ -x "$PG_BIN/initdb" ]
}
ensure_chromium() {
  command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || apt_install chromium
}
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() { local p=$1; while port_busy "$p"; do p=$((p + 1)); done; echo "$p"; }

# Private, throw-away PostgreSQL cluster (trust auth, 127.0.0.1 + socket dir), removed on exit.
start_postgres() {
  ensure_postgres || { echo "PostgreSQL is not installed and could not be installed"; return 1; }
  PG_DIR="$(mktemp -d /tmp/dingplatform-pg.XXXXXX)"
  mkdir -p "$PG_DIR/sock"
  [ "$(id -u)" = 0 ] && chown -R postgres:postgres "$PG_DIR"
  chmod 755 "$PG_DIR"
  local locale="--no-locale"
  locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$' && locale="--locale=C.UTF-8"
  as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 $locale >"$LOGS/pg-initdb.log" 2>&1 \
    || { show_tail "$LOGS/pg-initdb.log" 20; return 1; }
  PG_PORT="$(free_port 55432)"
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
    -o "-p $PG_PORT -k $PG_DIR/sock -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >"$LOGS/pg-start.log" 2>&1 || { cat "$PG_DIR/server.log" 2>/dev/null | tail -20; return 1; }
  export DING_TEST_PG="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=postgres"
  echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT (socket dir $PG_DIR/sock)"
  echo "DING_TEST_PG=$DING_TEST_PG"
}

# A real SMTP server (smtp4dev, pinned in dotnet-tools.json) whose HTTP API the mail tests read.
SMTP_PID=""
start_smtp4dev() {
  (cd "$ROOT" && timeout 300 dotnet tool restore >"$LOGS/dotnet-tool-restore.log" 2>&1) || { show_tail "$LOGS/dotnet-tool-restore.log" 20; return 1; }
  local web smtp imap
  web="$(free_port 5310)"; smtp="$(free_port 2525)"; imap="$(free_port 1143)"
  (cd "$ROOT" && exec dotnet smtp4dev --urls="http://127.0.0.1:$web" --smtpport="$smtp" --imapport="$imap" --pop3port= --db= >"$LOGS/smtp4dev.log" 2>&1) &
  SMTP_PID=$!
  export DING_TEST_SMTP="127.0.0.1:$smtp" DING_TEST_SMTP_API="http://127.0.0.1:$web"
  echo "smtp4dev starting: SMTP $DING_TEST_SMTP, API $DING_TEST_SMTP_API"
}
wait_smtp4dev() {
  [ -n "$SMTP_PID" ] || return 1
  for _ in $(seq 1 90); do
    curl -fs "$DING_TEST_SMTP_API/api/messages" >/dev/null 2>&1 && { echo "smtp4dev ready"; return 0; }
    kill -0 "$SMTP_PID" 2>/dev/null || break
    sleep 1
  done
  echo "smtp4dev did not become ready"; show_tail "$LOGS/smtp4dev.log" 20; unset DING_TEST_SMTP DING_TEST_SMTP_API; return 1
}

# ---------------------------------------------------------------- parsers
# Microsoft.Testing.Platform: "Test run summary: ...\n  total: N\n  failed: N\n  succeeded: N\n  skipped: N"
parse_mtp() { # log -> "passed failed skipped" or nothing
  strip_ansi "$1" | awk '
    /Test run summary:/ { s=1; p=f=k=""; next }
    s && /^[[:space:]]*failed:[[:space:]]*[0-9]+/    { f=$2 }
    s && /^[[:space:]]*succeeded:[[:space:]]*[0-9]+/ { p=$2 }
    s && /^[[:space:]]*skipped:[[:space:]]*[0-9]+/   { k=$2 }
    END { if (p != "" && f != "") print p, f, (k == "" ? 0 : k) }'
}
# Vitest: "      Tests  1 failed | 10 passed | 2 skipped (13)"
parse_vitest() {
  strip_ansi "$1" | awk '
    /^[[:space:]]*Tests[[:space:]]+[0-9]/ {
      found=1; p=f=k=0
      for (i = 1; i <= NF; i++) {
        if ($(i+1) ~ /^passed/) p=$i
        if ($(i+1) ~ /^failed/) f=$i
        if ($(i+1) ~ /^(skipped|todo)/) k+=$i
      }
    }
    END { if (found) print p, f, k }'
}
# Playwright (list/line reporter): "  10 passed (5.3s)", "  1 failed", "  2 skipped", "  1 flaky", ...
parse_playwright() {
  strip_ansi "$1" | awk '
    /^[[:space:]]*[0-9]+ (passed|failed|skipped|flaky|interrupted|did not run)([[:space:]]*\(.*\))?[[:space:]]*$/ {
      found=1; n=$1
      if ($2 == "passed" || $2 == "flaky") p+=n
      else if ($2 == "failed" || $2 == "interrupted") f+=n
      else k+=n
    }
    END { if (found) print p+0, f+0, k+0 }'
}
# run_suite name parser rc log
finish_suite() {
  local name=$1 parser=$2 rc=$3 log=$4 counts p f s note=""
  counts="$($parser "$log")"
  if [ -z "$counts" ]; then
    [ "$rc" = 124 ] && note="timed out" || note="no test counts printed, exit code $rc"
    show_tail "$log" 60
    record "$name" 0 1 0 "$note"; return
  fi
  read -r p f s <<<"$counts"
  if [ "$rc" != 0 ] && [ "$f" = 0 ]; then
    f=1; note="exit code $rc"; [ "$rc" = 124 ] && note="timed out"
    show_tail "$log" 40
  elif [ "$f" != 0 ]; then
    show_tail "$log" 120
  fi
  record "$name" "$p" "$f" "$s" "$note"
}

# ---------------------------------------------------------------- backend
BACKEND_BUILT=""
backend_build() { # builds the whole solution in Release once
  [ -n "$BACKEND_BUILT" ] && return "$BACKEND_BUILT"
  step "dotnet build DingPlatform.sln -c Release"
  local t=$(date +%s)
  if timeout 900 dotnet build "$ROOT/DingPlatform.sln" -c Release -nologo -nodeReuse:false >"$LOGS/dotnet-build.log" 2>&1; then
    BACKEND_BUILT=0; echo "build OK ($(elapsed $t))"
  else
    BACKEND_BUILT=1; echo "BUILD FAILED ($(elapsed $t))"
    strip_ansi "$LOGS/dotnet-build.log" | grep -E ': error ' | sort -u | head -40
    show_tail "$LOGS/dotnet-build.log" 15
  fi
  return "$BACKEND_BUILT"
}

test_projects() { # test projects under tests/, unit tests first
  local proj all=()
  while IFS= read -r proj; do
    if grep -qiE 'xunit|Microsoft\.NET\.Test\.Sdk|<IsTestProject>[[:space:]]*true|MSTest|NUnit|TUnit' "$proj"; then
      all+=("$proj")
    elif [ "$(dotnet msbuild "$proj" -getProperty:IsTestProject 2>/dev/null | tr -d '[:space:]')" = "true" ]; then
      all+=("$proj")
    fi
  done < <(find "$ROOT/tests" -mindepth 2 -maxdepth 3 -name '*.csproj' 2>/dev/null | sort)
  for proj in "${all[@]}"; do [[ "$(basename "$proj")" == *Unit* ]] && echo "$proj"; done
  for proj in "${all[@]}"; do [[ "$(basename "$proj")" == *Unit* ]] || echo "$proj"; done
}

run_backend() {
  local projects=() proj name log rc t
  mapfile -t projects < <(test_projects)
  if [ ${#projects[@]} -eq 0 ]; then
    step "backend tests"; echo "no test projects found under tests/"
    record "backend tests" 0 1 0 "no test projects under tests/"; return
  fi
  # The document tests read the generated PDFs back as text with pdftotext.
  command -v pdftotext >/dev/null 2>&1 || apt_install poppler-utils || echo "poppler-utils missing: the PDF text checks will fail"
  step "private PostgreSQL cluster for the integration tests"
  start_postgres || { echo "could not start PostgreSQL; DING_TEST_PG is unset"; unset DING_TEST_PG; }
  step "smtp4dev (real SMTP server for the mail tests)"
  start_smtp4dev || echo "could not start smtp4dev; the mail tests will fail"
  if ! backend_build; then
    record "backend: format and line length" 0 1 0 "not run: build failed"
    for proj in "${projects[@]}"; do record "backend: $(basename "$proj" .csproj)" 0 1 0 "not run: build failed"; done
    return
  fi
  backend_lint
  wait_smtp4dev || true
  for proj in "${projects[@]}"; do
    name="$(basename "$proj" .csproj)"; log="$LOGS/$name.log"
    step "dotnet test --project ${proj#$ROOT/} -c Release --no-build"
    t=$(date +%s)
    timeout 2400 dotnet test --project "$proj" -c Release --no-build >"$log" 2>&1; rc=$?
    echo "exit code $rc after $(elapsed $t); log: ${log#$ROOT/}"
    finish_suite "backend: $name" parse_mtp "$rc" "$log"
  done
}

# C# style: dotnet format whitespace and the line length (etc/lint-dotnet.sh); a failure counts as one failed test.
backend_lint() {
  local name="backend: format and line length" log="$LOGS/dotnet-lint.log" t=$(date +%s) rc
  step "bash etc/lint-dotnet.sh (dotnet format whitespace, line length)"
  timeout 600 bash "$ROOT/etc/lint-dotnet.sh" >"$log" 2>&1; rc=$?
  if [ "$rc" = 0 ]; then
    echo "lint-dotnet OK ($(elapsed $t))"
  else
    echo "lint-dotnet FAILED, exit code $rc after $(elapsed $t); log: ${log#$ROOT/}"; show_tail "$log" 40
    record "$name" 0 1 0 "etc/lint-dotnet.sh failed"
  fi
}

# ---------------------------------------------------------------- frontend
NPM_READY=""
npm_install() { # npm ci when node_modules is missing or older than the lockfile
  [ -n "$NPM_READY" ] && return "$NPM_READY"
  if [ ! -f "$FRONT/package.json" ]; then echo "frontend-angular/package.json is missing"; NPM_READY=1; return 1; fi
  local stamp="$FRONT/node_modules/.package-lock.json"
  if [ ! -f "$stamp" ] || [ "$FRONT/package-lock.json" -nt "$stamp" ] || [ "$FRONT/package.json" -nt "$stamp" ]; then
    step "npm ci (frontend-angular)"
    local t=$(date +%s)
    if (cd "$FRONT" && timeout 900 npm ci --no-audit --no-fund) >"$LOGS/npm-ci.log" 2>&1; then
      echo "npm ci OK ($(elapsed $t))"
    else
      echo "npm ci FAILED"; show_tail "$LOGS/npm-ci.log" 30; NPM_READY=1; return 1
    fi
  fi
  NPM_READY=0
}
SPA_BUILT=""
spa_build() {
  [ -n "$SPA_BUILT" ] && return "$SPA_BUILT"
  npm_install || { SPA_BUILT=1; return 1; }
  step "npm run build (frontend-angular)"
  local t=$(date +%s)
  if (cd "$FRONT" && timeout 900 npm run build) >"$LOGS/spa-build.log" 2>&1 && [ -f "$FRONT/dist/frontend-angular/browser/index.html" ]; then
    SPA_BUILT=0; echo "SPA build OK ($(elapsed $t))"
  else
    SPA_BUILT=1; echo "SPA BUILD FAILED ($(elapsed $t))"; show_tail "$LOGS/spa-build.log" 40
  fi
  return "$SPA_BUILT"
}

# spa_check name script log: a check without test counts (prettier, eslint); a failure counts as one failed test.
spa_check() {
  local name=$1 script=$2 log=$3 t=$(date +%s) rc
  step "npm run $script (frontend-angular)"
  (cd "$FRONT" && timeout 600 npm run -s "$script") >"$log" 2>&1; rc=$?
  if [ "$rc" = 0 ]; then
    echo "$script OK ($(elapsed $t))"
  else
    echo "$script FAILED, exit code $rc after $(elapsed $t); log: ${log#$ROOT/}"; show_tail "$log" 40
    record "$name" 0 1 0 "npm run $script failed"
  fi
}

run_frontend() {
  if ! npm_install; then
    record "SPA format (prettier)" 0 1 0 "not run: npm ci failed"
    record "SPA lint (eslint)" 0 1 0 "not run: npm ci failed"
    record "SPA unit (vitest)" 0 1 0 "not run: npm ci failed"
    want e2e || record "SPA build" 0 1 0 "npm ci failed"
    return
  fi
  spa_check "SPA format (prettier)" format:check "$LOGS/spa-format.log"
  spa_check "SPA lint (eslint)" lint "$LOGS/spa-lint.log"
  step "npm test (frontend-angular, Vitest)"
  local t=$(date +%s) rc
  (cd "$FRONT" && timeout 900 npm test) >"$LOGS/spa-unit.log" 2>&1; rc=$?
  echo "exit code $rc after $(elapsed $t); log: ${LOGS#$ROOT/}/spa-unit.log"
  finish_suite "SPA unit (vitest)" parse_vitest "$rc" "$LOGS/spa-unit.log"
  # A broken production build is reported by the e2e suite when it runs; otherwise on its own.
  spa_build || want e2e || record "SPA build" 0 1 0 "npm run build failed"
}

# ---------------------------------------------------------------- e2e
run_e2e() {
  step "browser journeys (Playwright + Debian chromium)"
  ensure_chromium || { record "e2e (playwright)" 0 1 0 "not run: chromium missing"; return; }
  if [ -z "$BACKEND_BUILT" ]; then
    # --only e2e: build just the host.
    step "dotnet build backend/src/DingPlatform.Host -c Release"
    if timeout 900 dotnet build "$ROOT/backend/src/DingPlatform.Host" -c Release -nologo -nodeReuse:false >"$LOGS/dotnet-build-host.log" 2>&1; then
      BACKEND_BUILT=0
    else
      BACKEND_BUILT=1; show_tail "$LOGS/dotnet-build-host.log" 30
    fi
  fi
  [ "$BACKEND_BUILT" = 0 ] || { record "e2e (playwright)" 0 1 0 "not run: backend build failed"; return; }
  spa_build || { record "e2e (playwright)" 0 1 0 "not run: SPA build failed"; return; }

  local hostdir="$ROOT/backend/src/DingPlatform.Host" dll data port url t rc
  dll="$(dotnet msbuild "$hostdir/DingPlatform.Host.csproj" -getProperty:TargetPath -p:Configuration=Release 2>/dev/null | tail -n 1 | tr -d '\r')"
  [ -f "$dll" ] || dll="$hostdir/bin/Release/net10.0/DingPlatform.Host.dll"
  [ -f "$dll" ] || { record "e2e (playwright)" 0 1 0 "not run: $dll missing"; return; }
  data="$WORK/e2e-data"; mkdir -p "$data"
  port="$(free_port 5180)"; url="http://127.0.0.1:$port"
  step "host on $url (SQLite in a temp dir, demo data)"
  ( cd "$data" && exec env ASPNETCORE_ENVIRONMENT=Production \
      Database__Provider=Sqlite "ConnectionStrings__Default=Data Source=$data/dingplatform.db" \
      Auth__KeyFile="$data/token-keys.json" Jobs__Storage=InMemory Seed__Demo=true \
      Spa__Path="$FRONT/dist/frontend-angular/browser" \
      dotnet "$dll" --contentRoot "$hostdir" --urls "$url" ) >"$LOGS/e2e-host.log" 2>&1 &
  HOST_PID=$!
  t=$(date +%s)
  until curl -fsS -o /dev/null --max-time 5 "$url/health/ready" 2>/dev/null; do
    if ! kill -0 "$HOST_PID" 2>/dev/null; then
      echo "host exited before it was ready"; show_tail "$LOGS/e2e-host.log" 40
      HOST_PID=""; record "e2e (playwright)" 0 1 0 "not run: host did not start"; return
    fi
    if [ $(( $(date +%s) - t )) -gt 180 ]; then
      echo "host not ready after 180s"; show_tail "$LOGS/e2e-host.log" 40
      kill "$HOST_PID" 2>/dev/null; wait "$HOST_PID" 2>/dev/null; HOST_PID=""
      record "e2e (playwright)" 0 1 0 "not run: host not ready"; return
    fi
    sleep 1
  done
  echo "host ready after $(elapsed $t)"

  step "npm run e2e (E2E_BASE_URL=$url)"
  t=$(date +%s)
  (cd "$FRONT" && E2E_BASE_URL="$url" timeout 900 npm run e2e) >"$LOGS/e2e.log" 2>&1; rc=$?
  echo "exit code $rc after $(elapsed $t); log: ${LOGS#$ROOT/}/e2e.log (host log: e2e-host.log)"
  kill "$HOST_PID" 2>/dev/null; wait "$HOST_PID" 2>/dev/null; HOST_PID=""
  finish_suite "e2e (playwright)" parse_playwright "$rc" "$LOGS/e2e.log"
}

# ---------------------------------------------------------------- main
echo "DingPlatform tests: $ONLY  (dotnet $(dotnet --version 2>/dev/null || echo missing), node $(node --version 2>/dev/null || echo missing))"
if { want backend || want e2e; } && ! command -v dotnet >/dev/null; then echo "the .NET SDK (dotnet) is not on PATH"; fi
if { want frontend || want e2e; } && ! command -v npm >/dev/null; then echo "Node.js/npm is not on PATH"; fi
want backend  && run_backend
want frontend && run_frontend
want e2e      && run_e2e

echo
echo "=== summary ($(( $(date +%s) - START ))s; logs in ${LOGS#$ROOT/}/)"
for line in "${SUITES[@]}"; do echo "  $line"; done
echo "$TOTAL_P passed, $TOTAL_F failed, $TOTAL_S skipped"
[ "$TOTAL_F" -eq 0 ] && exit 0 || exit 1
