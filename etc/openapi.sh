#!/usr/bin/env bash
# Regenerates frontend-angular/openapi.json from the running host (a throwaway SQLite database), then the
# SPA's typed client. OperationsTests fails while the committed document is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d); port=${OPENAPI_PORT:-5191}
dotnet build backend/src/DingPlatform.Host -v q -nologo >/dev/null
ConnectionStrings__Default="Data Source=$tmp/openapi.db" Auth__KeyFile="" Jobs__RunServer=false \
  dotnet run --no-build --project backend/src/DingPlatform.Host -- --urls "http://127.0.0.1:$port" >"$tmp/host.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$tmp"' EXIT
for _ in $(seq 1 240); do curl -fs "http://127.0.0.1:$port/health/live" >/dev/null && break; sleep 1; done
curl -fs "http://127.0.0.1:$port/openapi/v1.json" | python3 -m json.tool --indent 2 --no-ensure-ascii > frontend-angular/openapi.json
if [ -d frontend-angular/node_modules ]; then (cd frontend-angular && npm run -s api:gen); fi
echo "frontend-angular/openapi.json regenerated"
