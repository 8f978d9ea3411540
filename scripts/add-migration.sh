#!/usr/bin/env bash
# Adds a migration with the same name for every database provider, with the pinned dotnet-ef, then regenerates
# the providers' compiled models (ADR-017).
# Usage: scripts/add-migration.sh <MigrationName>
set -euo pipefail
name="${1:?usage: scripts/add-migration.sh <MigrationName>}"
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
# A stale compiled model may no longer compile after the change (a removed entity): it is regenerated below anyway.
rm -rf src/ImiPortal.Migrations.*/CompiledModel
for provider in Sqlite SqlServer Postgres; do
  dotnet dotnet-ef migrations add "$name" --project "src/ImiPortal.Migrations.$provider" --output-dir Migrations
done
scripts/optimize-model.sh
