/**
 * The outline of a compiled story: its knots, stitches and labelled gathers and choices, found
 * in the runtime container tree. Coverage reports which of them no path ever entered. ink's own
 * generated containers (`c-0`, `g-1`, `s`, `$r1` …) and the global declarations are not
 * part of the outline a writer recognises, so they are left out.
 */
import { Container } from "inkjs/engine/Container";

const GENERATED = /^(c-\d+|g-\d+|s\d*|\$r\d*)$/;

/** Maps each outline container to its display name (`knot` or `knot.stitch`). */
export function listOutline(root: Container): Map<Container, string> {
  const outline = new Map<Container, string>();
  for (const [name, content] of root.namedContent) {
    if (!(content instanceof Container) || name === "global decl") continue;
    outline.set(content, name);
    addChildren(content, name, outline);
  }
  return outline;
}

function addChildren(knot: Container, knotName: string, outline: Map<Container, string>): void {
  for (const [name, content] of knot.namedContent) {
    if (!(content instanceof Container) || GENERATED.test(name)) continue;
    outline.set(content, `${knotName}.${name}`);
  }
}
