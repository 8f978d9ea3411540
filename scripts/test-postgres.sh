#!/usr/bin/env bash
# A throwaway PostgreSQL role and database for the tests, on the local Debian cluster.
#   Sourced (scripts/test.sh):  test_postgres_up   installs Debian's postgresql when missing (as root), starts the
#                                                  cluster, creates a role + database with a random name, exports
#                                                  IMIPORTAL_TEST_POSTGRES, and drops both (and every database the
#                                                  role made) when the shell exits, also on failure.
#   Run:  scripts/test-postgres.sh dotnet test tests/ImiPortal.ScaleOutTests   runs one command with a database.
# The role may create databases: each test class makes its own and drops it afterwards.

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    sudo -n -u postgres -- "$@"
  fi
}

test_postgres_sql() {
  as_postgres psql -X -q -A -t -v ON_ERROR_STOP=1 -p "$TEST_POSTGRES_PORT" -d postgres -c "$1"
}

test_postgres_down() {
  [ -n "${TEST_POSTGRES_ROLE:-}" ] || return 0
  local db
  for db in $(test_postgres_sql "SELECT datname FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba WHERE r.rolname = '$TEST_POSTGRES_ROLE'" 2>/dev/null); do
    test_postgres_sql "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >/dev/null 2>&1 || true
  done
  test_postgres_sql "DROP ROLE IF EXISTS \"$TEST_POSTGRES_ROLE\"" >/dev/null 2>&1 || true
  echo "Dropped the test PostgreSQL role $TEST_POSTGRES_ROLE and its databases."
  TEST_POSTGRES_ROLE=""
}

test_postgres_up() {
  if ! command -v pg_lsclusters >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
      echo "Installing Debian's postgresql package..."
      DEBIAN_FRONTEND=noninteractive apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    else
      echo "PostgreSQL is missing: install it (Debian: sudo apt-get install postgresql) and run the tests again." >&2
      return 1
    fi
  fi

  # The first cluster of whatever version is installed (the package creates "main"); start it when it is down.
  local version name port status
  read -r version name port status _ < <(pg_lsclusters --no-header | head -n 1) || true
  if [ -z "${version:-}" ]; then
    version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
    pg_createcluster "$version" main >/dev/null
    read -r version name port status _ < <(pg_lsclusters --no-header | head -n 1)
  fi
  if [ "$status" != "online" ]; then
    pg_ctlcluster "$version" "$name" start
  fi
  TEST_POSTGRES_PORT="$port"
  for _ in $(seq 1 30); do
    pg_isready -q -h 127.0.0.1 -p "$port" && break
    sleep 1
  done

  local suffix password
  suffix=$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')
  password=$(od -An -N18 -tx1 /dev/urandom | tr -d ' \n')
  TEST_POSTGRES_ROLE="imiportal_test_$suffix"
  trap test_postgres_down EXIT
  test_postgres_sql "CREATE ROLE \"$TEST_POSTGRES_ROLE\" LOGIN CREATEDB PASSWORD '$password'"
  test_postgres_sql "CREATE DATABASE \"$TEST_POSTGRES_ROLE\" OWNER \"$TEST_POSTGRES_ROLE\""
  export IMIPORTAL_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Database=$TEST_POSTGRES_ROLE;Username=$TEST_POSTGRES_ROLE;Password=$password"
  echo "PostgreSQL $version ($name, port $port): test role $TEST_POSTGRES_ROLE"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  [ "$#" -gt 0 ] || { echo "usage: scripts/test-postgres.sh <command> [args...]" >&2; exit 2; }
  test_postgres_up
  status=0
  "$@" || status=$?
  exit "$status"
fi
