/**
 * The teacher's console (`/teach?token=…`): start the lesson; turn the projector's pages; the
 * live tally and who has voted (never shown to the class); close the vote, the casting vote,
 * decide for the class; pause, resume, extend or stop the timer; undo and lock undo; reveal the
 * numbers; notes; and the debrief and handout to download. Every button sends one message; the
 * server checks the token on each.
 */
import { formatDate } from "../../views/format";
import type { TeacherPage } from "../page-views";
import type { Link } from "./connection";
import { runCountdown } from "./countdown";
import { byId, h, patch, sends } from "./dom";
import { voteBars } from "./vote-bars";

let reply = "";

export function teacherReply(text: string): void {
  reply = text;
  const element = document.getElementById("reply");
  if (element) element.textContent = text;
}

export function drawTeacher(page: TeacherPage, link: Link): void {
  // The draft goes into the new view, since patching gives the kept note the new one's value.
  // (Focus needs no such care: patching keeps the focused element.)
  const noteText = (document.getElementById("note") as HTMLTextAreaElement | null)?.value ?? "";
  const button = (id: string, label: string, message: object, primary = false) =>
    sends(
      h("button", { type: "button", id, class: primary ? "primary" : undefined }, label),
      message,
      (sent) => link.send(sent),
    );
  const view = page.view;
  const parts: (Node | null)[] = [
    h("h1", {}, page.title),
    h("p", {}, `Students join at ${page.join.url} with room code ${page.join.room}.`),
    h("p", { id: "reply", role: "status", class: "notice" }, reply),
  ];
  if (!page.started || !view) {
    parts.push(
      h("div", { class: "tools" }, button("start", "Start the lesson", { type: "start" }, true)),
      h("p", {}, "The projector shows how to join, then the briefing on its next pages."),
      pageButtons(page, button),
    );
  } else {
    parts.push(
      h(
        "p",
        { class: "status" },
        view.date ? formatDate(view.date) : "",
        page.progress ? ` · decision ${page.progress.number} of ${page.progress.of}` : "",
        view.decision?.key ? " · key decision" : "",
        " · ",
        h("span", { id: "countdown", role: "timer", "aria-label": "Time left" }),
      ),
      pageButtons(page, button),
      voteSection(view, button, page.roles),
      timerSection(view, button),
      controls(view, button),
    );
  }
  parts.push(notes(page, link, noteText), downloads(page));
  patch(byId("view"), ...parts);
  const countdown = document.getElementById("countdown");
  if (countdown) runCountdown(countdown, view?.countdown);
}

type ButtonMaker = (id: string, label: string, message: object, primary?: boolean) => HTMLElement;
type View = NonNullable<TeacherPage["view"]>;

function pageButtons(page: TeacherPage, button: ButtonMaker): HTMLElement {
  return h(
    "div",
    { class: "tools", role: "group", "aria-label": "Projector pages" },
    button("page-back", "Previous page", {
      type: "page",
      page: Math.max(0, page.pageIndex - 1),
    }),
    button("page-next", "Next page", { type: "page", page: page.pageIndex + 1 }),
  );
}

function voteSection(view: View, button: ButtonMaker, roles: TeacherPage["roles"]): HTMLElement {
  const roleName = (id: string) => roles.find((role) => role.id === id)?.name ?? id;
  if (view.ended) return h("p", {}, "The story has ended. Download the debrief below.");
  if (!view.decision) return talkItOver(view, button);
  const labels = view.options.map((option) => `${option.number}. ${option.text}`);
  const voted = view.students.filter((s) => s.voted).length;
  const among = view.waitingFor?.among ?? [];
  return h(
    "section",
    { "aria-labelledby": "vote-heading" },
    h("h2", { id: "vote-heading" }, `The vote (${voted} of ${view.students.length} students)`),
    voteBars(view.tally, labels),
    h(
      "div",
      { class: "tools" },
      button(
        "close",
        "Close the vote and apply the rule",
        { type: "close", step: view.step },
        true,
      ),
    ),
    among.length > 0
      ? h(
          "div",
          {
            class: "tools",
            role: "group",
            "aria-label": `Casting vote: ${view.waitingFor?.decider}`,
          },
          h("p", {}, `${view.waitingFor?.decider} decides:`),
          ...among.map((n) =>
            button(`cast-${n}`, `Option ${n}`, { type: "cast", option: n - 1, step: view.step }),
          ),
        )
      : null,
    h(
      "div",
      { class: "tools", role: "group", "aria-label": "Decide for the class without a vote" },
      ...view.options.map((o) =>
        button(`decide-${o.number}`, `Decide ${o.number}`, {
          type: "decide",
          option: o.number - 1,
          step: view.step,
        }),
      ),
    ),
    h(
      "ul",
      { class: "status", "aria-label": "Students" },
      ...view.students.map((s) =>
        h(
          "li",
          {},
          `${s.name}${s.role ? ` (${roleName(s.role)})` : ""}: ${s.voted ? "voted" : "not yet"}`,
        ),
      ),
    ),
  );
}

/** A choice that is no decision (the tone of a reply): no vote; the teacher picks after the talk. */
function talkItOver(view: View, button: ButtonMaker): HTMLElement {
  if (view.options.length === 0) return h("p", {}, "No decision for the class here.");
  return h(
    "section",
    { "aria-labelledby": "choice-heading" },
    h("h2", { id: "choice-heading" }, "Not a vote: the class talks it over, you choose"),
    h(
      "div",
      { class: "tools", role: "group", "aria-label": "Choose for the class" },
      ...view.options.map((o) =>
        button(`decide-${o.number}`, `${o.number}. ${o.text}`, {
          type: "decide",
          option: o.number - 1,
          step: view.step,
        }),
      ),
    ),
  );
}

function timerSection(view: View, button: ButtonMaker): HTMLElement {
  return h(
    "div",
    { class: "tools", role: "group", "aria-label": "Timer and pause" },
    view.paused
      ? button("resume", "Resume", { type: "resume" }, true)
      : button("pause", "Pause", { type: "pause" }),
    button("extend", "One more minute", { type: "extend", seconds: 60 }),
    button("skip", "Stop the timer", { type: "timer", seconds: 0 }),
  );
}

function controls(view: View, button: ButtonMaker): HTMLElement {
  return h(
    "div",
    { class: "tools", role: "group", "aria-label": "Lesson" },
    button("undo", "Undo the last decision", { type: "undo", steps: 1, step: view.step }),
    button("lock-undo", view.undoLocked ? "Allow undo" : "Lock undo", {
      type: "lock-undo",
      locked: !view.undoLocked,
    }),
    button("reveal", view.revealed ? "Hide the numbers" : "Reveal the numbers", {
      type: "reveal",
      shown: !view.revealed,
    }),
  );
}

function notes(page: TeacherPage, link: Link, draft: string): HTMLElement {
  const area = h("textarea", { id: "note", name: "note", rows: "3", maxlength: "2000" });
  area.value = draft;
  const form = h(
    "form",
    { "aria-labelledby": "notes-heading" },
    h("h2", { id: "notes-heading" }, "Notes for the debrief"),
    h("label", { for: "note" }, "Note"),
    area,
    h("div", { class: "tools" }, h("button", { type: "submit", id: "add-note" }, "Add the note")),
    h("ul", {}, ...(page.view?.notes ?? []).map((note) => h("li", {}, note.text))),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (area.value.trim() === "") return;
    link.send({ type: "note", text: area.value });
    area.value = "";
  });
  return form;
}

function downloads(page: TeacherPage): HTMLElement {
  return h(
    "section",
    { "aria-labelledby": "downloads-heading" },
    h("h2", { id: "downloads-heading" }, "After the lesson"),
    h(
      "ul",
      {},
      ...page.downloads.map((d) => h("li", {}, h("a", { href: d.href, download: "" }, d.label))),
    ),
  );
}
