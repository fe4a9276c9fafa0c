#!/usr/bin/env bash
# Adds one EF Core migration to both providers' migrations assemblies, so they never drift apart:
#   bash etc/migration-add.sh AddSupportTickets
# The unit test MigrationsTests fails while either provider's snapshot differs from the model.
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: etc/migration-add.sh <MigrationName>}"
dotnet tool restore >/dev/null
for provider in Sqlite PostgreSql; do
  project="backend/src/DingPlatform.Migrations.$provider"
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project" -o Migrations
done
echo "Added $name to both providers."
