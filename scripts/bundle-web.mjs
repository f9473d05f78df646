// Bundles the browser code (src/shell/web/client) into dist/web with esbuild, at build time:
// the solo player and the lesson pages run the same pure core as the terminal, and every
// script and style ships in the package (no CDN, nothing fetched at run time).
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const client = join(root, "src", "shell", "web", "client");
const out = join(root, "dist", "web");

// The core hashes a compiled story with node:crypto when it loads one from disk; the browser
// receives the hash with the story instead, so that import is never called there.
const noNodeCrypto = {
  name: "no-node-crypto",
  setup(builder) {
    builder.onResolve({ filter: /^node:crypto$/ }, () => ({
      path: "node-crypto",
      namespace: "stub",
    }));
    builder.onLoad({ filter: /.*/, namespace: "stub" }, () => ({
      contents:
        'export function createHash() { throw new Error("node:crypto is not available in the browser"); }',
      loader: "js",
    }));
  },
};

mkdirSync(out, { recursive: true });
await build({
  entryPoints: { solo: join(client, "solo.ts"), lesson: join(client, "lesson.ts") },
  outdir: out,
  bundle: true,
  format: "iife",
  platform: "browser",
  target: "es2020",
  minify: true,
  legalComments: "none",
  logLevel: "warning",
  plugins: [noNodeCrypto],
});
copyFileSync(join(client, "khasan.css"), join(out, "khasan.css"));
