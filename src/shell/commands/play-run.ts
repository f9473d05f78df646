/**
 * A game from start to finish: load the story, start the game (play-start.ts), then run the
 * interactive player or, with --plain or --json, the machine player.
 */
import { join } from "node:path";
import { dataDir } from "../files/paths";
import type * as RecordFile from "../files/record-file";
import { createFileSaveStore } from "../files/save-store";
import { loadStoryFile } from "../files/story-files";
import { createLineReader } from "../interactive/line-reader";
import { runMachinePlayer } from "../interactive/machine-player";
import { runPlayer } from "../interactive/player";
import type * as EndingComparison from "../views/ending-comparison";
import { createStyle } from "../views/style";
import type { CommandContext } from "./index";
import { commandName, parseWidth } from "./options";
import { lockForPlay } from "./play-lock";
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
  const storeDir = join(dataDir(options.dataDir, io.env, io.cwd), loaded.name);
  const gameContext = {
    loaded,
    store: createFileSaveStore(storeDir),
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
  let release = () => {};
  try {
    const { store, autosaveSlot: slot } = gameContext;
    const lock = await lockForPlay(storeDir, { store, slot, resume, format }, reader, io);
    if (lock.kind === "exit") return context.setExitCode(lock.code);
    release = lock.release;
    gameContext.autosaveSlot = lock.slot;
    const start = await startGame(options, gameContext, lock.resume, format, reader, io);
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
    const banner = `${style.color.bold(bannerText(game, style.width))}${notes.map((n) => `${n}\n`).join("")}\n`;
    write(banner);
    transcript.shown(banner);
    const dir = options.dataDir ? ` --data-dir ${options.dataDir}` : "";
    const resumeHint = `${commandName(io.env)} continue${file ? ` ${file}` : ""}${dir}`;
    const load = (name: string) => game.load(name);
    // The record and its comparison are loaded only if the game reaches an ending.
    const more = `type "sources" to list them all (${commandName(io.env)} history --sources lists every source of the record)`;
    const afterEnding = async () => {
      const [{ loadRecordBeside }, { renderEndingComparison }] = await Promise.all([
        import("../files/record-file.js"),
        import("../views/ending-comparison.js"),
      ]);
      const beside = loadRecordBeside(loaded.dir);
      return renderEndingComparison(game.session, loaded.meta, beside, style, more);
    };
    const sources = () => {
      const { loadRecordBeside } = require("../files/record-file") as typeof RecordFile;
      const views = require("../views/ending-comparison") as typeof EndingComparison;
      const beside = loadRecordBeside(loaded.dir);
      return views.renderEndingSources(game.session, loaded.meta, beside, style);
    };
    context.setExitCode(
      await runPlayer(game, turn, {
        reader,
        write,
        transcript,
        style,
        load,
        afterEnding,
        sources,
        resumeHint,
        echoInput: !terminal,
      }),
    );
  } finally {
    reader.close();
    release();
  }
}
