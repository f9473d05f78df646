// Bundles the CLI into one file, dist/cli.js, over tsc's entry of the same name: a player's
// start-up is mostly Node loading modules one by one (about sixty of ours, zod, commander,
// wrap-ansi), so one file brings the first prompt closer to a bare inkjs loop's (issue 15).
// inkjs's compiler stays outside, loaded from node_modules on first use. So do the lesson
// server's libraries (ws, qrcode and what they load, about 260 KB): only `khasan serve` needs
// them, and every other command would read and parse them at start. Whitespace and syntax are
// minified (names are kept, for --debug's stack traces): reading and parsing ~40% fewer bytes is
// about 10 ms of the first prompt. The exploration worker is bundled beside it: the pool starts
// `explore-worker.js` from the folder of the file it runs in. The rest of dist/ (tsc's output)
// stays for the scripts that import modules directly (story report, torture).
import { chmodSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

await build({
  entryPoints: {
    cli: join(root, "src", "cli.ts"),
    "explore-worker": join(root, "src", "shell", "workers", "explore-worker.ts"),
  },
  outdir: join(root, "dist"),
  allowOverwrite: true,
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  external: ["inkjs/compiler/*", "ws", "qrcode"],
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: "none",
  logLevel: "warning",
});

// Installed as a command, the entry must be executable; esbuild writes files without that bit.
chmodSync(join(root, "dist", "cli.js"), 0o755);
