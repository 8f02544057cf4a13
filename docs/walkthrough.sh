#!/usr/bin/env bash
# Walks one review cycle with curl against an all-in-one started with
#   ASPNETCORE_ENVIRONMENT=Development dotnet run --project services/all-in-one/Spp.AllInOne -- --dev-sign-in --demo
# Needs curl and jq. BASE overrides the address (default http://127.0.0.1:8080).
set -euo pipefail
BASE=${BASE:-http://127.0.0.1:8080}
TODAY=$(TZ=Europe/London date +%F)
FILES=$(mktemp -d); trap 'rm -rf "$FILES"' EXIT
day() { TZ=Europe/London date -d "$TODAY $1" +%F; }

# token EMAIL NAME: signs in at the development issuer and prints the bearer token.
token() { curl -sf "$BASE/dev-issuer/tokens" -H 'Content-Type: application/json' -d "{\"email\":\"$1\",\"name\":\"$2\"}" | jq -r .access_token; }
# call TOKEN METHOD PATH [JSON] [ETAG]: prints the body; fails on a status of 400 or more.
call() {
  local out
  out=$(curl -sS --fail-with-body -X "$2" "$BASE$3" -H "Authorization: Bearer $1" \
    ${4:+-H 'Content-Type: application/json' -d "$4"} ${5:+-H "If-Match: $5"}) || { echo "$2 $3: $out" >&2; return 1; }
  printf '%s' "$out"
}
me() { call "$1" GET /api/v1/me | jq -r .id; }

NATIONAL=$(token national.team@demo.example "Nia National")
ADMIN=$(token admin@demo.example "Demo Admin")
me "$ADMIN" >/dev/null   # the first call accepts the demo's invitation

# 1. The national team imports a (tiny) GIAS establishment file into the school register.
printf 'URN,EstablishmentName,EstablishmentStatus (name),PhaseOfEducation (name),LA (name),GOR (name),OpenDate\r\n%s\r\n%s\r\n%s\r\n' \
  '720001,Hillside Primary School,Open,Primary,Leeds,Yorkshire and the Humber,01-09-1998' \
  '720002,Brookside Primary School,Open,Primary,Leeds,Yorkshire and the Humber,01-09-2001' \
  '720003,Meadow Primary School,Open,Primary,Leeds,Yorkshire and the Humber,01-09-2005' > "$FILES/schools.csv"
IMPORT=$(curl -sSf "$BASE/api/v1/platform/school-imports" -H "Authorization: Bearer $NATIONAL" \
  -H 'Content-Type: text/csv' --data-binary @"$FILES/schools.csv" | jq -r .id)
curl -sSfN "$BASE/api/v1/platform/school-imports/$IMPORT/progress" -H "Authorization: Bearer $NATIONAL" | grep '^data:' | tail -1 || true
call "$NATIONAL" GET "/api/v1/platform/school-imports/$IMPORT" | jq -c '.import | {status, imported, rejected}'

# 2. The demo tenant's admin enrols the schools and invites a headteacher and a senior leader
#    of each, and a facilitator; each accepts by signing in.
T=/t/demo/api/v1
for URN in 720001 720002 720003; do
  call "$ADMIN" POST "$T/enrolments" "{\"urn\":$URN}" >/dev/null
  call "$ADMIN" POST "$T/invitations" "{\"email\":\"head.$URN@demo.example\",\"role\":\"SchoolMember\",\"urn\":$URN,\"schoolRole\":\"Headteacher\"}" >/dev/null
  call "$ADMIN" POST "$T/invitations" "{\"email\":\"leader.$URN@demo.example\",\"role\":\"SchoolMember\",\"urn\":$URN,\"schoolRole\":\"SeniorLeader\"}" >/dev/null
done
call "$ADMIN" POST "$T/invitations" '{"email":"facilitator@demo.example","role":"Facilitator"}' >/dev/null
declare -A TOKEN ID
for WHO in head.720001 leader.720001 head.720002 leader.720002 head.720003 leader.720003 facilitator; do
  TOKEN[$WHO]=$(token "$WHO@demo.example" "$WHO"); ID[$WHO]=$(me "${TOKEN[$WHO]}")
done
FAC=${TOKEN[facilitator]}

# 3. The partnership: three schools, its facilitator and an Improvement Champion of each school.
P=$(call "$ADMIN" POST "$T/partnerships" "{\"name\":\"Riverside Three\",\"phase\":\"Build\",\"phaseStarts\":\"$(day '-30 days')\"}")
PID=$(jq -r .id <<<"$P"); ETAG=$(jq -r .eTag <<<"$P")
for URN in 720001 720002 720003; do ETAG=$(call "$ADMIN" POST "$T/partnerships/$PID/schools" "{\"urn\":$URN}" "$ETAG" | jq -r .eTag); done
ETAG=$(call "$ADMIN" PUT "$T/partnerships/$PID/facilitator" "{\"personId\":\"${ID[facilitator]}\"}" "$ETAG" | jq -r .eTag)
call "$ADMIN" PUT "$T/partnerships/$PID/champions" \
  "{\"champions\":[{\"personId\":\"${ID[leader.720002]}\",\"urn\":720002},{\"personId\":\"${ID[leader.720003]}\",\"urn\":720003}]}" "$ETAG" \
  | jq -c '{name, isFormed, schoolUrns}'

# 4. The round: the facilitator schedules it, takes the proposed rota and starts it.
R=$(call "$FAC" POST "$T/partnerships/$PID/rounds" "{\"name\":\"2026-27 round 1\",\"windowStarts\":\"$(day '-7 days')\",\"windowEnds\":\"$(day '+120 days')\"}")
RID=$(jq -r .id <<<"$R")
R=$(call "$FAC" POST "$T/rounds/$RID/rota/proposal" '{"extraReviewers":0}' "$(jq -r .eTag <<<"$R")")
jq -c '.rota[] | {urn, lead: .leadReviewer.urn}' <<<"$R"
R=$(call "$FAC" POST "$T/rounds/$RID/start" '' "$(jq -r .eTag <<<"$R")")
C=$T/cycles/$(jq -r '.cycles["720001"]' <<<"$R")

# 5. Hillside's cycle, stage by stage. Every change sends the ETag of the last answer in If-Match.
HEAD=${TOKEN[head.720001]}; LEADER=${TOKEN[leader.720001]}
V=$(call "$HEAD" GET "$C"); LEAD=$(jq -r .people.leadReviewerId <<<"$V")
for WHO in "${!ID[@]}"; do [ "${ID[$WHO]}" = "$LEAD" ] && LEADTOKEN=${TOKEN[$WHO]}; done
etag() { jq -r .eTag <<<"$V"; }
ITEM=$(call "$LEADER" POST "$C/self-review/long-list" '{"text":"Reading for pleasure"}' | jq -r .id)
V=$(call "$HEAD" GET "$C")
V=$(call "$LEADER" PUT "$C/self-review/focus" "{\"focus\":\"Reading for pleasure\",\"questions\":[{\"text\":\"To what extent do pupils choose to read?\"}],\"fromLongList\":[\"$ITEM\"]}" "$(etag)")
V=$(call "$HEAD" POST "$C/self-review/submit" '' "$(etag)");                                   jq -c '{stage}' <<<"$V"
V=$(call "$LEADTOKEN" PUT "$C/review-plan" "{\"visitDays\":[\"$TODAY\"],\"evidencePlan\":\"Pupil voice; book looks\",\"teamConfirmed\":true}" "$(etag)")
V=$(call "$HEAD" POST "$C/review-plan/agree" '' "$(etag)");                                    jq -c '{stage}' <<<"$V"
EVIDENCE=$(call "$LEADTOKEN" POST "$C/evidence" '{"kind":"PupilVoice","note":"Pupils talked about the books they chose","enquiryLine":"To what extent do pupils choose to read?"}' | jq -r .id)
printf '%%PDF-1.4\n%%%%EOF\n' > "$FILES/book-look.pdf"
curl -sSf "$BASE$C/evidence/$EVIDENCE/attachments" -H "Authorization: Bearer $LEADTOKEN" -H 'Content-Type: application/pdf' \
  -H 'Content-Disposition: attachment; filename="book-look.pdf"' --data-binary @"$FILES/book-look.pdf" | jq -c '{fileName, contentType, length}'
call "$LEADTOKEN" POST "$C/findings" "{\"kind\":\"Strength\",\"text\":\"Pupils choose books widely\",\"evidenceIds\":[\"$EVIDENCE\"]}" >/dev/null
V=$(call "$HEAD" GET "$C")
V=$(call "$LEADTOKEN" POST "$C/findings/share" '' "$(etag)");                                  jq -c '{stage}' <<<"$V"
CHAMPION=leader.720002; [ "${ID[$CHAMPION]}" = "$LEAD" ] && CHAMPION=leader.720003
V=$(call "$FAC" PUT "$C/workshop/champion" "{\"personId\":\"${ID[$CHAMPION]}\",\"urn\":${CHAMPION#leader.}}" "$(etag)")
V=$(call "${TOKEN[$CHAMPION]}" POST "$C/workshop/held" "{\"heldOn\":\"$TODAY\",\"participants\":{\"count\":12,\"roles\":[\"teachers\"]},\"priorities\":[\"Daily reading time\"]}" "$(etag)")
jq -c '{stage}' <<<"$V"
ACTION=$(call "${TOKEN[$CHAMPION]}" POST "$C/action-plan/actions" "{\"title\":\"Daily class reading time\",\"ownerId\":\"${ID[leader.720001]}\",\"dueOn\":\"$(day '+3 months')\",\"successMeasure\":\"More pupils read at home\",\"priority\":\"Reading\"}" | jq -r .id)
V=$(call "$HEAD" POST "$C/action-plan/agree" '' "$(etag)");                                    jq -c '{stage}' <<<"$V"
MEASURE=$(call "$LEADER" POST "$C/action-plan/measures" "{\"level\":\"Pupils\",\"name\":\"Pupils reading at home\",\"actionId\":\"$ACTION\",\"baseline\":{\"value\":40,\"on\":\"$(day '-7 days')\"},\"target\":{\"value\":60,\"on\":\"$(day '+6 months')\"}}" | jq -r .id)
call "$LEADER" POST "$C/action-plan/measures/$MEASURE/readings" "{\"value\":45,\"takenOn\":\"$TODAY\"}" >/dev/null
V=$(call "$HEAD" POST "$C/close" '{"summary":"Reading time is daily"}' "$(etag)")
V=$(call "$FAC" POST "$C/close" '{"summary":"Reading time is daily in every class"}' "$(etag)"); jq -c '{stage, closedOn: .dates.closedOn}' <<<"$V"
