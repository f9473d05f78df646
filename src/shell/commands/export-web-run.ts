/**
 * The work behind `khasan export-web`: gather the campaign, write the page, the data script and
 * the bundled client into DIR. A folder that already holds files is left alone unless --force.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { UsageError } from "../../core/errors";
import { writeFileAtomic } from "../files/atomic-write";
import { loadStoryFile } from "../files/story-files";
import { renderDataScript } from "../web/campaign-data";
import { campaignData, readClientFile } from "../web/campaign-files";
import { renderSoloPage } from "../web/solo-page";
import type { ExportWebOptions } from "./export-web";
import type { CommandContext } from "./index";

export function exportWeb(dir: string, options: ExportWebOptions, { io }: CommandContext): void {
  const out = resolve(io.cwd, dir);
  if (existsSync(out)) {
    if (!statSync(out).isDirectory()) throw new UsageError(`"${out}" is a file, not a folder`);
    if (readdirSync(out).length > 0 && !options.force) {
      throw new UsageError(
        `"${out}" already holds files: name a new or empty folder, or add --force to write into it`,
      );
    }
  }
  const data = campaignData(loadStoryFile(undefined, io.cwd));
  const files: Array<[string, string]> = [
    ["index.html", renderSoloPage(data.title, readClientFile("khasan.css"))],
    ["story.js", renderDataScript(data)],
    ["solo.js", readClientFile("solo.js")],
  ];
  for (const [name, text] of files) writeFileAtomic(join(out, name), text);
  io.stdout.write(
    `Wrote the solo player to ${out}\nOpen ${join(out, "index.html")} in a browser; it needs no internet and no server.\n`,
  );
}
