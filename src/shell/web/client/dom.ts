/**
 * A very small DOM builder for the browser pages. Text always goes in through `textContent`
 * (never `innerHTML`), so a story line, a nickname or a note can never become markup.
 */
import morphdom from "morphdom";

type Child = Node | string | false | null | undefined;
type Attributes = Record<string, string | boolean | undefined>;

/** `h("button", { type: "button" }, "Undo")`: an element with attributes and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? "" : value);
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === false || child === null || child === undefined) continue;
    parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
}

/** Replaces everything inside `parent` with `children`. */
export function replace(parent: Node, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, children);
}

/**
 * Makes what is inside `parent` look like `children`, keeping every element that is still there
 * (morphdom matches them by id, then by place). A page redrawn for someone else's vote keeps the
 * button being tapped, its focus and a half-typed note's caret. A kept element keeps its own
 * listeners, so a listener reads what it sends from the element's attributes (see `sends`).
 */
export function patch(parent: HTMLElement, ...children: Child[]): void {
  const next = document.createElement(parent.tagName);
  append(next, children);
  morphdom(parent, next, { childrenOnly: true });
}

/** Has `element` send, when clicked, the message in its `data-send` attribute at that moment. */
export function sends<E extends HTMLElement>(
  element: E,
  message: object,
  send: (message: object) => void,
): E {
  element.dataset.send = JSON.stringify(message);
  element.addEventListener("click", () => send(JSON.parse(element.dataset.send ?? "{}")));
  return element;
}

/** The element with `id`, or an error naming it (a page built without it is a bug). */
export function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the page has no #${id}`);
  return element;
}
