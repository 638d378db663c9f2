#!/usr/bin/env bash
# Runs the whole-system benchmark (issue 8): builds if needed, starts the server on a fresh store
# and a free port, runs every measurement over gRPC, stops the server, runs the storage baseline,
# and writes docs/BENCHMARKS.md.
#
#   bench/run.sh                      full run on H2 (about 5 minutes on 2 cores)
#   bench/run.sh --quick              smoke run (about 2 minutes)
#   bench/run.sh --sizes 10000,100000,1000000    also time the queries at 1M events (adds minutes)
#   bench/run.sh --store postgresql   PostgreSQL variant, once the server supports warledger.store
#                                     (needs WARLEDGER_BENCH_PG_HOST/PORT/USER/PASSWORD, psql)
# Any other option is passed to `java -jar bench/target/warledger-bench.jar run` (see its --help).
set -euo pipefail
cd "$(dirname "$0")/.."

store=h2
quick=""
pass=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --quick) quick="--quick"; shift ;;
    --store) store="$2"; shift 2 ;;
    --store=*) store="${1#--store=}"; shift ;;
    *) pass+=("$1"); shift ;;
  esac
done

server_jar=api-server/target/quarkus-app/quarkus-run.jar
bench_jar=bench/target/warledger-bench.jar
stale() {
  [[ ! -f "$server_jar" || ! -f "$bench_jar" ]] && return 0
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
args=(run --server-jar "$server_jar" --work-dir "$work" --store "$store")
[[ -n "$quick" ]] && args+=("$quick")

if [[ "$store" == postgresql ]]; then
  if ! grep -rqs 'warledger.store' api-server/src/main/resources/application.properties; then
    echo "PostgreSQL variant skipped: this server has no warledger.store=postgresql yet (H2 only)." >&2
    exit 0
  fi
  : "${WARLEDGER_BENCH_PG_HOST:=localhost}" "${WARLEDGER_BENCH_PG_PORT:=5432}" "${WARLEDGER_BENCH_PG_USER:=postgres}"
  : "${WARLEDGER_BENCH_PG_PASSWORD:=}"
  db="wlbench_$(date +%s)"
  export PGPASSWORD="$WARLEDGER_BENCH_PG_PASSWORD"
  psql_() { psql -h "$WARLEDGER_BENCH_PG_HOST" -p "$WARLEDGER_BENCH_PG_PORT" -U "$WARLEDGER_BENCH_PG_USER" -v ON_ERROR_STOP=1 -q "$@"; }
  psql_ -d postgres -c "CREATE DATABASE ${db}" -c "CREATE DATABASE ${db}_baseline"
  trap 'psql_ -d postgres -c "DROP DATABASE IF EXISTS ${db}" -c "DROP DATABASE IF EXISTS ${db}_baseline" || true' EXIT
  url="jdbc:postgresql://${WARLEDGER_BENCH_PG_HOST}:${WARLEDGER_BENCH_PG_PORT}/${db}"
  # The server-side property names follow the PostgreSQL store's configuration; adjust here if they differ.
  args+=(--pg-url "$url" --pg-baseline-url "${url}_baseline"
         --pg-user "$WARLEDGER_BENCH_PG_USER" --pg-password "$WARLEDGER_BENCH_PG_PASSWORD"
         --server-jvm-arg=-Dwarledger.store=postgresql
         --server-jvm-arg="-Dwarledger.postgresql.url=$url"
         --server-jvm-arg="-Dwarledger.postgresql.username=$WARLEDGER_BENCH_PG_USER"
         --server-jvm-arg="-Dwarledger.postgresql.password=$WARLEDGER_BENCH_PG_PASSWORD"
         --out docs/BENCHMARKS-postgresql.md)
else
  args+=(--note "PostgreSQL variant not run: the server has no warledger.store=postgresql in this build; run bench/run.sh --store postgresql once it has.")
  grep -rqs 'warledger.store' api-server/src/main/resources/application.properties && args=("${args[@]:0:${#args[@]}-2}")
fi

exec java -jar "$bench_jar" "${args[@]}" "${pass[@]+"${pass[@]}"}"
