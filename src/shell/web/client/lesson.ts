/**
 * The lesson pages' one script: reads which page this is (`data-page` on the body), connects to
 * the server and draws whatever view it pushes. A student's reconnection key is kept in the
 * phone's storage, so a lost Wi-Fi or a reload comes back as the same student with the same
 * vote; the room code comes from the join address (`/join?room=K7QF`) or is typed in.
 */
import type { PageView } from "../page-views";
import { connect, type Link, type ServerMessage } from "./connection";
import { byId, h, replace } from "./dom";
import { drawProjector, listenForPageKeys } from "./projector";
import { drawStudent } from "./student";
import { drawTeacher, teacherReply } from "./teacher";

const page = document.body.dataset.page ?? "projector";
const params = new URLSearchParams(location.search);
const room = (params.get("room") ?? "").trim().toUpperCase();
const KEY = `khasan-lesson-key-${room}`;

if (page === "student" && room === "") askForRoom();
else start();

function start(): void {
  const link: Link = connect({
    hello: () => {
      const hello: Record<string, string> = { type: "hello", page, room };
      const token = params.get("token");
      if (page === "teacher" && token) hello.token = token;
      const key = page === "student" ? readKey() : undefined;
      if (key) hello.key = key;
      return hello;
    },
    onMessage: (message: ServerMessage) => {
      if (message.type === "joined") writeKey(message.key);
      else if (message.type === "reply") showReply(message.ok, message.reply);
      else draw(message.view as PageView, link);
    },
  });
  if (page === "projector") listenForPageKeys();
}

function draw(view: PageView, link: Link): void {
  if (view.page === "projector") drawProjector(view);
  else if (view.page === "student") drawStudent(view, link);
  else drawTeacher(view, link);
}

function showReply(ok: boolean, text: string): void {
  if (page === "teacher") teacherReply(text);
  else if (!ok || page === "student") byId("connection").textContent = text;
}

/** A student who typed the address without the code gives it here (the QR code carries it). */
function askForRoom(): void {
  byId("connection").textContent = "";
  const input = h("input", {
    id: "room",
    name: "room",
    type: "text",
    autocomplete: "off",
    maxlength: "8",
    required: true,
  });
  replace(
    byId("view"),
    h(
      "form",
      { method: "get", action: "/join", "aria-labelledby": "room-heading" },
      h("h1", { id: "room-heading" }, "Join the lesson"),
      h("label", { for: "room" }, "Room code (on the class's screen)"),
      input,
      h("div", { class: "tools" }, h("button", { type: "submit", class: "primary" }, "Go on")),
    ),
  );
}

function readKey(): string | undefined {
  try {
    return localStorage.getItem(KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

function writeKey(key: string): void {
  try {
    localStorage.setItem(KEY, key);
  } catch {
    // Without storage a reload joins anew; the lesson still works.
  }
}
