/**
 * Runs every bench/*-bench.ts file in turn (`npm run bench`); each prints its own results.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";

for (const file of readdirSync(__dirname)
  .filter((name) => name.endsWith("-bench.ts"))
  .sort()) {
  console.log(`\n# ${file}`);
  require(join(__dirname, file));
}
