#!/usr/bin/env bash
# The package as a user gets it: `npm pack`, install the tarball into an empty directory (from
# the npm cache, offline), then `npx truce --help` answers and `truce start` serves /api/health.
# Run by `npm run test:pack`; exits non-zero, saying which step failed, when one does.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/truce-pack-XXXXXX")"
server=''
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "pack smoke test: $*" >&2
  exit 1
}

echo "packing (runs the build)…"
tarball="$(cd "$repo" && npm pack --silent --pack-destination "$work" | tail -n 1)"
[ -f "$work/$tarball" ] || fail "npm pack made no tarball"

listing="$(tar -tzf "$work/$tarball")"
grep -qx 'package/LICENSE' <<<"$listing" || fail "the package has no LICENSE"
grep -qx 'package/dist/cli/main.js' <<<"$listing" || fail "the package has no built CLI"
grep -qx 'package/dist/web/index.html' <<<"$listing" || fail "the package has no dashboard"
if grep -q '\.map$' <<<"$listing"; then
  fail "the package ships source maps without their sources: $(grep '\.map$' <<<"$listing" | head -n 3 | tr '\n' ' ')"
fi

echo "installing $tarball into an empty directory…"
app="$work/app"
mkdir -p "$app"
echo '{ "name": "truce-pack-smoke", "private": true }' >"$app/package.json"
# From the npm cache alone when it holds every package's metadata; else from the registry,
# still taking from the cache what it has.
install() { (cd "$app" && npm install "$@" --no-audit --no-fund --loglevel=error "$work/$tarball"); }
if ! install --offline 2>"$work/offline.log"; then
  echo "the npm cache cannot resolve every dependency; installing with --prefer-offline"
  install --prefer-offline || fail "the tarball does not install into an empty directory"
fi

help="$(cd "$app" && npx --no-install truce --help)" || fail "npx truce --help failed"
grep -q '^Usage: truce' <<<"$help" || fail "npx truce --help printed no usage"

echo "starting the installed server…"
log="$work/start.log"
(cd "$app" && exec ./node_modules/.bin/truce start --port 0 --data "$work/data") >"$log" 2>&1 &
server=$!
address=''
for _ in $(seq 1 120); do
  address="$(sed -n 's|^  dashboard: \(http://[^/]*\)/.*|\1|p' "$log")"
  [ -n "$address" ] && break
  kill -0 "$server" 2>/dev/null || fail "truce start exited early: $(cat "$log")"
  sleep 1
done
[ -n "$address" ] || fail "truce start did not answer within two minutes: $(cat "$log")"

node --input-type=module -e '
  const res = await fetch(process.argv[1] + "/api/health");
  if (!res.ok) { console.error(`/api/health answered ${res.status}`); process.exit(1); }
  console.log(`/api/health: ${res.status} ${JSON.stringify(await res.json())}`);
' "$address" || fail "the installed server did not answer /api/health"

kill -TERM "$server"
wait "$server" || true
server=''
grep -q 'SIGTERM: stopping' "$log" || fail "truce start did not stop cleanly: $(cat "$log")"
echo "pack smoke test passed"
