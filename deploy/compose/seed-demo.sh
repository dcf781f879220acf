#!/bin/sh
# Seeds the demo tenant's ranges and rules once the services are healthy; `./switchboard up` runs it too
# (deploy/local/stack.sh seed_demo, with SIM, RULES and INVENTORY pointing at 127.0.0.1). Idempotent: existing ranges are reused,
# and rules are only created when the tenant has none.
set -eu
SIM="${SIM:-http://graph-simulator:8090}"
RULES="${RULES:-http://rule-engine:8082}"
INVENTORY="${INVENTORY:-http://number-inventory:8083}"
T="5e1f0c3a-7b2d-4c8e-9a61-2f4b8d0e6a11"

field() { sed -nE "s/.*\"$1\" *: *\"([^\"]+)\".*/\1/p" | head -1; }

TOKEN=$(curl -fsS -d grant_type=password -d client_id=9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c33 \
  -d client_secret=switchboard-admin-cli-secret -d username=admin@contoso-demo.onmicrosoft.com \
  -d password=admin -d "scope=openid profile" "$SIM/$T/oauth2/v2.0/token" | field access_token)

range() { # name json -> id of the range with that name, created when missing
  id=$(curl -fsS -H "Authorization: Bearer $TOKEN" "$INVENTORY/api/tenants/$T/ranges" | tr '{' '\n' | grep "\"name\":\"$1\"" | field id || true)
  [ -n "$id" ] || id=$(curl -fsS -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$2" "$INVENTORY/api/tenants/$T/ranges" | field id)
  echo "$id"
}
rule() { curl -fsS -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$1" "$RULES/api/tenants/$T/rules"; }

berlin=$(range "Berlin Direct Routing" '{"name":"Berlin Direct Routing","numberType":"DIRECT_ROUTING","provider":"Sipgate","firstNumber":"+4930901820","lastNumber":"+4930902119","tags":["emea"]}')
london=$(range "London Calling Plan" '{"name":"London Calling Plan","numberType":"CALLING_PLAN","provider":"Microsoft","firstNumber":"+448081570000","lastNumber":"+448081570049","quarantineDays":30}')
seattle=$(range "Seattle Operator Connect" '{"name":"Seattle Operator Connect","numberType":"OPERATOR_CONNECT","provider":"Contoso Telecom","firstNumber":"+12065550100","lastNumber":"+12065550299"}')

if curl -fsS -H "Authorization: Bearer $TOKEN" "$RULES/api/tenants/$T/rules" | grep -q '"rangeId"'; then
  echo "rules exist already"; exit 0
fi
rule "{\"name\":\"Park Lane office\",\"rangeId\":\"$london\",\"priority\":10,\"expression\":\"office = \\\"Park Lane\\\" AND city = \\\"LONDON\\\"\"}"
rule "{\"name\":\"Everyone in the UK\",\"rangeId\":\"$london\",\"priority\":20,\"expression\":\"usageLocation = \\\"GB\\\"\"}"
rule "{\"name\":\"DACH\",\"rangeId\":\"$berlin\",\"priority\":20,\"expression\":\"usageLocation in (\\\"DE\\\", \\\"AT\\\", \\\"CH\\\")\"}"
rule "{\"name\":\"North America\",\"rangeId\":\"$seattle\",\"priority\":30,\"expression\":\"usageLocation in (\\\"US\\\", \\\"CA\\\")\"}"
echo "demo tenant seeded"
