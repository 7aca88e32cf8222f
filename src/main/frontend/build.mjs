// Bundles the front-end (one entry per page script) into the folder given as the first argument,
// which Maven sets to target/classes/lsgraph/web/assets so that the jar serves them at /assets/.
import { build } from "esbuild";
import { existsSync, readdirSync, rmSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const outdir = process.argv[2];
if (!outdir) {
  console.error("usage: node build.mjs OUTPUT_DIR");
  process.exit(2);
}

// Every script in views/ and pages/ is one bundle (/assets/views/NAME.js, /assets/pages/NAME.js);
// lib/ holds what they share.
const entryPoints = ["views", "pages"].filter((folder) => existsSync(join(here, folder))).flatMap((folder) =>
  readdirSync(join(here, folder))
    .filter((f) => f.endsWith(".js"))
    .map((f) => ({ in: join(here, folder, f), out: folder + "/" + f.replace(/\.js$/, "") })));

// Chunk names change with their content: start from an empty folder so that no stale chunk ships.
rmSync(outdir, { recursive: true, force: true });

await build({
  entryPoints,
  outdir,
  bundle: true,
  minify: true,
  sourcemap: false,
  // ES modules with shared chunks: ECharts is bundled once for all the views that use it.
  format: "esm",
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  target: ["es2020"],
  legalComments: "linked",
  loader: { ".woff": "file", ".woff2": "file", ".ttf": "file", ".eot": "file", ".svg": "file" },
  logLevel: "warning",
});
