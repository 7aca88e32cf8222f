#!/bin/bash
# Time from starting `serve` to its first HTTP answer and to its first successful search (issue #14).
# usage: bench/serve-first-search.sh JAR DB LOG [extra serve args]
#   JAR  the lsgraph jar (target/lsgraph.jar); DB  an existing database folder; LOG  serve's output
#   Q    (environment) the search to poll, URL-encoded (default: cell+therapy)
#   PORT (environment) the port to serve on (default: a free one, so each run's catalogue record
#        names another URL and is rewritten at start; a fixed port restarts as a deployment does)
#   SETTLE (environment) seconds to let the server run after the first answer (default 5), so a
#        catch-up of the finder's index can finish before the server is stopped
# Starts `java -jar JAR serve --db DB` on a loopback port (serve's own default heap) and polls
# /api/search every 100 ms. Prints the seconds from process start to the first answer of any status
# (503 while the index builds) and to the first 200, the answer's count and top hit, the load
# average, and the finder's log lines (what each update of its index did).
# Used for docs/benchmarks/startup-1m.md; run it under `flock /work/wt/bench.lock` on a shared machine.
JAR=$1; DB=$2; LOG=$3; shift 3
PORT=${PORT:-$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')}
OUT=/tmp/startup-search.$$
start=$(date +%s.%N)
java -jar "$JAR" serve --db "$DB" --port $PORT "$@" >"$LOG" 2>&1 &
PID=$!
http=""; search=""; firstcode=""
while kill -0 $PID 2>/dev/null; do
  code=$(curl -s -o $OUT -w '%{http_code}' --max-time 5 "http://127.0.0.1:$PORT/api/search?q=${Q:-cell+therapy}")
  t=$(echo "$(date +%s.%N) - $start" | bc)
  if [ "$code" != "000" ] && [ -z "$http" ]; then http=$t; firstcode=$code; fi
  if [ "$code" = "200" ]; then search=$t; break; fi
  if (( $(echo "$t > 600" | bc) )); then break; fi
  sleep 0.1
done
top=$(python3 -c 'import json,sys;d=json.load(open(sys.argv[1]));print(d["count"], d["results"][0]["iri"])' $OUT 2>/dev/null)
sleep ${SETTLE:-5}
kill $PID; wait $PID 2>/dev/null
printf 'first_http=%.2f (%s) first_search=%.2f count_top="%s" load=%s\n' "$http" "$firstcode" "$search" "$top" "$(cut -d' ' -f1-3 /proc/loadavg)"
grep -h "Search index ready\|Search index build failed\|Catalogue record current" "$LOG" | sed 's/^/    /'
rm -f $OUT
