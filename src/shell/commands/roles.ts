/**
 * `khasan roles [--format md|html] [--out DIR] [--cut ID]`: printable role cards, one per page, and the
 * facilitator's sheet. Without --out both go to stdout, the sheet first.
 */
import type { Command } from "commander";
import type { CommandContext } from "./index";
import { formatOption } from "./options";

/** The formats `roles` writes; the first is the default. */
export const ROLES_FORMATS = ["md", "html"] as const;

export interface RolesOptions {
  format: (typeof ROLES_FORMATS)[number];
  out?: string;
  cut?: string;
}

export function registerRoles(program: Command, context: CommandContext): void {
  program
    .command("roles")
    .description("print the classroom role cards and the facilitator's sheet")
    .addOption(formatOption(ROLES_FORMATS))
    .option("--out <dir>", "write role-cards and facilitator-sheet files into DIR")
    .option("--cut <id>", "the lesson the cards are for: 45 or 90 (default: the first)")
    .action(async (options: RolesOptions) => {
      const { writeRoles } = await import("./roles-run.js");
      writeRoles(options, context);
    });
}
