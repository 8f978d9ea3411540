#!/usr/bin/env bash
# Runs every check and test of the portal. Safe on a fresh machine: it installs what it needs.
#   1. restores the pinned tools and builds the solution (warnings are errors);
#   2. fails if the model has changes without a migration, for every database provider;
#   3. writes the SQL Server idempotent migration script (catches a broken SQL Server migration without a server);
#   4. installs Debian's Chromium when it is missing (the browser tests drive it);
#   5. installs Debian's PostgreSQL when it is missing, starts it and creates a throwaway role and database
#      (IMIPORTAL_TEST_POSTGRES), dropped again when the script ends, also on failure (scripts/test-postgres.sh);
#   6. runs the unit, integration (on SQLite and PostgreSQL), scale-out (two portal processes on one PostgreSQL
#      database) and browser tests, and prints one closing line "N passed, N failed";
#   7. runs the benchmark harness in smoke mode (tiny volumes: checks it works end to end, never the speed).
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

step() { printf '\n== %s\n' "$*"; }

step "Chromium for the browser tests"
if [ -z "${IMIPORTAL_CHROMIUM:-}" ] && ! [ -x /usr/bin/chromium ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's chromium package..."
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Chromium is missing: install it (Debian: sudo apt-get install chromium) or set IMIPORTAL_CHROMIUM." >&2
    exit 1
  fi
fi
"${IMIPORTAL_CHROMIUM:-/usr/bin/chromium}" --version

step "Restore tools and build"
dotnet tool restore
dotnet build ImiPortal.sln -c Debug

step "Migrations are up to date for every provider"
for provider in Sqlite SqlServer Postgres; do
  dotnet dotnet-ef migrations has-pending-model-changes --no-build \
    --project "src/ImiPortal.Migrations.$provider" --startup-project "src/ImiPortal.Migrations.$provider"
done

step "SQL Server idempotent migration script"
mkdir -p artifacts
dotnet dotnet-ef migrations script --idempotent --no-build \
  --project src/ImiPortal.Migrations.SqlServer --startup-project src/ImiPortal.Migrations.SqlServer \
  --output artifacts/sqlserver-migrations.sql
grep -q "CREATE TABLE \[Members\]" artifacts/sqlserver-migrations.sql

step "PostgreSQL for the server-database and scale-out tests"
# shellcheck source=scripts/test-postgres.sh
source scripts/test-postgres.sh
test_postgres_up

step "Tests"
log=$(mktemp)
status=0
dotnet test ImiPortal.sln --no-build -c Debug 2>&1 | tee "$log" || status=$?
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -oE 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"

step "Benchmark harness, smoke mode (bench/README.md)"
bench=0
./bench/run.sh --smoke --no-build >artifacts/bench-smoke.log 2>&1 || bench=$?
tail -n 40 artifacts/bench-smoke.log

echo
echo "Tests: ${passed} passed, ${failed} failed, ${skipped} skipped"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi
[ "$bench" -eq 0 ] || { echo "The benchmark smoke run failed: see artifacts/bench-smoke.log" >&2; exit 1; }
