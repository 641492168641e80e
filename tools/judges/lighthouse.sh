#!/bin/sh
# Lighthouse (mobile, its default) on the built site served by tools/serve.py,
# as `make serve` serves it. Prints each category's score and every audit that
# fails; the reports go to tools/judges/reports/. Usage: make judges
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PORT=${PORT:-8650}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
export PUPPETEER_SKIP_DOWNLOAD=1
mkdir -p "$HERE/reports"
"$ROOT/.venv/bin/python" "$ROOT/tools/serve.py" --port "$PORT" >"$HERE/reports/serve.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER' EXIT INT TERM
sleep 1
nice "$HERE/node_modules/.bin/lighthouse" "http://127.0.0.1:$PORT/" \
  --only-categories=accessibility,best-practices,seo,performance \
  --chrome-flags="--headless=new --no-sandbox --disable-gpu" \
  --max-wait-for-load=90000 \
  --output=json --output=html --output-path="$HERE/reports/lighthouse" --quiet
node -e '
const r = require(process.argv[1]);
for (const c of Object.values(r.categories)) {
  console.log(`${c.title}: ${Math.round(c.score * 100)}`);
  for (const ref of c.auditRefs) {
    const a = r.audits[ref.id];
    if (ref.weight > 0 && a.score !== null && a.score < 1 && c.id !== "performance")
      console.log(`  fails: ${a.id} (${a.title})`);
  }
}' "$HERE/reports/lighthouse.report.json"
