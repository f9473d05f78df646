/**
 * `npm run bench`: runs every bench/*-bench.ts in turn. Each prints its own ratios against a
 * baseline measured in the same run.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";

async function main(): Promise<void> {
  const files = readdirSync(__dirname).filter((name) => name.endsWith("-bench.ts")).sort();
  for (const file of files) {
    console.log(`\n== ${file}`);
    require(join(__dirname, file));
  }
}

main();
