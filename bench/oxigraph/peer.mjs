// The Oxigraph peer of `lsgraph bench compare` (see se.lsgraph.bench.CompareWorker for the protocol):
// node peer.mjs NQUADS QUERIES.json. Loads the N-Quads into an in-memory Oxigraph store, answers
// "@@ ready NANOS QUADS", then for every "run NAME" line on stdin runs that query with the union of
// the named graphs as default graph (as lsgraph does) and answers "@@ ok NAME ROWS NANOS".
import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { createInterface } from "node:readline";
import oxigraph from "oxigraph";

const [nquads, queriesFile] = process.argv.slice(2);
const queries = JSON.parse(readFileSync(queriesFile, "utf8"));

// The file is handed over in chunks, so a large file is never one string in memory.
function* chunks(path, size = 1 << 20) {
  const fd = openSync(path, "r");
  try {
    const buffer = new Uint8Array(size);
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer))
      yield buffer.slice(0, n);
  } finally {
    closeSync(fd);
  }
}

const started = process.hrtime.bigint();
const store = new oxigraph.Store();
store.load(chunks(nquads), { format: "application/n-quads", no_transaction: true });
console.log(`@@ ready ${process.hrtime.bigint() - started} ${store.size}`);

const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  if (line === "quit") break;
  const name = line.startsWith("run ") ? line.substring(4) : "-";
  if (!(name in queries)) {
    console.log(`@@ error ${name} unknown command or query`);
    continue;
  }
  try {
    const t0 = process.hrtime.bigint();
    const rows = store.query(queries[name], { use_default_graph_as_union: true });
    console.log(`@@ ok ${name} ${rows.length} ${process.hrtime.bigint() - t0}`);
  } catch (e) {
    console.log(`@@ error ${name} ${String(e.message ?? e).replace(/\n/g, " ")}`);
  }
}
process.exit(0);
