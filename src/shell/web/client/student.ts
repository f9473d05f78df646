/**
 * The student's page (`/join`), made for a phone: a nickname and a role to join; then the
 * student's own role card, the options of the decision open now as large buttons (the vote can
 * be changed until the vote closes, and the chosen one is marked for screen readers too), and
 * the result once the vote is settled. A link offers to play the campaign alone.
 */
import { formatDate } from "../../views/format";
import type { StudentPage } from "../page-views";
import type { Link } from "./connection";
import { runCountdown } from "./countdown";
import { byId, h, patch, replace, sends } from "./dom";
import { voteBars } from "./vote-bars";

let focusAfterDraw: string | undefined;

export function drawStudent(page: StudentPage, link: Link): void {
  const view = byId("view");
  if (!page.view) {
    // Other students joining redraw nothing here: the form keeps what this student typed.
    if (!document.getElementById("nickname")) replace(view, joinForm(page, link));
    return;
  }
  const me = page.view;
  // Every vote sends every phone its view again: patching keeps the buttons a student may be
  // tapping at that moment, where redrawing them would swallow the tap.
  patch(
    view,
    h(
      "h1",
      { id: "student-heading", tabindex: "-1" },
      `${me.name}${page.card ? `: ${page.card.name}` : ""}`,
    ),
    h("p", { class: "status" }, me.date ? formatDate(me.date) : "", me.paused ? " · paused" : ""),
    h("p", { id: "countdown", class: "countdown", role: "timer", "aria-label": "Time left" }),
    ballot(page, link),
    page.lastVote ? result(page.lastVote) : null,
    page.ending ? ending(page) : null,
    page.card ? card(page.card) : null,
    h("p", {}, h("a", { href: "/solo/" }, "Play the campaign alone")),
  );
  runCountdown(byId("countdown"), me.countdown);
  if (focusAfterDraw) document.getElementById(focusAfterDraw)?.focus();
  focusAfterDraw = undefined;
}

function joinForm(page: StudentPage, link: Link): HTMLElement {
  const input = h("input", {
    id: "nickname",
    type: "text",
    name: "nickname",
    autocomplete: "nickname",
    maxlength: "24",
    required: true,
  });
  const select = h(
    "select",
    { id: "role", name: "role" },
    h("option", { value: "" }, "Any role (the teacher assigns)"),
    ...page.roles.map((role) => h("option", { value: role.id }, `${role.name}, ${role.title}`)),
  );
  const form = h(
    "form",
    { "aria-labelledby": "join-heading" },
    h("h1", { id: "join-heading" }, page.title),
    h("p", {}, `Room ${page.room}. Type a nickname (no full names) and pick a role.`),
    h("label", { for: "nickname" }, "Nickname"),
    input,
    h("label", { for: "role" }, "Role"),
    select,
    h(
      "div",
      { class: "tools" },
      h("button", { type: "submit", class: "primary" }, "Join the lesson"),
    ),
    h("p", {}, h("a", { href: "/solo/" }, "Or play the campaign alone")),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const message: { type: "join"; name: string; role?: string } = {
      type: "join",
      name: input.value,
    };
    if (select.value) message.role = select.value;
    focusAfterDraw = "student-heading";
    link.send(message);
  });
  return form;
}

function ballot(page: StudentPage, link: Link): HTMLElement {
  const me = page.view;
  if (!me || me.ended) return h("p", {}, me?.ended ? "The story has ended." : "");
  if (me.paused) return h("p", { class: "notice" }, "The lesson is paused.");
  if (!me.canVote || me.options.length === 0) {
    if (!page.talkItOver)
      return h("p", { class: "notice" }, "No vote is open: listen to the discussion.");
    return h(
      "section",
      { "aria-labelledby": "talk-heading" },
      h("h2", { id: "talk-heading" }, "Talk it over: the teacher chooses"),
      h("ol", {}, ...me.options.map((option) => h("li", {}, option.text))),
    );
  }
  const buttons = me.options.map((option) => {
    const chosen = me.myVote === option.number;
    const button = h(
      "button",
      { type: "button", id: `option-${option.number}`, "aria-pressed": chosen ? "true" : "false" },
      `${option.number}. ${option.text}`,
    );
    const vote = { type: "vote", option: option.number - 1, decision: me.decision ?? "" };
    return h(
      "li",
      {},
      sends(button, vote, (sent) => link.send(sent)),
    );
  });
  const mine =
    me.myVote !== undefined
      ? `Your vote: option ${me.myVote}. You can change it until the vote closes.`
      : "You have not voted yet.";
  return h(
    "section",
    { class: "options", "aria-labelledby": "vote-heading" },
    h("h2", { id: "vote-heading" }, "Your vote"),
    h("ol", { class: "choices" }, ...buttons),
    h("p", { role: "status" }, mine),
  );
}

function result(settled: NonNullable<StudentPage["lastVote"]>): HTMLElement {
  return h(
    "section",
    { "aria-labelledby": "result-heading" },
    h("h2", { id: "result-heading" }, "The last vote"),
    voteBars(
      settled.counts,
      settled.counts.map((_, i) => `Option ${i + 1}`),
    ),
    h("p", {}, settled.explanation),
  );
}

function ending(page: StudentPage): HTMLElement {
  const end = page.ending;
  if (!end) return h("p", {});
  return h(
    "section",
    { "aria-labelledby": "ending-heading" },
    h("h2", { id: "ending-heading" }, `The end: ${end.title}`),
    h("p", { class: "notice" }, `Content note: ${end.contentNote}`),
    h("p", {}, end.summary),
    end.historical ? h("p", { class: "muted" }, "This is how it ended in 1938.") : null,
  );
}

function card(role: NonNullable<StudentPage["card"]>): HTMLElement {
  return h(
    "section",
    { class: "card", "aria-labelledby": "card-heading" },
    h("h2", { id: "card-heading" }, `Your role: ${role.name}, ${role.title}`),
    ...role.sections.flatMap((section) => [
      h("h3", {}, section.heading),
      ...section.text.map((line) => h("p", section.secret ? { class: "secret" } : {}, line)),
    ]),
  );
}
