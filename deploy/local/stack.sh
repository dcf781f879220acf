# The local stack behind ./switchboard up|down|status|logs|demo|token. Sourced by ./switchboard.
# Everything listens on 127.0.0.1; data and logs live in .switchboard/ (removed by `up --fresh`).
# The directory and every port can be moved with environment variables, so that system-tests and
# benchmarks run a stack of their own beside a developer's: SWITCHBOARD_STACK_DIR,
# SWITCHBOARD_KAFKA_PORT, SWITCHBOARD_POSTGRES_PORT, SWITCHBOARD_SIMULATOR_PORT and
# SWITCHBOARD_SERVICE_PORT (the first of five consecutive service ports).

STACK_DIR="${SWITCHBOARD_STACK_DIR:-.switchboard}"
KAFKA_PORT="${SWITCHBOARD_KAFKA_PORT:-19092}"
PG_PORT="${SWITCHBOARD_POSTGRES_PORT:-15432}"
SIM_PORT="${SWITCHBOARD_SIMULATOR_PORT:-8090}"
SERVICE_PORT="${SWITCHBOARD_SERVICE_PORT:-8081}"
WATCHER_PORT=$SERVICE_PORT
RULES_PORT=$((SERVICE_PORT + 1))
INVENTORY_PORT=$((SERVICE_PORT + 2))
ASSIGNER_PORT=$((SERVICE_PORT + 3))
PRESENCE_PORT=$((SERVICE_PORT + 4))
DEMO_TENANT="5e1f0c3a-7b2d-4c8e-9a61-2f4b8d0e6a11"
APP_ID="3f6c9b0e-1d4a-4f7e-8c2b-6a5d9e0f1b22"
APP_SECRET="switchboard-local-secret"
ADMIN_APP_ID="9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c33"
ADMIN_APP_SECRET="switchboard-admin-cli-secret"
HR_APP_ID="6d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f55"
HR_APP_SECRET="demo-hr-onboarding-secret"
SERVICES="directory-watcher:$WATCHER_PORT rule-engine:$RULES_PORT number-inventory:$INVENTORY_PORT teams-assigner:$ASSIGNER_PORT presence-bridge:$PRESENCE_PORT"
JVM_OPTS="-Xms64m -Xmx256m -XX:+UseSerialGC -XX:ActiveProcessorCount=2"

say() { printf '\033[1m==>\033[0m %s\n' "$*"; }

pid_alive() { [ -f "$STACK_DIR/pids/$1" ] && kill -0 "$(cat "$STACK_DIR/pids/$1")" 2>/dev/null; }

wait_for() { # name url seconds
  local name=$1 url=$2 limit=$3 i=0
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    pid_alive "$name" || { echo "  $name stopped; last lines of $STACK_DIR/logs/$name.log:" >&2; tail -20 "$STACK_DIR/logs/$name.log" >&2; return 1; }
    i=$((i + 1)); [ $i -lt $((limit * 2)) ] || { echo "  $name not ready after ${limit}s" >&2; return 1; }
    sleep 0.5
  done
}

port_in_use() { (echo > "/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start_process() { # name port command...
  local name=$1 port=$2; shift 2
  if pid_alive "$name"; then echo "  $name already running"; return 0; fi
  if port_in_use "$port"; then
    echo "  port $port is taken by another process, so $name cannot start; stop it or move this stack (SWITCHBOARD_* ports)" >&2
    return 1
  fi
  nohup "$@" > "$STACK_DIR/logs/$name.log" 2>&1 &
  echo $! > "$STACK_DIR/pids/$name"
}

build_if_missing() {
  local missing=0 m
  [ -f embedded-infra/target/runtime.classpath ] || missing=1
  for m in graph-simulator directory-watcher rule-engine number-inventory teams-assigner presence-bridge; do
    [ -f "$m/target/quarkus-app/quarkus-run.jar" ] || missing=1
  done
  if [ $missing = 1 ]; then
    say "building (first run: a few minutes)"
    ./mvnw -B -q -ntp package -DskipTests
  fi
}

# A process runs from a snapshot of its module's quarkus-app (hard links, so it costs nothing), taken
# when it starts: a rebuild of the module while the stack runs cannot pull jars from under it.
app_jar() { # module -> path of quarkus-run.jar in this stack's snapshot
  local app="$STACK_DIR/apps/$1"
  if ! pid_alive "$1"; then
    rm -rf "$app"; mkdir -p "$STACK_DIR/apps"
    cp -al "$1/target/quarkus-app" "$app" 2>/dev/null || cp -a "$1/target/quarkus-app" "$app"
  fi
  echo "$app/quarkus-run.jar"
}

# Extra JVM options for one process, e.g. SWITCHBOARD_EXTRA_DIRECTORY_WATCHER_OPTS="-Dswitchboard.directory.poll-interval=PT5S"
# (benchmarks: polling only, JFR); they come after the stack's own -D settings, so they win.
extra_opts() { local var; var="SWITCHBOARD_EXTRA_$(tr 'a-z-' 'A-Z_' <<<"$1")_OPTS"; echo "${!var:-}"; }

db_name() { echo "${1//-/_}"; }

service_args() { # service port -> extra -D settings for the demo tenant
  local db graph="http://127.0.0.1:$SIM_PORT"; db=$(db_name "$1")
  local common=(
    "-Dquarkus.http.port=$2"
    "-Dkafka.bootstrap.servers=127.0.0.1:$KAFKA_PORT"
    "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:$PG_PORT/$db"
    "-Dquarkus.datasource.reactive.url=postgresql://127.0.0.1:$PG_PORT/$db"
    "-Dquarkus.datasource.username=postgres" "-Dquarkus.datasource.password=postgres"
    "-Dquarkus.oidc.auth-server-url=$graph/$DEMO_TENANT/v2.0"
  )
  case $1 in
    directory-watcher) common+=(
      "-Dswitchboard.directory.token-base-url=$graph" "-Dswitchboard.directory.graph-base-url=$graph/v1.0"
      "-Dswitchboard.directory.tenants.demo.tenant-id=$DEMO_TENANT"
      "-Dswitchboard.directory.tenants.demo.client-id=$APP_ID"
      "-Dswitchboard.directory.tenants.demo.client-secret=$APP_SECRET"
      "-Dswitchboard.directory.notifications.url=http://127.0.0.1:$WATCHER_PORT/api/notifications/users"
      "-Dswitchboard.directory.poll-interval=PT30S") ;;
    teams-assigner) common+=(
      "-Dswitchboard.assigner.tenants.$DEMO_TENANT.token-base-url=$graph"
      "-Dswitchboard.assigner.tenants.$DEMO_TENANT.graph-base-url=$graph/v1.0"
      "-Dswitchboard.assigner.tenants.$DEMO_TENANT.client-id=$APP_ID"
      "-Dswitchboard.assigner.tenants.$DEMO_TENANT.client-secret=$APP_SECRET"
      # The simulator does not throttle like real Graph (the default budget, 10 req/s and 4 at a time, is
      # for a real tenant): the demo tenant gets a budget big enough for bulk onboarding (>= 500 users/s).
      "-Dswitchboard.assigner.tenants.$DEMO_TENANT.budget.requests-per-second=2000"
      "-Dswitchboard.assigner.tenants.$DEMO_TENANT.budget.concurrency=128") ;;
    presence-bridge) common+=(
      "-Dswitchboard.presence.graph.token-base-url=$graph" "-Dswitchboard.presence.graph.graph-base-url=$graph/v1.0"
      "-Dswitchboard.presence.graph.tenants.$DEMO_TENANT.client-id=$APP_ID"
      "-Dswitchboard.presence.graph.tenants.$DEMO_TENANT.client-secret=$APP_SECRET") ;;
  esac
  printf '%s\n' "${common[@]}"
}

admin_token() { # role: admin|operator|viewer
  local role=${1:-admin}
  curl -fsS -d grant_type=password -d "client_id=$ADMIN_APP_ID" -d "client_secret=$ADMIN_APP_SECRET" \
    -d "username=$role@contoso-demo.onmicrosoft.com" -d "password=$role" -d "scope=openid profile" \
    "http://127.0.0.1:$SIM_PORT/$DEMO_TENANT/oauth2/v2.0/token" | sed -E 's/.*"access_token" *: *"([^"]+)".*/\1/'
}

json_field() { sed -nE "s/.*\"$1\" *: *\"([^\"]+)\".*/\1/p" | head -1; }

seed_demo() { # the same script seeds docker compose's demo tenant
  [ -f "$STACK_DIR/demo-seeded" ] && return 0
  say "seeding the demo tenant's ranges and rules"
  SIM="http://127.0.0.1:$SIM_PORT" RULES="http://127.0.0.1:$RULES_PORT" INVENTORY="http://127.0.0.1:$INVENTORY_PORT" \
    sh deploy/compose/seed-demo.sh >/dev/null || return 1
  touch "$STACK_DIR/demo-seeded"
}

# Waits until the watcher's first sync is through the pipeline (every seeded user who matches a rule
# holds a number), so that `demo` right after `up` does not queue behind two hundred onboardings.
settle_demo() {
  say "onboarding the demo tenant's existing users"
  local token counts last="" stable=0 i=0 api="http://127.0.0.1"
  token=$(admin_token viewer)
  until [ $stable -ge 3 ]; do
    i=$((i + 1)); [ $i -le 120 ] || { echo "  still busy after 120 s; carrying on"; return 0; }
    sleep 1
    curl -fsS -H "Authorization: Bearer $token" "$api:$WATCHER_PORT/api/tenants/$DEMO_TENANT" 2>/dev/null \
      | grep -q '"roundsCompleted":[1-9]' || continue
    counts=$(curl -fsS -H "Authorization: Bearer $token" "$api:$INVENTORY_PORT/api/tenants/$DEMO_TENANT/ranges" 2>/dev/null \
      | grep -o '"used":[0-9]*\|"RESERVED":[0-9]*\|"RELEASING":[0-9]*' | tr '\n' ' ')
    case "$counts" in *'"RESERVED":'[1-9]*|*'"RELEASING":'[1-9]*) stable=0; last=""; continue ;; esac
    if [ "$counts" = "$last" ]; then stable=$((stable + 1)); else stable=0; last=$counts; fi
  done
  echo "  $(grep -o '"used":[0-9]*' <<<"$last" | awk -F: '{s += $2} END {print s}') numbers in use"
}

start_service() { # name port
  say "starting $1 (http://127.0.0.1:$2)"
  mapfile -t args < <(service_args "$1" "$2")
  start_process "$1" "$2" java $JVM_OPTS "${args[@]}" $(extra_opts "$1") -jar "$(app_jar "$1")"
}

# Every step checks its own failure: `set -e` does not hold when a caller tests cmd_up (bench does).
cmd_up() {
  [ "${1:-}" = "--fresh" ] && { cmd_down >/dev/null 2>&1 || true; rm -rf "$STACK_DIR"; }
  mkdir -p "$STACK_DIR/pids" "$STACK_DIR/logs"
  build_if_missing || return 1
  local started=$SECONDS dbs="" s
  for s in $SERVICES; do dbs="$dbs,$(db_name "${s%%:*}")"; done
  say "starting Kafka (127.0.0.1:$KAFKA_PORT) and PostgreSQL (127.0.0.1:$PG_PORT)"
  rm -f "$STACK_DIR/infra.env"
  pid_alive infra || { mkdir -p "$STACK_DIR/apps"; cp embedded-infra/target/embedded-infra-0.1.0-SNAPSHOT.jar "$STACK_DIR/apps/embedded-infra.jar"; }
  start_process infra "$KAFKA_PORT" java -Xmx128m -cp "$STACK_DIR/apps/embedded-infra.jar:$(cat embedded-infra/target/runtime.classpath)" \
    io.switchboard.infra.LocalInfra --dir "$STACK_DIR/infra" --kafka-port "$KAFKA_PORT" --postgres-port "$PG_PORT" --databases "${dbs#,}" || return 1
  local i=0; until grep -q "infrastructure ready" "$STACK_DIR/logs/infra.log" 2>/dev/null; do
    pid_alive infra || { tail -20 "$STACK_DIR/logs/infra.log"; return 1; }
    i=$((i + 1)); [ $i -lt 240 ] || { echo "infrastructure not ready"; return 1; }; sleep 0.5; done
  say "starting the graph-simulator with the demo tenant (http://127.0.0.1:$SIM_PORT)"
  start_process graph-simulator "$SIM_PORT" java $JVM_OPTS "-Dquarkus.http.port=$SIM_PORT" $(extra_opts graph-simulator) -jar "$(app_jar graph-simulator)" || return 1
  wait_for graph-simulator "http://127.0.0.1:$SIM_PORT/q/health/ready" 90 || return 1
  # the watcher starts after the demo's ranges and rules exist, so its first full sync already finds
  # them and the seeded users get their numbers (instead of racing the seeding)
  local first=${SERVICES#directory-watcher:$WATCHER_PORT }
  for s in $first; do start_service "${s%%:*}" "${s##*:}" || return 1; done
  for s in $first; do wait_for "${s%%:*}" "http://127.0.0.1:${s##*:}/q/health/ready" 120 || return 1; done
  seed_demo || return 1
  start_service directory-watcher "$WATCHER_PORT" || return 1
  wait_for directory-watcher "http://127.0.0.1:$WATCHER_PORT/q/health/ready" 120 || return 1
  settle_demo
  say "ready in $((SECONDS - started)) s"
  cat <<SUMMARY

  graph-simulator   http://127.0.0.1:$SIM_PORT   (demo tenant $DEMO_TENANT, admin API /_simulator)
  directory-watcher http://127.0.0.1:$WATCHER_PORT/api/tenants
  rule-engine       http://127.0.0.1:$RULES_PORT/api/tenants/$DEMO_TENANT/rules
  number-inventory  http://127.0.0.1:$INVENTORY_PORT/api/tenants/$DEMO_TENANT/ranges
  teams-assigner    http://127.0.0.1:$ASSIGNER_PORT/api/tenants/$DEMO_TENANT/tasks
  presence-bridge   http://127.0.0.1:$PRESENCE_PORT/q/health
  Kafka 127.0.0.1:$KAFKA_PORT   PostgreSQL 127.0.0.1:$PG_PORT (postgres/postgres)   OpenAPI: <service>/q/openapi

  Try:
    ./switchboard demo                               a new hire gets a number
    TOKEN=\$(./switchboard token admin)
    curl -H "Authorization: Bearer \$TOKEN" http://127.0.0.1:$INVENTORY_PORT/api/tenants/$DEMO_TENANT/ranges
    ./switchboard logs number-inventory
    ./switchboard down
SUMMARY
}

cmd_down() {
  local name
  [ -d "$STACK_DIR/pids" ] || { echo "nothing is running"; return 0; }
  for name in presence-bridge teams-assigner number-inventory rule-engine directory-watcher graph-simulator infra; do
    if pid_alive "$name"; then
      kill "$(cat "$STACK_DIR/pids/$name")" 2>/dev/null || true
      local i=0; while pid_alive "$name" && [ $i -lt 60 ]; do sleep 0.5; i=$((i + 1)); done
      pid_alive "$name" && kill -9 "$(cat "$STACK_DIR/pids/$name")" 2>/dev/null
      echo "stopped $name"
    fi
    rm -f "$STACK_DIR/pids/$name"
  done
}

cmd_status() {
  local s name port
  pid_alive infra && echo "infra              running (kafka 127.0.0.1:$KAFKA_PORT, postgresql 127.0.0.1:$PG_PORT)" || echo "infra              stopped"
  for s in graph-simulator:$SIM_PORT $SERVICES; do
    name=${s%%:*}; port=${s##*:}
    if pid_alive "$name"; then
      printf '%-18s running, health %s\n' "$name" "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/q/health")"
    else
      printf '%-18s stopped\n' "$name"
    fi
  done
}

cmd_logs() {
  [ -n "${1:-}" ] || { echo "usage: ./switchboard logs <infra|graph-simulator|directory-watcher|rule-engine|number-inventory|teams-assigner|presence-bridge>"; return 2; }
  tail -n 100 -F "$STACK_DIR/logs/$1.log"
}

cmd_token() { admin_token "${1:-admin}"; echo; }

cmd_demo() {
  local token body user upn started number=""
  # the demo acts as an HR system: its own app registration, allowed to create and license users
  token=$(curl -fsS -d grant_type=client_credentials -d "client_id=$HR_APP_ID" -d "client_secret=$HR_APP_SECRET" \
    -d "scope=https://graph.microsoft.com/.default" "http://127.0.0.1:$SIM_PORT/$DEMO_TENANT/oauth2/v2.0/token" | json_field access_token)
  upn="new.hire$RANDOM@contoso-demo.onmicrosoft.com"
  body="{\"accountEnabled\":true,\"displayName\":\"New Hire\",\"mailNickname\":\"newhire\",\"userPrincipalName\":\"$upn\",\"city\":\"Berlin\",\"officeLocation\":\"Berlin HQ\",\"usageLocation\":\"DE\",\"department\":\"Sales\",\"passwordProfile\":{\"password\":\"Demo-12345!\"}}"
  say "creating $upn in Entra ID (the simulator), city Berlin"
  user=$(curl -fsS -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "$body" "http://127.0.0.1:$SIM_PORT/v1.0/users" | json_field id)
  started=$(date +%s.%N)
  local e5; e5=$(curl -fsS -H "Authorization: Bearer $token" "http://127.0.0.1:$SIM_PORT/v1.0/subscribedSkus" | tr '{' '\n' | grep '"SPE_E5"' | json_field skuId)
  say "assigning an E5 licence (includes Teams Phone)"
  curl -fsS -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"addLicenses\":[{\"skuId\":\"$e5\",\"disabledPlans\":[]}],\"removeLicenses\":[]}" "http://127.0.0.1:$SIM_PORT/v1.0/users/$user/assignLicense"
  say "waiting for Switchboard to assign a number in Teams"
  for _ in $(seq 1 240); do
    number=$(curl -fsS -H "Authorization: Bearer $token" \
      "http://127.0.0.1:$SIM_PORT/v1.0/admin/teams/telephoneNumberManagement/numberAssignments?\$filter=assignmentTargetId%20eq%20'$user'" | json_field telephoneNumber)
    [ -n "$number" ] && break
    sleep 0.25
  done
  if [ -n "$number" ]; then
    say "$upn has $number in Teams, $(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b-a}') s after being licensed"
    echo "  history: curl -H \"Authorization: Bearer \$(./switchboard token)\" http://127.0.0.1:$INVENTORY_PORT/api/tenants/$DEMO_TENANT/users/$user/history"
  else
    echo "no number after 60 s; see ./switchboard logs directory-watcher (and rule-engine, number-inventory, teams-assigner)"
    return 1
  fi
}
