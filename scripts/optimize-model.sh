#!/usr/bin/env bash
# Regenerates the compiled EF Core model of every database provider (ADR-017), with the pinned dotnet-ef.
# Run after every model change (scripts/add-migration.sh runs it); the CompiledModelTests fail until then.
# Usage: scripts/optimize-model.sh
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite SqlServer Postgres; do
  project="src/ImiPortal.Migrations.$provider"
  rm -rf "$project/CompiledModel"
  dotnet dotnet-ef dbcontext optimize --project "$project" --output-dir CompiledModel \
    --namespace "ImiPortal.Migrations.$provider.CompiledModel" >/dev/null
done
