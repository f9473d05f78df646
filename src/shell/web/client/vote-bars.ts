/**
 * The vote as bars: one row per option with its count, the bar's width its share. The count is
 * written out, so the bar's colour is never the only way to read it.
 */
import { h } from "./dom";

export function voteBars(counts: readonly number[], labels: readonly string[]): HTMLElement {
  const total = counts.reduce((sum, n) => sum + n, 0);
  return h(
    "div",
    { class: "bars" },
    ...counts.map((count, index) => {
      const share = total > 0 ? Math.round((count / total) * 100) : 0;
      const fill = h("div", { class: "fill" });
      fill.style.width = `${share}%`;
      return h(
        "div",
        { class: "bar" },
        h("span", {}, labels[index] ?? `Option ${index + 1}`),
        h("span", {}, `${count} ${count === 1 ? "vote" : "votes"}`),
        h("div", { class: "track", "aria-hidden": "true" }, fill),
      );
    }),
  );
}
