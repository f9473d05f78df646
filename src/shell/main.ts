/**
 * The command line: argv to a command, one catch for the whole program, exit codes.
 * A KhasanError prints its one line and exits 2 (usage) or 1; anything else is an internal
 * error, with the stack trace only under --debug.
 */
import { Command, CommanderError } from "commander";
import { KhasanError } from "../core/errors";
import { routeCommandWords } from "./command-words";
import { registerCommands } from "./commands";
import type { Io } from "./io";
import { terminalText } from "./views/safe-text";

export const APP_VERSION: string = require("../../package.json").version;

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const debug = argv.includes("--debug");
  let exitCode = 0;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    const names = program.commands.map((command) => command.name());
    await program.parseAsync(routeCommandWords(argv, names, io.cwd), { from: "user" });
    return exitCode;
  } catch (error) {
    return reportError(error, io, debug);
  }
}

function buildProgram(io: Io, setExitCode: (code: number) => void): Command {
  const program = new Command("khasan")
    .description("Khasan 1938: command the Far Eastern Front at Lake Khasan, July-August 1938")
    .version(APP_VERSION, "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .option("--debug", "show stack traces for internal errors")
    .exitOverride()
    .showSuggestionAfterError(false)
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: () => {},
    });
  registerCommands(program, { io, appVersion: APP_VERSION, setExitCode });
  return program;
}

function reportError(error: unknown, io: Io, debug: boolean): number {
  if (error instanceof CommanderError) {
    if (error.exitCode === 0) return 0;
    io.stderr.write(
      `khasan: ${terminalText(error.message.replace(/^error: /, ""))} (see khasan --help)\n`,
    );
    return 2;
  }
  if (error instanceof KhasanError) {
    io.stderr.write(`khasan: ${terminalText(error.message)}\n`);
    if (debug && error.cause instanceof Error) io.stderr.write(`${error.cause.stack}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
  io.stderr.write(`khasan: internal error: ${terminalText(message ?? "")} (rerun with --debug)\n`);
  if (debug && error instanceof Error) io.stderr.write(`${error.stack}\n`);
  return 1;
}
