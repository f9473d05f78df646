/**
 * `khasan play [story]` and `khasan continue [story]`: the options, then a game started by
 * play-start.ts, run by the interactive player or, with --plain or --json, the machine player.
 */
import { join } from "node:path";
import { type Command, Option } from "commander";
import { resumeSession } from "../../core/save/resume";
import type { Turn } from "../../core/story/turn";
import { dataDir } from "../files/paths";
import { createFileSaveStore, namedSlot } from "../files/save-store";
import { loadStoryFile } from "../files/story-files";
import type { Game } from "../terminal/game";
import { createLineReader } from "../terminal/line-reader";
import { runMachinePlayer } from "../terminal/machine-player";
import { runPlayer } from "../terminal/player";
import { createStyle } from "../terminal/style";
import type { CommandContext } from "./index";
import {
  bannerText,
  openTranscript,
  type PlayFormat,
  type PlayOptions,
  parseWidth,
  startGame,
} from "./play-start";

const collect = (value: string, previous: string[]) => [...previous, value];

function addOutputOptions(command: Command): Command {
  return command
    .option("--width <n>", "wrap text to N columns (default: the terminal's, else 80)")
    .option("--no-color", "never use colour (also: the NO_COLOR environment variable)")
    .addOption(
      new Option("--plain", "inklecate's play format, for other ink tools").conflicts("json"),
    )
    .option("--json", "one JSON object per line, for programs")
    .option("--transcript <file>", "write everything shown and typed to FILE")
    .option("--data-dir <dir>", "where saves are kept (default: $XDG_DATA_HOME/khasan)")
    .option("--replay", "replay a save made by another story build from its choices");
}

export function registerPlay(program: Command, context: CommandContext): void {
  addOutputOptions(
    program
      .command("play", { isDefault: true })
      .description("play the campaign, or any ink story (.ink or compiled .json)")
      .argument("[story]", "an ink story to play instead of the campaign")
      .option("--seed <n>", "seed for every random draw (default: random, printed)")
      .option("--set <name=value>", "set a premise before the first line (repeatable)", collect, [])
      .option("--load <save>", "start from a named save or a save file"),
  ).action((story: string | undefined, options: PlayOptions) =>
    play(story, options, context, false),
  );
}

export function registerContinue(program: Command, context: CommandContext): void {
  addOutputOptions(
    program
      .command("continue")
      .description("resume the autosaved game")
      .argument("[story]", "the story whose autosave to resume (default: the campaign)"),
  ).action((story: string | undefined, options: PlayOptions) =>
    play(story, { ...options, set: [] }, context, true),
  );
}

async function play(
  file: string | undefined,
  options: PlayOptions,
  context: CommandContext,
  resume: boolean,
): Promise<void> {
  const { io } = context;
  const width = parseWidth(options.width);
  const loaded = loadStoryFile(file, io.cwd);
  const format: PlayFormat = options.plain ? "plain" : options.json ? "json" : "interactive";
  const gameContext = {
    loaded,
    store: createFileSaveStore(join(dataDir(options.dataDir, io.env, io.cwd), loaded.name)),
    autosaveSlot: format === "interactive" ? "autosave" : `autosave-${format}`,
    appVersion: context.appVersion,
    now: io.now,
  };
  const stdinIsTTY = Boolean((io.stdin as { isTTY?: boolean }).isTTY);
  const terminal = format === "interactive" && io.isTTY && stdinIsTTY;
  const reader = createLineReader({
    input: io.stdin,
    output: io.stdout,
    terminal,
    onInterrupt: io.onInterrupt,
  });
  try {
    const start = await startGame(options, gameContext, resume, format, reader, io);
    if ("code" in start) return context.setExitCode(start.code);
    const { game, turn, notes } = start;
    const transcript = openTranscript(game, options.transcript, io, context.appVersion);
    const write = (text: string) => io.stdout.write(text);
    if (format !== "interactive") {
      for (const note of notes) io.stderr.write(`khasan: ${note}\n`);
      context.setExitCode(
        await runMachinePlayer(game, turn, format, { reader, write, transcript }),
      );
      return;
    }
    const style = createStyle({ ...io, color: options.color, width, columns: io.columns });
    const banner = `${style.color.bold(bannerText(game))}${notes.map((n) => `${n}\n`).join("")}\n`;
    write(banner);
    transcript.shown(banner);
    const resumeHint = `khasan continue${file ? ` ${file}` : ""}`;
    const load = (name: string) => loadNamed(game, name);
    context.setExitCode(
      await runPlayer(game, turn, {
        reader,
        write,
        transcript,
        style,
        load,
        resumeHint,
        echoInput: !terminal,
      }),
    );
  } finally {
    reader.close();
  }
}

/** `load NAME` at the prompt: the same build only; the game is untouched on any failure. */
function loadNamed(game: Game, name: string): Turn {
  const { store, loaded } = game.context;
  const slot = namedSlot(name);
  const save = store.read(slot);
  const resumed = resumeSession(loaded.story, save, { replay: false, label: store.pathOf(slot) });
  game.replace(resumed.session, save.events, name);
  return resumed.turn;
}
