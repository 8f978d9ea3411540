#!/usr/bin/env bash
# The portal's benchmark, with its two baselines measured in the same run. See bench/README.md.
#   ./bench/run.sh           realistic volumes (100k members, 1M consent events, ...): about 15-20 minutes
#   ./bench/run.sh --smoke   tiny volumes, a few seconds per target: checks the harness end to end, never the speed
# Prints one table and writes it to artifacts/bench/results.md (or results-smoke.md).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

mode=full
build=yes
for arg in "$@"; do
  case "$arg" in
    --smoke) mode=smoke ;;
    --no-build) build=no ;;
    *) echo "usage: $0 [--smoke] [--no-build]" >&2; exit 2 ;;
  esac
done

# Smoke runs use few connections: on a busy machine 64 queued requests to a page could outlast a 2 s run.
if [ "$mode" = smoke ]; then
  warmup=1 duration=2 save_duration=2 cold_runs=1 results=artifacts/bench/results-smoke.md default_connections=8
  pair_rounds=1 pair_window=1
else
  warmup=20 duration=15 save_duration=10 cold_runs=3 results=artifacts/bench/results.md default_connections=64
  pair_rounds=4 pair_window=5
fi
connections=${BENCH_CONNECTIONS:-$default_connections}
threads=${BENCH_THREADS:-2}
save_connections=${BENCH_SAVE_CONNECTIONS:-8}
port_app=${BENCH_PORT:-5181}
port_stock=$((port_app + 1))
port_bare=$((port_app + 2))

out="$root/artifacts/bench"
work="$out/$mode"
bin="$out/bin"
rm -rf "$work"
mkdir -p "$work" "$bin"

step() { printf '\n== %s\n' "$*" >&2; }
fail() { echo "bench: $*" >&2; exit 1; }
now_ms() { date +%s%3N; }

# ---------------------------------------------------------------------------------------------------------------
step "wrk (load generator)"
if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's wrk package..." >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
  else
    fail "wrk is missing: install it (Debian: sudo apt-get install wrk)."
  fi
fi
command -v curl >/dev/null || fail "curl is missing."

# ---------------------------------------------------------------------------------------------------------------
# Full runs measure the published Release build. Smoke runs use the Debug build (the test command has just built the
# solution, which includes the generator and the bare baseline; --no-build skips even the up-to-date check).
if [ "$mode" = full ]; then
  step "Build: the portal (Release, published), the data generator, bare Kestrel"
  # ReadyToRun, as docs/operations.md recommends for production: the portal starts without JIT-compiling itself.
  # (Its compiler package comes from the package registry on the first run.)
  dotnet publish src/ImiPortal.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    -o "$bin/app" -nologo -v quiet
  dotnet publish bench/ImiPortal.Bench.DataGen -c Release -o "$bin/datagen" -nologo -v quiet
  dotnet publish bench/baselines/Bare -c Release -o "$bin/bare" -nologo -v quiet
  app_dir="$bin/app" datagen_dir="$bin/datagen" bare_dir="$bin/bare"
else
  if [ "$build" = yes ]; then
    step "Build: the portal, the data generator, bare Kestrel (Debug, for the smoke run)"
    dotnet build bench/ImiPortal.Bench.DataGen -c Debug -nologo -v quiet
    dotnet build bench/baselines/Bare -c Debug -nologo -v quiet
  fi
  app_dir="$root/src/ImiPortal.Web/bin/Debug/net10.0"
  datagen_dir="$root/bench/ImiPortal.Bench.DataGen/bin/Debug/net10.0"
  bare_dir="$root/bench/baselines/Bare/bin/Debug/net10.0"
fi

step "Build: the stock 'dotnet new mvc --auth Individual' template (created once, then reused)"
stock="$out/stock"
if ! [ -f "$stock/out/StockMvc.dll" ]; then
  rm -rf "$stock"
  mkdir -p "$stock"
  # Keep the project's own build rules (central package versions, warnings as errors) out of the stock template.
  echo '<Project />' > "$stock/Directory.Build.props"
  echo '<Project />' > "$stock/Directory.Build.targets"
  echo '<Project />' > "$stock/Directory.Packages.props"
  dotnet new mvc --auth Individual -n StockMvc -o "$stock/src" >/dev/null
  # The one change: no email confirmation, since the harness has no inbox (the template has no email sender).
  sed -i 's/RequireConfirmedAccount = true/RequireConfirmedAccount = false/' "$stock/src/Program.cs"
  grep -q 'RequireConfirmedAccount = false' "$stock/src/Program.cs" || fail "could not adapt the stock template's Program.cs"
  dotnet publish "$stock/src" -c Release -o "$stock/out" -nologo -v quiet
fi

# ---------------------------------------------------------------------------------------------------------------
step "Data: a fresh SQLite database with the real migrations ($mode volumes)"
db="$work/portal.db"
datagen() { dotnet "$datagen_dir/ImiPortal.Bench.DataGen.dll" "$@" --db "$db"; }
datagen generate --scale "$mode" | tee "$work/generate.txt" >&2
generate_seconds=$(sed -n 's/^generate_seconds=//p' "$work/generate.txt")
member_email=bench.member@example.org
saver_email=bench.saver@example.org
staff_email=bench.staff@example.org
password=Bench-Portal-Passphrase-2026

# ---------------------------------------------------------------------------------------------------------------
# Servers: one at a time, each in its own process; $server_pid is the process measured.
server_pid=""
stop_server() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
  fi
}
# The paired phase runs the stock template beside the portal: its process is $stock_pid.
stock_pid=""
stop_stock() {
  if [ -n "$stock_pid" ]; then
    kill "$stock_pid" 2>/dev/null || true
    wait "$stock_pid" 2>/dev/null || true
    stock_pid=""
  fi
}
trap 'stop_server; stop_stock' EXIT

start_server() { # name; the command follows
  local name=$1
  shift
  "$@" >>"$work/$name.log" 2>&1 &
  server_pid=$!
}

start_app() {
  start_server app env ASPNETCORE_ENVIRONMENT=Testing ASPNETCORE_URLS="http://127.0.0.1:$port_app" \
    ConnectionStrings__Sqlite="Data Source=$db" DataFolder="$work/app-data" Database__Provider=Sqlite \
    Seed__DemoData=false Jobs__Enabled=false \
    dotnet "$app_dir/ImiPortal.Web.dll" --contentRoot "$app_dir"
}
start_stock() {
  [ -f "$work/stock-app.db" ] || cp "$stock/out/app.db" "$work/stock-app.db"
  start_server stock env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port_stock" \
    ConnectionStrings__DefaultConnection="DataSource=$work/stock-app.db;Cache=Shared" \
    dotnet "$stock/out/StockMvc.dll" --contentRoot "$stock/out"
}
start_bare() {
  start_server bare env ASPNETCORE_URLS="http://127.0.0.1:$port_bare" dotnet "$bare_dir/Bare.dll" --contentRoot "$bare_dir"
}

# Milliseconds from the start of the process to the first 200 of the URL.
wait_for_200() { # url start_ms
  local url=$1 started=$2 deadline=$(( $(date +%s) + 180 ))
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$url" || true)" = 200 ]; do
    kill -0 "$server_pid" 2>/dev/null || fail "the server for $url stopped; see $work/*.log"
    [ "$(date +%s)" -lt "$deadline" ] || fail "$url did not answer 200 within 180 s"
    sleep 0.01
  done
  echo $(( $(now_ms) - started ))
}

cold_start() { # name url: the median of $cold_runs starts
  local name=$1 url=$2 times=() i
  for ((i = 0; i < cold_runs; i++)); do
    local started
    started=$(now_ms)
    "start_$name"
    times+=("$(wait_for_200 "$url" "$started")")
    stop_server
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

reset_peak() { echo 5 > "/proc/$server_pid/clear_refs" 2>/dev/null || true; }
peak_mib() { awk '/^VmHWM:/ {printf "%.0f", $2/1024}' "/proc/$server_pid/status"; }
rss_mib() { awk '/^VmRSS:/ {printf "%.0f", $2/1024}' "/proc/$server_pid/status"; }

# ---------------------------------------------------------------------------------------------------------------
# Logging in with real forms: the token from the page, the cookies in a jar, the Cookie header for wrk.
token_from() { sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' "$1" | head -n1; }
cookie_header() { awk -F'\t' '(!/^#/ || /^#HttpOnly_/) && NF >= 7 {printf "%s%s=%s", sep, $6, $7; sep="; "}' "$1"; }

form_login() { # base login_path jar field_prefix email password
  local base=$1 path=$2 jar=$3 prefix=$4 email=$5 pass=$6 page token code
  page=$(mktemp)
  curl -s -c "$jar" -b "$jar" "$base$path" -o "$page"
  token=$(token_from "$page")
  rm -f "$page"
  [ -n "$token" ] || fail "no antiforgery token on $base$path"
  code=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" "$base$path" \
    --data-urlencode "${prefix}Email=$email" --data-urlencode "${prefix}Password=$pass" --data-urlencode "__RequestVerificationToken=$token")
  [ "$code" = 302 ] || fail "login at $base$path answered $code, not 302"
  # As a browser does: follow the redirect, which also consumes any one-off message cookie set with it (TempData),
  # so that wrk does not send a stale one with every request.
  curl -s -o /dev/null -L -c "$jar" -b "$jar" "$base/"
}

stock_register() { # base jar
  local base=$1 jar=$2 page token code
  page=$(mktemp)
  curl -s -c "$jar" -b "$jar" "$base/Identity/Account/Register" -o "$page"
  token=$(token_from "$page")
  rm -f "$page"
  code=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" "$base/Identity/Account/Register" \
    --data-urlencode "Input.Email=bench@example.org" --data-urlencode "Input.Password=Bench-Passw0rd!" \
    --data-urlencode "Input.ConfirmPassword=Bench-Passw0rd!" --data-urlencode "__RequestVerificationToken=$token")
  [ "$code" = 302 ] || fail "registering on the stock template answered $code, not 302"
  rm -f "$jar"
}

expect_200() { # url cookie
  local code
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $2" "$1")
  [ "$code" = 200 ] || fail "$1 answered $code, not 200 (target not measured)"
}

# ---------------------------------------------------------------------------------------------------------------
# wrk: a warm-up, then the measured run; one row of results per target in $work/load.tsv.
to_ms() { awk '{v=$1; if (v ~ /us$/) {sub(/us$/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v*=1000}; printf "%.2f", v}'; }

load() { # label url cookie
  local label=$1 url=$2 cookie=${3:-} report="$work/wrk-$(echo "$1" | tr -c 'A-Za-z0-9' '-').txt" args=()
  [ -n "$cookie" ] && args=(-H "Cookie: $cookie")
  expect_200 "$url" "$cookie"
  wrk -t "$threads" -c "$connections" -d "${warmup}s" --timeout 10s "${args[@]}" "$url" >/dev/null
  reset_peak
  wrk -t "$threads" -c "$connections" -d "${duration}s" --timeout 10s --latency "${args[@]}" "$url" >"$report"
  # Errors under load are results (the errors column), not a broken harness: only say so.
  local after
  after=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$url")
  [ "$after" = 200 ] || echo "  note: $label answered $after right after its load run (see $work/app.log)" >&2
  local rps p50 p99 errors
  rps=$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' "$report")
  p50=$(awk '$1 == "50%" {print $2}' "$report" | to_ms)
  p99=$(awk '$1 == "99%" {print $2}' "$report" | to_ms)
  errors=$(awk '/Socket errors:/ {gsub(",", ""); e += $4 + $6 + $8 + $10} /Non-2xx or 3xx responses:/ {e += $5} END {print e + 0}' "$report")
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$rps" "$p50" "$p99" "$errors" "$(peak_mib)" >>"$work/load.tsv"
  printf '  %-34s %8s req/s  p50 %7s ms  p99 %7s ms  errors %s\n' "$label" "$rps" "$p50" "$p99" "$errors" >&2
}

: >"$work/load.tsv"

# ---------------------------------------------------------------------------------------------------------------
step "Cold start to the first 200 (median of $cold_runs)"
cold_bare=$(cold_start bare "http://127.0.0.1:$port_bare/")
cold_stock=$(cold_start stock "http://127.0.0.1:$port_stock/")
cold_app=$(cold_start app "http://127.0.0.1:$port_app/")
echo "  bare ${cold_bare} ms, stock template ${cold_stock} ms, portal ${cold_app} ms" >&2

step "Load: bare Kestrel"
start_bare
wait_for_200 "http://127.0.0.1:$port_bare/" "$(now_ms)" >/dev/null
load "Bare Kestrel \"Hello\"" "http://127.0.0.1:$port_bare/"
stop_server

step "Load: the stock template's /Identity/Account/Manage (registered, logged in)"
start_stock
base="http://127.0.0.1:$port_stock"
wait_for_200 "$base/" "$(now_ms)" >/dev/null
stock_register "$base" "$work/stock.jar"
form_login "$base" /Identity/Account/Login "$work/stock.jar" Input. bench@example.org 'Bench-Passw0rd!'
load "Stock template: Manage" "$base/Identity/Account/Manage" "$(cookie_header "$work/stock.jar")"
stop_server

step "Load: the portal"
start_app
base="http://127.0.0.1:$port_app"
wait_for_200 "$base/" "$(now_ms)" >/dev/null
form_login "$base" /Account/Login "$work/member.jar" "" "$member_email" "$password"
form_login "$base" /Account/Login "$work/staff.jar" "" "$staff_email" "$password"
member_cookie=$(cookie_header "$work/member.jar")
staff_cookie=$(cookie_header "$work/staff.jar")
request_id=$(curl -s -H "Cookie: $staff_cookie" "$base/Staff/Requests?sort=due" | grep -oE '/Staff/Requests/Details/[0-9a-fA-F-]{36}' | head -n1 | sed 's#.*/##' || true)
[ -n "$request_id" ] || fail "no request on the staff queue"
# The deep page (at 4/5 of the open requests, at least page 2) as the pager reaches it: its "Next page" link (a keyset
# cursor), computed by the queue's own code. The runner counts the pages: the queue itself counts only to 1,000.
cursor_out=$(datagen queue-cursor --page deep --query "status=open&sort=due")
deep_page=$(echo "$cursor_out" | sed -n 's/^queue_page=//p')
deep_query=$(echo "$cursor_out" | sed -n 's/^queue_query=//p')
[ -n "$deep_query" ] || fail "no cursor for page $deep_page of the staff queue"

load "Portal: home (anonymous)" "$base/"
load "Portal: login page (anonymous)" "$base/Account/Login"
load "Portal: My details" "$base/Details" "$member_cookie"
load "Portal: Preferences" "$base/Preferences" "$member_cookie"
load "Portal: My requests" "$base/Requests/Mine" "$member_cookie"
load "Portal: staff queue page 1" "$base/Staff/Requests?status=open&sort=due" "$staff_cookie"
load "Portal: staff queue page $deep_page" "$base/Staff/Requests?$deep_query" "$staff_cookie"
load "Portal: staff request page" "$base/Staff/Requests/Details/$request_id" "$staff_cookie"
rss_after_load=$(rss_mib)

step "Preference save: concurrent POSTs of the real form, ${warmup} s warm-up, then ${save_duration} s counted against the consent ledger"
# The saves go to a member of their own (bench.saver): each adds a consent event, and the bench member's pages,
# measured again in the paired phase below, must show the same data as in the load runs above.
form_login "$base" /Account/Login "$work/saver.jar" "" "$saver_email" "$password"
page=$(mktemp)
curl -s -c "$work/saver.jar" -b "$work/saver.jar" "$base/Preferences" -o "$page"
token=$(token_from "$page")
rm -f "$page"
[ -n "$token" ] || fail "no antiforgery token on /Preferences"
saver_cookie=$(cookie_header "$work/saver.jar")
# Each POST ticks email marketing on a form that showed it unticked: exactly one consent event per save.
cat >"$work/save.lua" <<EOF
wrk.method = "POST"
wrk.body = "Chosen=channel%3AEmail&__RequestVerificationToken=$token"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = "$saver_cookie"
EOF
code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $saver_cookie" -H "Content-Type: application/x-www-form-urlencoded" \
  --data "Chosen=channel%3AEmail&__RequestVerificationToken=$token" "$base/Preferences")
[ "$code" = 302 ] || fail "saving preferences answered $code, not 302"
# Warmed up like every load target above (see "Why the warm-up is 20 s" in docs/performance.md); then counted.
wrk -t "$threads" -c "$save_connections" -d "${warmup}s" --timeout 10s -s "$work/save.lua" "$base/Preferences" >/dev/null
events_before=$(datagen count-consent | sed -n 's/^consent_events=//p')
wrk -t "$threads" -c "$save_connections" -d "${save_duration}s" --timeout 10s -s "$work/save.lua" "$base/Preferences" >"$work/wrk-save.txt"
sleep 1
events_after=$(datagen count-consent | sed -n 's/^consent_events=//p')
save_requests=$(awk '/requests in/ {print $1}' "$work/wrk-save.txt")
save_bad=$(awk '/Socket errors:/ {gsub(",", ""); e += $4 + $6 + $8 + $10} /Non-2xx or 3xx responses:/ {e += $5} END {print e + 0}' "$work/wrk-save.txt")
save_ok=$((save_requests - save_bad))
save_events=$((events_after - events_before))
save_rate=$(awk -v n="$save_ok" -v d="$save_duration" 'BEGIN {printf "%.0f", n / d}')
save_lost=$(( save_ok > save_events ? save_ok - save_events : 0 ))
echo "  $save_ok saves answered (errors $save_bad), $save_events consent events recorded, lost $save_lost" >&2

step "Audience CSV export (staff endpoint, post, first topic)"
topic=$(curl -s -H "Cookie: $staff_cookie" "$base/Staff/Marketing/Audience" | grep -oE '<option value="[0-9]+"' | head -n1 | grep -oE '[0-9]+' || true)
[ -n "$topic" ] || fail "no topic on the audience form"
reset_peak
audience_time=$(curl -s -o "$work/audience.csv" -w '%{http_code} %{time_total}' -H "Cookie: $staff_cookie" \
  "$base/Staff/Marketing/Audience?Channel=Post&TopicId=$topic")
[ "${audience_time%% *}" = 200 ] || fail "the audience export answered ${audience_time%% *}"
audience_ms=$(awk -v t="${audience_time#* }" 'BEGIN {printf "%.0f", t * 1000}')
audience_rows=$(( $(wc -l <"$work/audience.csv") - 1 ))
audience_peak=$(peak_mib)
echo "  $audience_rows members in ${audience_ms} ms" >&2
stop_server

# The stock page is measured a second time, late in the run: in two full runs its first measurement (early, right
# after the data generation and the cold starts) came out 2-3x slower than spot checks of the same page. The ratios
# are taken against the faster of the two, so that a slow phase of the machine cannot flatter the portal.
step "Load: the stock template's Manage page again, after the portal's targets"
start_stock
base="http://127.0.0.1:$port_stock"
wait_for_200 "$base/" "$(now_ms)" >/dev/null
rm -f "$work/stock.jar"
form_login "$base" /Identity/Account/Login "$work/stock.jar" Input. bench@example.org 'Bench-Passw0rd!'
load "Stock template: Manage, again" "$base/Identity/Account/Manage" "$(cookie_header "$work/stock.jar")"
stop_server

# ---------------------------------------------------------------------------------------------------------------
# Paired with the stock page. The targets that the issue compares with the stock Manage page are measured again with
# both servers up, in alternating windows: the stock page for $pair_window s, the portal's target for $pair_window s, and
# so on for $pair_rounds rounds. Both sides of each ratio then see the same moments of a shared machine, whose other
# tenants moved the sequential figures above by 20-50% between runs. The verdicts on these targets use the median of
# the rounds' ratios, and the median of the portal's p99s.
step "Paired: the stock Manage page and each compared target in alternating ${pair_window} s windows, ${pair_rounds} rounds"
start_stock
stock_base="http://127.0.0.1:$port_stock"
wait_for_200 "$stock_base/" "$(now_ms)" >/dev/null
stock_pid=$server_pid
server_pid=""
rm -f "$work/stock.jar"
form_login "$stock_base" /Identity/Account/Login "$work/stock.jar" Input. bench@example.org 'Bench-Passw0rd!'
stock_cookie=$(cookie_header "$work/stock.jar")
stock_url="$stock_base/Identity/Account/Manage"
start_app
base="http://127.0.0.1:$port_app"
wait_for_200 "$base/" "$(now_ms)" >/dev/null
expect_200 "$stock_url" "$stock_cookie"
wrk -t "$threads" -c "$connections" -d "${warmup}s" --timeout 10s -H "Cookie: $stock_cookie" "$stock_url" >/dev/null
: >"$work/paired.tsv"

window() { # label side url cookie: one measured window, appended to paired.tsv
  local report="$work/wrk-window.txt"
  wrk -t "$threads" -c "$connections" -d "${pair_window}s" --timeout 10s --latency -H "Cookie: $4" "$3" >"$report"
  printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' "$report")" \
    "$(awk '$1 == "99%" {print $2}' "$report" | to_ms)" >>"$work/paired.tsv"
}
paired() { # label url cookie
  local label=$1 url=$2 cookie=$3 round
  expect_200 "$url" "$cookie"
  wrk -t "$threads" -c "$connections" -d "${warmup}s" --timeout 10s -H "Cookie: $cookie" "$url" >/dev/null
  for round in $(seq "$pair_rounds"); do
    window "$label" stock "$stock_url" "$stock_cookie"
    window "$label" portal "$url" "$cookie"
  done
  printf '  %-34s %s\n' "$label" "$(awk -F'\t' -v l="$label" '$1 == l {printf "%s %s req/s  ", $2, $3}' "$work/paired.tsv")" >&2
}
paired "Portal: My details" "$base/Details" "$member_cookie"
paired "Portal: Preferences" "$base/Preferences" "$member_cookie"
paired "Portal: staff queue page 1" "$base/Staff/Requests?status=open&sort=due" "$staff_cookie"
stop_server
stop_stock

step "Export of the member with the large ledger (the app's AccessPackageWriter, in a runner process)"
datagen export | tee "$work/export.txt" >&2
kv() { sed -n "s/^$1=//p" "$2"; }

step "Retention sweep over the whole database (the app's RetentionSweep, in a runner process)"
datagen sweep | tee "$work/sweep.txt" >&2

# ---------------------------------------------------------------------------------------------------------------
step "Results"
# The baseline: the faster of the stock page's two measurements.
manage_rps=$(awk -F'\t' '$1 ~ /^Stock template/ && $2 + 0 > m {m = $2 + 0} END {print m + 0}' "$work/load.tsv")
bare_rps=$(awk -F'\t' '$1 ~ /^Bare/ {print $2}' "$work/load.tsv")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b + 0 == 0) print "-"; else printf "%.2f", a / b}'; }
verdict() { if awk "BEGIN {exit !($1)}"; then echo "met"; else echo "**missed**"; fi; }

rps_of() { awk -F'\t' -v l="$1" '$1 == l {print $2}' "$work/load.tsv"; }
p99_of() { awk -F'\t' -v l="$1" '$1 == l {print $4}' "$work/load.tsv"; }
queue_rps=$(rps_of "Portal: staff queue page 1"); deep_rps=$(rps_of "Portal: staff queue page $deep_page")
median() { sort -n | awk '{v[NR] = $1} END {if (NR == 0) print 0; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f", (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
paired_of() { awk -F'\t' -v l="$1" -v s="$2" -v c="$3" '$1 == l && $2 == s {print $c}' "$work/paired.tsv" | median; } # label side column
# Each round's ratio: the portal's window over the stock window just before it.
paired_ratio() { awk -F'\t' -v l="$1" '$1 == l && $2 == "stock" {s = $3} $1 == l && $2 == "portal" && s > 0 {printf "%.4f\n", $3 / s}' "$work/paired.tsv" | median; }
two() { awk -v v="$1" 'BEGIN {printf "%.2f", v}'; }
details_x=$(paired_ratio "Portal: My details"); prefs_x=$(paired_ratio "Portal: Preferences"); queue_x=$(paired_ratio "Portal: staff queue page 1")
details_p99=$(paired_of "Portal: My details" portal 4); prefs_p99=$(paired_of "Portal: Preferences" portal 4)
export_ms=$(kv export_ms "$work/export.txt"); export_peak=$(kv export_peak_rss_mib "$work/export.txt")
export_small_peak=$(kv export_small_peak_rss_mib "$work/export.txt"); export_rows=$(kv export_rows "$work/export.txt")
export_small_rows=$(kv export_small_rows "$work/export.txt")
export_growth=$(awk -v a="$export_peak" -v b="$export_small_peak" 'BEGIN {printf "%.0f", a - b}')
sweep_ms=$(kv sweep_ms "$work/sweep.txt"); sweep_peak=$(kv sweep_peak_rss_mib "$work/sweep.txt")
sweep_rows=$(kv sweep_rows_in_scope "$work/sweep.txt"); sweep_affected=$(kv sweep_affected "$work/sweep.txt")

{
  echo "# Benchmark results ($mode)"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(dotnet --version) SDK; wrk -t$threads -c$connections, ${warmup} s warm-up, ${duration} s measured per target."
  echo "Data: $(grep -c '^#' "$work/generate.txt") generation steps in ${generate_seconds} s ($(sed -n 's/^size_mib=//p' "$work/generate.txt") MiB database)."
  echo "The stock Manage page is measured twice, early and late in the run; \"× stock Manage\" is against the faster (${manage_rps} req/s)."
  echo
  echo "| target | req/s | × stock Manage | × bare Kestrel | p50 ms | p99 ms | errors | peak RSS MiB |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  while IFS=$'\t' read -r label rps p50 p99 errors peak; do
    echo "| $label | $rps | $(ratio "$rps" "$manage_rps") | $(ratio "$rps" "$bare_rps") | $p50 | $p99 | $errors | $peak |"
  done <"$work/load.tsv"
  echo
  echo "Paired with the stock Manage page: both servers up, alternating ${pair_window} s windows, ${pair_rounds} rounds per target (medians)."
  echo
  echo "| target | req/s | stock Manage req/s, same rounds | × stock Manage (median of rounds) | p99 ms | stock p99 ms |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: |"
  for label in "Portal: My details" "Portal: Preferences" "Portal: staff queue page 1"; do
    echo "| $label | $(paired_of "$label" portal 3) | $(paired_of "$label" stock 3) | $(two "$(paired_ratio "$label")") | $(paired_of "$label" portal 4) | $(paired_of "$label" stock 4) |"
  done
  echo
  echo "| single shot | measured | baseline / ratio |"
  echo "| --- | ---: | ---: |"
  echo "| cold start to first 200: portal | ${cold_app} ms | × stock $(ratio "$cold_app" "$cold_stock") |"
  echo "| cold start to first 200: stock template | ${cold_stock} ms | × bare $(ratio "$cold_stock" "$cold_bare") |"
  echo "| cold start to first 200: bare Kestrel | ${cold_bare} ms | |"
  echo "| portal RSS after the load runs | ${rss_after_load} MiB | |"
  echo "| preference save ($save_connections concurrent, ${save_duration} s) | ${save_rate} /s | ${save_ok} answered, ${save_events} events, ${save_lost} lost |"
  echo "| export, ${export_rows} ledger rows | ${export_ms} ms | peak RSS ${export_peak} MiB (${export_small_rows} rows: ${export_small_peak} MiB) |"
  echo "| retention sweep, ${sweep_rows} rows in scope | ${sweep_ms} ms | peak RSS ${sweep_peak} MiB, ${sweep_affected} rows removed or anonymised |"
  echo "| audience CSV (post), ${audience_rows} members | ${audience_ms} ms | server peak RSS ${audience_peak} MiB |"
  echo
  echo "| target of issue #11 | measured | verdict |"
  echo "| --- | --- | --- |"
  echo "| My details ≥ 1.5× Manage req/s, p99 ≤ 50 ms (paired) | $(two "$details_x")×, ${details_p99} ms | $(verdict "$details_x >= 1.5 && $details_p99 <= 50") |"
  echo "| Preferences ≥ 1.5× Manage req/s, p99 ≤ 50 ms (paired) | $(two "$prefs_x")×, ${prefs_p99} ms | $(verdict "$prefs_x >= 1.5 && $prefs_p99 <= 50") |"
  echo "| staff queue page 1 ≥ 1× Manage (paired) | $(two "$queue_x")× | $(verdict "$queue_x >= 1") |"
  echo "| deep queue page no more than 2× slower than page 1 | page 1 is $(ratio "$queue_rps" "$deep_rps")× page $deep_page | $(verdict "$deep_rps * 2 >= $queue_rps") |"
  echo "| preference save ≥ 500/s, no lost event | ${save_rate}/s, ${save_lost} lost | $(verdict "$save_rate >= 500 && $save_lost == 0") |"
  echo "| export of ${export_rows} ledger rows < 1 s, memory flat | ${export_ms} ms, +${export_growth} MiB over a ${export_small_rows}-row export | $(verdict "$export_ms < 1000 && $export_growth <= 32") |"
  echo "| retention sweep < 60 s, peak RSS < 300 MB | $(awk -v m="$sweep_ms" 'BEGIN {printf "%.1f", m / 1000}') s, ${sweep_peak} MiB | $(verdict "$sweep_ms < 60000 && $sweep_peak * 1.048576 < 300") |"
  echo "| cold start ≤ 1.5× the stock template's | $(ratio "$cold_app" "$cold_stock")× | $(verdict "$cold_app <= 1.5 * $cold_stock") |"
  if [ "$mode" = smoke ]; then
    echo
    echo "Smoke volumes and durations: these figures check that the harness works, not how fast the portal is."
  fi
} >"$root/$results"

echo >&2
cat "$root/$results"
echo >&2
echo "Written to $results; server logs and wrk reports in artifacts/bench/$mode/." >&2
