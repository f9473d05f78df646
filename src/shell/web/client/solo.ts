/**
 * The solo player in the browser (`khasan export-web`, and "play alone" on the lesson server):
 * the campaign runs through the same core as the terminal (Session, replay, the comparison with
 * the record); this file only draws it and keeps the game in the browser's storage so that a
 * closed tab resumes. One scene at a time, choices as buttons, the record at every ending.
 */
import { compareRunWithRecord } from "../../../core/history/record-comparison";
import { MAX_SEED } from "../../../core/random/seed";
import { replayLog } from "../../../core/save/replay";
import { trackedVariables } from "../../../core/state/tracked";
import { Session } from "../../../core/story/session";
import type { LogEntry, Turn } from "../../../core/story/turn";
import { formatDate } from "../../views/format";
import { renderStatusLine } from "../../views/player-view";
import { renderRecordComparison } from "../../views/record-comparison-view";
import { plainStyle } from "../../views/style";
import {
  type CampaignData,
  DATA_GLOBAL,
  type OpenedCampaign,
  openCampaign,
} from "../campaign-data";
import { byId, h, replace } from "./dom";

interface SavedGame {
  seed: number;
  log: LogEntry[];
}

interface Game {
  session: Session;
  turn: Turn;
}

const campaign = openCampaign(
  (window as unknown as Record<string, CampaignData>)[DATA_GLOBAL] as CampaignData,
);
const storageKey = `khasan-solo-${campaign.story.hash.slice(0, 16)}`;
const app = byId("app");
document.title = campaign.title;

showStart(readSaved());

function showStart(saved: SavedGame | undefined): void {
  const intro = h(
    "p",
    {},
    "You are Marshal Vasily Blyukher, commander of the Far Eastern Front, in July and August 1938. Each choice moves troops, losses, Stalin's trust and the risk of a wider war; every ending sets your run beside the historical record.",
  );
  const start = h("button", { type: "button", class: "primary" }, "Start a new game");
  start.addEventListener("click", () => begin({ seed: randomSeed(), log: [] }));
  const buttons = [start];
  if (saved && saved.log.length > 0) {
    const resume = h(
      "button",
      { type: "button", class: "primary" },
      `Continue your game (${saved.log.length} choices made)`,
    );
    resume.addEventListener("click", () => begin(saved));
    buttons.unshift(resume);
  }
  replace(
    app,
    h("h1", { id: "page-heading", tabindex: "-1" }, campaign.title),
    intro,
    h("div", { class: "tools" }, ...buttons),
  );
}

function begin(saved: SavedGame): void {
  const session = new Session(campaign.story, { seed: saved.seed });
  const { turn } = replayLog(session, saved.log);
  show({ session, turn }, undefined);
}

function show(game: Game, previousDate: string | undefined): void {
  const { turn, session } = game;
  writeSaved({ seed: session.seed, log: session.choices() });
  const heading =
    turn.date && turn.date !== previousDate ? formatDate(turn.date) : `${campaign.title}`;
  const scene = h(
    "section",
    { "aria-labelledby": "page-heading", class: "scene" },
    h("h1", { id: "page-heading", tabindex: "-1" }, heading),
    statusLine(session),
    ...turn.lines.filter((line) => line.text.trim() !== "").map((line) => h("p", {}, line.text)),
  );
  const parts: Node[] = [scene];
  if (turn.ended) parts.push(...endingParts(game));
  else parts.push(choiceList(game));
  parts.push(tools(game));
  replace(app, ...parts);
  byId("page-heading").focus();
}

function statusLine(session: Session): HTMLElement {
  const tracked = trackedVariables(session.variables(), campaign.meta);
  const text = renderStatusLine(session.currentDate(), tracked, plainStyle(10_000)).trim();
  return h("p", { class: "status" }, text);
}

function choiceList(game: Game): HTMLElement {
  const items = game.turn.choices.map((choice) => {
    const button = h("button", { type: "button", class: "choice" }, choice.text);
    button.addEventListener("click", () => {
      const before = game.session.currentDate();
      game.session.choose(choice.index);
      show({ session: game.session, turn: game.session.continue() }, before);
    });
    return h("li", {}, button);
  });
  const label = game.turn.decision ? "Your decision" : "Go on";
  return h(
    "nav",
    { "aria-labelledby": "choices-heading", class: "choices" },
    h("h2", { id: "choices-heading" }, label),
    h("ol", {}, ...items),
  );
}

function endingParts(game: Game): Node[] {
  const id = game.turn.ending?.id;
  const ending = id ? campaign.meta.endings[id] : undefined;
  const parts: Node[] = [h("h2", {}, ending ? `The end: ${ending.title}` : "The end")];
  if (ending) parts.push(h("p", {}, ending.summary));
  if (ending?.historical) parts.push(h("p", { class: "muted" }, "This is how it ended in 1938."));
  if (campaign.record) parts.push(comparison(game, campaign));
  return parts;
}

function comparison(game: Game, opened: OpenedCampaign): HTMLElement {
  if (!opened.record) return h("p", {}, "");
  const result = compareRunWithRecord({
    variables: game.session.variables(),
    log: game.session.choices(),
    meta: opened.meta,
    record: opened.record,
    ...(opened.assumptions ? { assumptions: opened.assumptions } : {}),
  });
  return h(
    "section",
    { class: "comparison", "aria-label": "Your run and the historical record" },
    h("pre", {}, renderRecordComparison(result, plainStyle(64))),
  );
}

function tools(game: Game): HTMLElement {
  const undo = h(
    "button",
    { type: "button", disabled: game.session.choices().length === 0 },
    "Undo",
  );
  undo.addEventListener("click", () => {
    const log = game.session.choices();
    const { turn } = replayLog(game.session, log.slice(0, -1));
    show({ session: game.session, turn }, undefined);
  });
  const restart = h("button", { type: "button" }, "Start again");
  restart.addEventListener("click", () => {
    clearSaved();
    showStart(undefined);
  });
  return h("div", { class: "tools", role: "group", "aria-label": "Game" }, undo, restart);
}

function randomSeed(): number {
  const values = new Uint32Array(1);
  crypto.getRandomValues(values);
  return (values[0] ?? 1) % MAX_SEED;
}

function readSaved(): SavedGame | undefined {
  try {
    const text = localStorage.getItem(storageKey);
    if (!text) return undefined;
    const data = JSON.parse(text) as SavedGame;
    return Number.isInteger(data.seed) && Array.isArray(data.log) ? data : undefined;
  } catch {
    return undefined;
  }
}

function writeSaved(game: SavedGame): void {
  try {
    localStorage.setItem(storageKey, JSON.stringify(game));
  } catch {
    // Storage can be off (private windows, some file:// setups): the game still plays.
  }
}

function clearSaved(): void {
  try {
    localStorage.removeItem(storageKey);
  } catch {
    // As above: nothing was stored.
  }
}
