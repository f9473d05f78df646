/**
 * The whole `--help` text, pinned: a change to any option or command shows up here as a diff
 * a reviewer reads (and the README's usage section must follow it).
 */
import { describe, it } from "vitest";
import { runCli, runSpawned } from "./run-cli";

const MAIN_HELP = `Usage: khasan [options] [command]

Khasan 1938: command the Far Eastern Front at Lake Khasan, July-August 1938

Options:
  -V, --version                  print the version
  --debug                        show stack traces for internal errors
  -h, --help                     show help

Commands:
  play [options] [story]         play the campaign, or any ink story (.ink or
                                 compiled .json)
  continue [options] [story]     resume the autosaved game
  compile [options] <story.ink>  compile an ink story to JSON, like inklecate
  history [options]              the historical record: timeline, figures with
                                 every source, people and fates
  compare [options] <A> [B]      compare two runs, or a run with the historical
                                 record (--history)
  explore [options] [story]      enumerate every path: endings, variable ranges,
                                 shortest paths, decisions that matter
  check [options] [story]        for authors: compile, lint, explore every path
                                 and check every invariant
  classroom [options]            shared-screen role-play: roles, discussion,
                                 votes, facilitator controls
  roles [options]                print the classroom role cards and the
                                 facilitator's sheet
  debrief [options] <run>        write a debrief pack (HTML or Markdown) for a
                                 finished run
  stats [options] <runs...>      merge many runs: who chose what, endings
  serve [options]                the lesson server on the local network:
                                 projector, phones, teacher
  export-web [options] <dir>     write the solo player as a static site (open
                                 index.html from disk)
  help [command]                 display help for command
`;

const PLAY_HELP = `Usage: khasan play [options] [story]

play the campaign, or any ink story (.ink or compiled .json)

Arguments:
  story                an ink story to play instead of the campaign

Options:
  --seed <n>           seed for every random draw (default: random, printed)
  --set <name=value>   set a premise before the first line (repeatable)
  --load <save>        start from a named save or a save file
  --width <n>          wrap text to N columns (default: the terminal's, else 80)
  --no-color           never use colour (also: the NO_COLOR environment
                       variable)
  --plain              inklecate's play format, for other ink tools
  --json               one JSON object per line, for programs
  --transcript <file>  write everything shown and typed to FILE
  --data-dir <dir>     where saves are kept (default: $XDG_DATA_HOME/khasan)
  --replay             replay a save made by another story build from its
                       choices
  -h, --help           show help
`;

describe.concurrent("khasan --help", () => {
  it("prints the whole usage text on stdout and exits 0", async ({ expect }) => {
    const result = await runSpawned(["--help"]);
    expect(result.stdout).toBe(MAIN_HELP);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  it("prints the same text for khasan help", async ({ expect }) => {
    const result = await runCli(["help"]);
    expect(result.stdout).toBe(MAIN_HELP);
    expect(result.code).toBe(0);
  });

  it("prints every play option for khasan play --help", async ({ expect }) => {
    const result = await runCli(["play", "--help"]);
    expect(result.stdout).toBe(PLAY_HELP);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  it("prints the version from package.json for --version", async ({ expect }) => {
    const result = await runCli(["--version"]);
    expect(result.stdout).toBe(`${require("../../package.json").version}\n`);
    expect(result.code).toBe(0);
  });

  it("refuses an unknown option with one line and exit 2", async ({ expect }) => {
    const result = await runCli(["play", "--bogus"]);
    expect(result.stderr).toBe("khasan: unknown option '--bogus' (see khasan --help)\n");
    expect(result.stdout).toBe("");
    expect(result.code).toBe(2);
  });
});
