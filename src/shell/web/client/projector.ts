/**
 * The projector page (`/`), read from the back of the room: before the lesson, the join address,
 * its QR code and the room code; then the scene in large type, cut into pages that fit the
 * screen (the teacher turns them; the arrow keys on the projector's laptop too), the decision
 * with "decision 3 of 6", the countdown and the vote bar. The tally stays hidden until the vote
 * is settled.
 */
import { formatDate } from "../../views/format";
import type { ProjectorPage } from "../page-views";
import { runCountdown } from "./countdown";
import { byId, h, replace } from "./dom";
import { voteBars } from "./vote-bars";

let localPage = 0;
let lastServerPage = -1;
let latest: ProjectorPage | undefined;

export function drawProjector(page: ProjectorPage): void {
  latest = page;
  if (page.pageIndex !== lastServerPage) {
    lastServerPage = page.pageIndex;
    localPage = page.pageIndex;
  }
  const view = byId("view");
  if (!page.started || !page.view) {
    // The lobby is paged too: the join address and QR code first, then the briefing.
    const area = h("div", { class: "page", id: "page-area" });
    const footer = h(
      "div",
      { class: "footer" },
      h("span", { id: "page-number" }),
      h("span", {}, `Room ${page.join.room} · ${page.students} joined so far`),
    );
    replace(view, h("h1", {}, page.title), area, footer);
    paginate(area, lobby(page));
    return;
  }
  const header = h(
    "div",
    { class: "footer" },
    h("span", {}, page.view.date ? formatDate(page.view.date) : ""),
    h(
      "span",
      {},
      page.progress ? `Decision ${page.progress.number} of ${page.progress.of}` : "",
      page.view.decision?.key ? " · key decision" : "",
    ),
  );
  const area = h("div", { class: "page", id: "page-area" });
  const countdown = h("span", { class: "countdown", role: "timer", "aria-label": "Time left" });
  const footer = h(
    "div",
    { class: "footer" },
    h("span", { id: "page-number" }),
    h("span", {}, `Join: ${page.join.url} · room ${page.join.room}`),
    countdown,
  );
  replace(view, h("h1", { class: "visually-hidden" }, page.title), header, area, footer);
  runCountdown(countdown, page.view.countdown);
  paginate(area, pagesOf(page));
}

/** Before the lesson: how to join, then the cut's spoiler-free briefing, a paragraph a block. */
function lobby(page: ProjectorPage): HTMLElement[] {
  const join = h(
    "div",
    { class: "join" },
    h("img", {
      src: "/qr.svg",
      alt: `QR code for ${page.join.url}`,
      width: "300",
      height: "300",
    }),
    h(
      "div",
      {},
      h("p", {}, "Join on your phone:"),
      h("p", { class: "code" }, page.join.url),
      h("p", {}, "Room code: ", h("span", { class: "code" }, page.join.room)),
      h("p", {}, `${page.students} joined so far.`),
    ),
  );
  const briefing = page.briefing.map((line) => h("p", {}, line));
  return briefing.length > 0 ? [join, h("h2", {}, "Before we start"), ...briefing] : [join];
}

/** The scene as blocks to lay out: each paragraph, then the decision and the vote. */
function pagesOf(page: ProjectorPage): HTMLElement[] {
  const view = page.view;
  if (!view) return [];
  const blocks: HTMLElement[] = [];
  if (view.ended && page.ending) {
    // The content note comes first, alone on its page: the teacher reads it before the ending.
    const note = h(
      "section",
      { "aria-label": "Content note", class: "notice" },
      h("h2", {}, "Content note"),
      h("p", {}, page.ending.contentNote),
      h("p", {}, "Next page: the ending."),
    );
    note.dataset.alone = "yes";
    blocks.push(note);
  }
  if (page.lastVote) {
    const { counts, explanation } = page.lastVote;
    blocks.push(
      h(
        "section",
        { "aria-label": "The last vote" },
        h("h2", {}, "The last vote"),
        voteBars(
          counts,
          counts.map((_, i) => `Option ${i + 1}`),
        ),
        h("p", {}, explanation),
      ),
    );
  }
  const lines = view.text.filter((line) => line.trim() !== "").map((line) => h("p", {}, line));
  blocks.push(...lines);
  if (view.ended && page.ending) {
    blocks.push(h("h2", {}, `The end: ${page.ending.title}`), h("p", {}, page.ending.summary));
    if (page.ending.historical)
      blocks.push(h("p", { class: "muted" }, "This is how it ended in 1938."));
  }
  if (view.decision && view.options.length > 0) {
    const decision = h(
      "section",
      { "aria-label": "The decision" },
      h("h2", {}, `${view.decision.decider} answers for this decision`),
      h("ol", {}, ...view.options.map((option) => h("li", {}, option.text))),
      h("p", { class: "bar" }, `${view.ballots} of ${view.classSize || "the class"} have voted`),
      view.waitingFor
        ? h(
            "p",
            { class: "notice" },
            `${view.waitingFor.decider} decides between options ${view.waitingFor.among.join(" and ")}.`,
          )
        : null,
      view.paused ? h("p", { class: "notice" }, "Paused.") : null,
    );
    blocks.push(decision);
  } else if (!view.ended && view.options.length > 0) {
    blocks.push(
      h(
        "section",
        { "aria-label": "Not a vote" },
        h("h2", {}, "Talk it over: the teacher chooses"),
        h("ol", {}, ...view.options.map((option) => h("li", {}, option.text))),
      ),
    );
  }
  return blocks;
}

/** Lays `blocks` into pages the height of `area` and shows the current one. */
function paginate(area: HTMLElement, blocks: HTMLElement[]): void {
  const pages: HTMLElement[][] = [[]];
  for (const block of blocks) {
    area.appendChild(block);
    const current = pages[pages.length - 1] ?? [];
    const alone = current.length > 0 && current[current.length - 1]?.dataset.alone === "yes";
    if ((area.scrollHeight > area.clientHeight || alone) && current.length > 0) {
      for (const earlier of current) earlier.remove();
      pages.push([block]);
    } else {
      current.push(block);
    }
  }
  localPage = Math.max(0, Math.min(localPage, pages.length - 1));
  replace(area, ...(pages[localPage] ?? []));
  byId("page-number").textContent =
    pages.length > 1 ? `Page ${localPage + 1} of ${pages.length}` : "";
}

/** The projector's own laptop may turn pages with the arrow keys. */
export function listenForPageKeys(): void {
  document.addEventListener("keydown", (event) => {
    if (!latest) return;
    if (event.key === "ArrowRight" || event.key === "PageDown" || event.key === " ") localPage += 1;
    else if (event.key === "ArrowLeft" || event.key === "PageUp")
      localPage = Math.max(0, localPage - 1);
    else return;
    event.preventDefault();
    const page = latest;
    lastServerPage = page.pageIndex;
    drawProjector(page);
  });
}
