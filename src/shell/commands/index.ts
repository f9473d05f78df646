/**
 * The list of commands. Each command lives in its own file and adds itself to the program;
 * an action calls `setExitCode` when it ends with a code other than 0 without throwing.
 */
import type { Command } from "commander";
import type { Io } from "../io";
import { registerCheck } from "./check";
import { registerClassroom } from "./classroom";
import { registerCompare } from "./compare";
import { registerCompile } from "./compile";
import { registerDebrief } from "./debrief";
import { registerExplore } from "./explore";
import { registerExportWeb } from "./export-web";
import { registerHistory } from "./history";
import { registerContinue, registerPlay } from "./play";
import { registerRoles } from "./roles";
import { registerServe } from "./serve";
import { registerStats } from "./stats";

export interface CommandContext {
  io: Io;
  appVersion: string;
  setExitCode: (code: number) => void;
}

export function registerCommands(program: Command, context: CommandContext): void {
  registerPlay(program, context);
  registerContinue(program, context);
  registerCompile(program, context);
  registerHistory(program, context);
  registerCompare(program, context);
  registerExplore(program, context);
  registerCheck(program, context);
  registerClassroom(program, context);
  registerRoles(program, context);
  registerDebrief(program, context);
  registerStats(program, context);
  registerServe(program, context);
  registerExportWeb(program, context);
}
