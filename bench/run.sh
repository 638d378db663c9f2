#!/usr/bin/env bash
# Runs the whole-system benchmark (issue 8): builds if needed; for each store starts the server on
# a fresh store and a free port, runs every measurement over gRPC (writes, queries with tallies,
# rebuild, UCDP GED import through the CLI), stops the server, runs the storage baseline on the
# same database; then writes docs/BENCHMARKS.md.
#
#   bench/run.sh                      full run: H2, then PostgreSQL (10k and 100k events each; < 15 min)
#   bench/run.sh --quick              smoke run (2k and 5k events, short windows; about 5 minutes)
#   bench/run.sh --store h2           one store only (h2, postgresql or both; default both)
#   bench/run.sh --1m --store h2 --out docs/BENCHMARKS-1M.md
#                                     adds the 1M-event size (loading and the rebuild take ~20 min more)
#   bench/run.sh --sizes 10000,50000  any sizes (--pg-sizes for PostgreSQL's)
#   bench/run.sh --keep-stores        keep the H2 files of the run in bench/target/run-*/ (by default
#                                     they are deleted once the run succeeded: a 1M run leaves ~8 GB;
#                                     logs are kept, and everything is kept when the run fails)
#
# The server runs with the JVM options of the README's start command (`java ... -jar
# api-server/target/quarkus-app/quarkus-run.jar`); when they set no -Xmx, -Xmx512m is added.
# PostgreSQL: a throwaway database (and one for the baseline) is created per run and dropped
# after, on WARLEDGER_BENCH_PG_HOST/PORT/USER/PASSWORD (default 127.0.0.1:5432, postgres, no
# password); needs psql. If the server cannot be reached with --store both, only H2 runs.
# The UCDP GED file: WARLEDGER_BENCH_IMPORT_FILE (default ../shared/data/ucdp-ged-pakistan-1989-2019.csv).
# Any other option is passed to `java -jar bench/target/warledger-bench.jar run` (see its --help).
set -euo pipefail
cd "$(dirname "$0")/.."

store=both
quick=""
million=""
sizes_given=""
keep_stores=""
pass=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --quick) quick="--quick"; shift ;;
    --store) store="$2"; shift 2 ;;
    --store=*) store="${1#--store=}"; shift ;;
    --1m) million=1; shift ;;
    --keep-stores) keep_stores=1; shift ;;
    --sizes|--sizes=*) sizes_given=1; pass+=("$1"); shift ;;
    *) pass+=("$1"); shift ;;
  esac
done
case "$store" in h2|postgresql|both) ;; *) echo "--store must be h2, postgresql or both" >&2; exit 2 ;; esac

server_jar=api-server/target/quarkus-app/quarkus-run.jar
bench_jar=bench/target/warledger-bench.jar
stale() {
  [[ ! -f "$server_jar" || ! -f "$bench_jar" ]] && return 0
  ! ls client-cli/target/warledger-client-cli-*-all.jar >/dev/null 2>&1 && return 0
  local newer
  newer=$(find . \( -path '*/target' -o -path './.git' \) -prune -o -type f \
    \( -name '*.java' -o -name '*.proto' -o -name 'pom.xml' -o -name '*.properties' -o -name '*.sql' \) \
    -newer "$bench_jar" -print -quit)
  [[ -n "$newer" ]]
}
if stale; then
  echo "building (mvn -B -q -DskipTests package)..."
  mvn -B -q -DskipTests package
fi

work="bench/target/run-$(date +%Y%m%d-%H%M%S)"
args=(run --server-jar "$server_jar" --work-dir "$work" --store "$store"
      --import-file "${WARLEDGER_BENCH_IMPORT_FILE:-../shared/data/ucdp-ged-pakistan-1989-2019.csv}")
[[ -n "$quick" ]] && args+=("$quick")
if [[ -n "$million" && -z "$sizes_given" ]]; then
  if [[ -n "$quick" ]]; then args+=(--sizes 2000,5000,1000000); else args+=(--sizes 10000,100000,1000000); fi
fi

# The server's JVM options: those of the README's start command, so the figures are the ones a
# reader who follows the README gets.
readme_opts=$(sed -n 's|.*java \(.*\)-jar api-server/target/quarkus-app/quarkus-run\.jar.*|\1|p' README.md | head -n 1)
read -r -a jvm_opts <<< "${readme_opts:-}"
origin="as in the README's start command"
if [[ " ${jvm_opts[*]-} " != *" -Xmx"* ]]; then
  jvm_opts+=(-Xmx512m)
  if [[ ${#jvm_opts[@]} -eq 1 ]]; then
    origin="the README's start command sets no JVM options, so the harness added -Xmx512m (the memory target's bound)"
  else
    origin="those of the README's start command, which sets no -Xmx, so the harness added -Xmx512m"
  fi
fi
for o in "${jvm_opts[@]}"; do args+=("--server-jvm-arg=$o"); done
# and the environment it sets for java (NAME=VALUE words just before it)
readme_env=$(sed -n 's|.*&& *\(\([A-Z_][A-Z0-9_]*=[^ ]* \)*\)java .*-jar api-server/target/quarkus-app/quarkus-run\.jar.*|\1|p' README.md | head -n 1)
read -r -a env_pairs <<< "${readme_env:-}"
for e in "${env_pairs[@]}"; do args+=("--server-env=$e"); done
args+=(--server-jvm-args-origin "$origin")

if [[ "$store" != h2 ]]; then
  : "${WARLEDGER_BENCH_PG_HOST:=127.0.0.1}" "${WARLEDGER_BENCH_PG_PORT:=5432}" "${WARLEDGER_BENCH_PG_USER:=postgres}"
  : "${WARLEDGER_BENCH_PG_PASSWORD:=}"
  export PGPASSWORD="$WARLEDGER_BENCH_PG_PASSWORD"
  psql_() { psql -h "$WARLEDGER_BENCH_PG_HOST" -p "$WARLEDGER_BENCH_PG_PORT" -U "$WARLEDGER_BENCH_PG_USER" \
                 -d postgres -v ON_ERROR_STOP=1 -q "$@"; }
  if ! command -v psql >/dev/null || ! psql_ -c 'SELECT 1' >/dev/null 2>&1; then
    if [[ "$store" == postgresql ]]; then
      echo "PostgreSQL at $WARLEDGER_BENCH_PG_HOST:$WARLEDGER_BENCH_PG_PORT cannot be reached (psql)." >&2
      exit 1
    fi
    echo "PostgreSQL cannot be reached: running H2 only." >&2
    for i in "${!args[@]}"; do [[ "${args[$i]}" == both ]] && args[$i]=h2; done
    args+=(--note "PostgreSQL not run: $WARLEDGER_BENCH_PG_HOST:$WARLEDGER_BENCH_PG_PORT could not be reached with psql.")
  else
    db="wlbench_$(date +%s)_$$"
    drop() { psql_ -c "DROP DATABASE IF EXISTS ${db} WITH (FORCE)" -c "DROP DATABASE IF EXISTS ${db}_baseline WITH (FORCE)" || true; }
    trap drop EXIT
    psql_ -c "CREATE DATABASE ${db}" -c "CREATE DATABASE ${db}_baseline"
    url="jdbc:postgresql://${WARLEDGER_BENCH_PG_HOST}:${WARLEDGER_BENCH_PG_PORT}/${db}"
    pg_version=$(psql_ -t -A -c 'SHOW server_version')
    pg_settings=$(psql_ -t -A -c "SELECT string_agg(name || '=' || current_setting(name), ', ' ORDER BY name) FROM pg_settings
      WHERE name IN ('fsync','synchronous_commit','shared_buffers','max_connections','wal_level')")
    args+=(--pg-url "$url" --pg-baseline-url "${url}_baseline"
           --pg-user "$WARLEDGER_BENCH_PG_USER" --pg-password "$WARLEDGER_BENCH_PG_PASSWORD"
           --note "PostgreSQL ${pg_version} at ${WARLEDGER_BENCH_PG_HOST}:${WARLEDGER_BENCH_PG_PORT} on the same machine (${pg_settings}); a fresh database per run, dropped afterwards.")
  fi
fi

rc=0
java -jar "$bench_jar" "${args[@]}" "${pass[@]+"${pass[@]}"}" || rc=$?
# The H2 stores of a run take gigabytes; once the report is written they are not needed.
if [[ $rc -eq 0 && -z "$keep_stores" && -d "$work" ]]; then
  freed=$(find "$work" -type f \( -name '*.mv.db' -o -name '*.trace.db' -o -name '*.tempFile' \) -printf '%s\n' \
    | awk '{s += $1} END {printf "%.1f", s / 1048576}')
  find "$work" -type f \( -name '*.mv.db' -o -name '*.trace.db' -o -name '*.tempFile' \) -delete
  echo "removed the run's H2 files from $work (${freed} MiB; --keep-stores keeps them)"
fi
exit $rc
