/**
 * `khasan export-web DIR`: the solo player as a static site (index.html, the campaign's data,
 * the bundled player and its stylesheet) to open from disk or put on any static host.
 */
import type { Command } from "commander";
import type { CommandContext } from "./index";

export interface ExportWebOptions {
  force?: boolean;
}

export function registerExportWeb(program: Command, context: CommandContext): void {
  program
    .command("export-web")
    .description("write the solo player as a static site (open index.html from disk)")
    .argument("<dir>", "the folder to write (new or empty)")
    .option("--force", "write into a folder that already holds files")
    .action(async (dir: string, options: ExportWebOptions) => {
      const { exportWeb } = await import("./export-web-run.js");
      exportWeb(dir, options, context);
    });
}
