/**
 * A game from start to finish: load the story, start the game (play-start.ts), then run the
 * interactive player or, with --plain or --json, the machine player.
 */
import { join } from "node:path";
import { compareRunWithRecord } from "../../core/history/compare-run";
import { resumeSession } from "../../core/save/resume";
import type { Turn } from "../../core/story/turn";
import { dataDir } from "../files/paths";
import { loadAssumptions, loadRecordFile } from "../files/record-file";
import { createFileSaveStore, namedSlot } from "../files/save-store";
import { loadStoryFile } from "../files/story-files";
import { renderComparison } from "../terminal/comparison-view";
import type { Game } from "../terminal/game";
import { createLineReader } from "../terminal/line-reader";
import { runMachinePlayer } from "../terminal/machine-player";
import { runPlayer } from "../terminal/player";
import { createStyle, type Style } from "../terminal/style";
import type { CommandContext } from "./index";
import { parseWidth } from "./options";
import {
  bannerText,
  openTranscript,
  type PlayFormat,
  type PlayOptions,
  startGame,
} from "./play-start";

export async function play(
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
    const dir = options.dataDir ? ` --data-dir ${options.dataDir}` : "";
    const resumeHint = `khasan continue${file ? ` ${file}` : ""}${dir}`;
    const load = (name: string) => loadNamed(game, name);
    const afterEnding = (ended: Game) => comparisonAtEnding(ended, style);
    context.setExitCode(
      await runPlayer(game, turn, {
        reader,
        write,
        transcript,
        style,
        load,
        afterEnding,
        resumeHint,
        echoInput: !terminal,
      }),
    );
  } finally {
    reader.close();
  }
}

/**
 * The run beside the historical record, when the story has one (story/record.json). Read at
 * the ending only, so a story without a record, or a game never finished, costs nothing.
 */
function comparisonAtEnding(game: Game, style: Style): string {
  const { dir, meta } = game.context.loaded;
  const record = loadRecordFile(dir);
  if (!record) return "";
  const assumptions = loadAssumptions(dir);
  const comparison = compareRunWithRecord({
    variables: game.session.variables(),
    log: game.session.choices(),
    meta,
    record,
    ...(assumptions ? { assumptions } : {}),
  });
  return `\n${renderComparison(comparison, style)}`;
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
