#!/usr/bin/env bash
# THE run command: builds the SPA and runs DingPlatform on SQLite with demo data.
#
#   bash etc/run.sh              # → http://localhost:5080   (PORT=8080 bash etc/run.sh for another port)
#
# Needs the .NET SDK (see global.json) and Node 20 on PATH. Data lives in .data/ at the repo root
# (SQLite database + token signing keys); a second run reuses it. Delete .data/ to start afresh.
# The host prints the URL and the demo sign-ins (password Passw0rd!) once it is listening.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PORT="${PORT:-5080}"
FRONT="$ROOT/frontend-angular"
SPA="$FRONT/dist/frontend-angular/browser"
DATA="$ROOT/.data"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 NG_CLI_ANALYTICS=false
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 NPM_CONFIG_UPDATE_NOTIFIER=false

command -v dotnet >/dev/null || { echo "The .NET SDK is required (dotnet not on PATH)." >&2; exit 1; }
command -v npm >/dev/null || { echo "Node.js 20 with npm is required (npm not on PATH)." >&2; exit 1; }

# 1. Frontend dependencies: only when node_modules is missing or older than the lockfile.
stamp="$FRONT/node_modules/.package-lock.json"
if [ ! -f "$stamp" ] || [ "$FRONT/package-lock.json" -nt "$stamp" ] || [ "$FRONT/package.json" -nt "$stamp" ]; then
  echo "==> npm ci (frontend-angular)"
  (cd "$FRONT" && npm ci --no-audit --no-fund)
fi

# 2. The SPA: rebuilt only when a source file is newer than the last build.
if [ ! -f "$SPA/index.html" ] || [ -n "$(find "$FRONT/src" "$FRONT/public" "$FRONT/angular.json" "$FRONT/package-lock.json" \
      "$FRONT"/tsconfig*.json -newer "$SPA/index.html" -print -quit 2>/dev/null)" ]; then
  echo "==> npm run build (frontend-angular)"
  (cd "$FRONT" && timeout 900 npm run build)
  [ -f "$SPA/index.html" ] || { echo "The SPA build produced no $SPA/index.html" >&2; exit 1; }
else
  echo "==> SPA is up to date ($SPA)"
fi

# 3. Local .NET tools (dotnet-ef) from dotnet-tools.json, when not restored yet.
if [ -f "$ROOT/dotnet-tools.json" ] || [ -f "$ROOT/.config/dotnet-tools.json" ]; then
  dotnet tool run dotnet-ef --version >/dev/null 2>&1 || { echo "==> dotnet tool restore"; dotnet tool restore; }
fi

# 4. The host: SQLite in .data/, demo tenants and users, SPA from the build above.
mkdir -p "$DATA"
echo "==> starting DingPlatform on http://0.0.0.0:$PORT (data in .data/; first start builds and migrates)"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Production}"
export Database__Provider=Sqlite
export ConnectionStrings__Default="Data Source=$DATA/dingplatform.db"
export Auth__KeyFile="$DATA/token-keys.json"
export Jobs__Storage="${Jobs__Storage:-InMemory}"
export Seed__Demo=true
export Spa__Path="$SPA"
exec dotnet run --project "$ROOT/backend/src/DingPlatform.Host" -c Release -- \
  --contentRoot "$ROOT/backend/src/DingPlatform.Host" --urls "http://0.0.0.0:$PORT"
