#!/usr/bin/env bash
# Adds a migration with the same name for every database provider, with the pinned dotnet-ef.
# Usage: scripts/add-migration.sh <MigrationName>
set -euo pipefail
name="${1:?usage: scripts/add-migration.sh <MigrationName>}"
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite SqlServer Postgres; do
  dotnet dotnet-ef migrations add "$name" --project "src/ImiPortal.Migrations.$provider" --output-dir Migrations
done
