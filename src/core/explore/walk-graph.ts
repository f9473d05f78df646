/**
 * The graph one exhaustive walk builds over every premise set it starts from: one node per
 * distinct state, whichever set reached it first, one edge per choice. It keeps what each step
 * showed (tags, warnings, tally changes, knots entered) on the node or edge it belongs to, not
 * in the order the walk met it, so that the graph of any one set can be replayed from it
 * exactly as a walk of that set alone would have built it (set-graph.ts).
 *
 * It is kept in columns of integers (int-column.ts), strings and shared records by number: a
 * state costs about 24 bytes and an edge 28, where objects cost several hundred, so the walk of
 * every premise set of the campaign (over a million states) fits in memory. A node's edges are
 * numbered consecutively from its first edge; an edge's place among its node's choices is its
 * number minus that first edge.
 */
import type { RangeViolation } from "../state/tracked";
import type { VariableValue } from "../story/session";
import type { Outcome } from "./graph";
import { IntColumn } from "./int-column";

/** A choice point ("state"), an end ("end"), a path stopped by an error or cut by a limit. */
export type WalkNodeKind = "state" | "end" | "error" | "cut";

const KINDS: readonly WalkNodeKind[] = ["state", "end", "error", "cut"];

/** What ends, errors, cuts and states out of range keep besides their kind and date. */
export interface NodeDetails {
  /** On ends: how paths end here. */
  outcome?: Outcome;
  /** On ends: tracked variables that are neither tallies nor merged premises. */
  values?: Record<string, VariableValue>;
  /** Range violations of those variables (merged premises are checked per set). */
  violations?: RangeViolation[];
  /** On error leaves: the errors (the step's warnings are on the edge that led here). */
  errors?: string[];
  /** On cut leaves: what cut the path. */
  cut?: string;
}

/** What an edge shows besides its text and target (all optional). */
export interface EdgeDetails {
  option?: string;
  historical?: boolean;
  /** The choice is at a decision, its outcome has no `option:` tag and ran without errors. */
  missingOption?: boolean;
  deltas?: Record<string, number>;
  /** ink's warnings while taking the choice (non-empty only). */
  warnings?: string[];
  /** Outline names entered while taking the choice (with coverage). */
  entered?: string[];
}

/** Where one premise set's walk starts. */
export interface WalkRoot {
  premises: Readonly<Record<string, VariableValue>>;
  node: number;
  /** The tallies' values at the start. */
  start: number[];
  /** The merged premises' values in this set (tracked ones), for its leaves and range checks. */
  constants: Record<string, VariableValue>;
  warnings: string[];
  entered: string[];
}

const NONE = -1;
const HISTORICAL = 1;
const MISSING_OPTION = 2;

export class WalkGraph {
  readonly roots: WalkRoot[] = [];
  /** For each merged premise: the latest date of a state whose key still holds it. */
  readonly lastLive: Record<string, string> = {};
  steps = 0;
  truncated = false;
  /** Cut leaves, by depth or state limit. */
  cuts = 0;

  private readonly kinds = new IntColumn();
  private readonly dates = new IntColumn(NONE);
  private readonly decisions = new IntColumn(NONE);
  private readonly roles = new IntColumn(NONE);
  private readonly firstEdges = new IntColumn();
  private readonly edgeCounts = new IntColumn();
  private readonly details = new Map<number, NodeDetails>();

  private readonly texts = new IntColumn(NONE);
  private readonly options = new IntColumn(NONE);
  private readonly flags = new IntColumn();
  private readonly targets = new IntColumn(NONE);
  private readonly deltas = new IntColumn(NONE);
  private readonly warnings = new IntColumn(NONE);
  private readonly entered = new IntColumn(NONE);

  /** Strings, and records and lists (never changed once stored), one copy of each. */
  private readonly strings: string[] = [];
  private readonly stringIds = new Map<string, number>();
  private readonly records: unknown[] = [];
  private readonly recordIds = new Map<string, number>();

  constructor(
    /** Tracked variables kept in the state, in the metadata's order; and tracked tallies. */
    readonly tracked: string[],
    readonly tallies: string[],
    /** Premises left out of the key where dead, so that sets merge. */
    readonly merged: string[],
    readonly outline: string[],
  ) {}

  get nodeCount(): number {
    return this.kinds.length;
  }

  /** Adds a node without edges; returns its id. */
  addNode(kind: WalkNodeKind, date: string | undefined): number {
    const id = this.kinds.push(KINDS.indexOf(kind));
    if (date !== undefined) this.dates.set(id, this.stringId(date));
    return id;
  }

  setDecision(node: number, decision: string, role: string | undefined): void {
    this.decisions.set(node, this.stringId(decision));
    if (role !== undefined) this.roles.set(node, this.stringId(role));
  }

  setDetails(node: number, details: NodeDetails): void {
    this.details.set(node, details);
  }

  /** Numbers `count` edges for `node`'s choices; returns the first. */
  addEdges(node: number, count: number): number {
    const first = this.texts.reserve(count);
    this.firstEdges.set(node, first);
    this.edgeCounts.set(node, count);
    return first;
  }

  setEdge(edge: number, text: string, details: EdgeDetails): void {
    this.texts.set(edge, this.stringId(text));
    if (details.option !== undefined) this.options.set(edge, this.stringId(details.option));
    const flags =
      (details.historical ? HISTORICAL : 0) | (details.missingOption ? MISSING_OPTION : 0);
    if (flags !== 0) this.flags.set(edge, flags);
    if (details.deltas) this.deltas.set(edge, this.recordId(details.deltas));
    if (details.warnings) this.warnings.set(edge, this.recordId(details.warnings));
    if (details.entered) this.entered.set(edge, this.recordId(details.entered));
  }

  setTarget(edge: number, target: number): void {
    this.targets.set(edge, target);
  }

  kindOf(node: number): WalkNodeKind {
    return KINDS[this.kinds.get(node)] as WalkNodeKind;
  }

  dateOf(node: number): string | undefined {
    return this.stringAt(this.dates.get(node));
  }

  decisionOf(node: number): string | undefined {
    return this.stringAt(this.decisions.get(node));
  }

  roleOf(node: number): string | undefined {
    return this.stringAt(this.roles.get(node));
  }

  detailsOf(node: number): NodeDetails {
    return this.details.get(node) ?? {};
  }

  firstEdge(node: number): number {
    return this.firstEdges.get(node);
  }

  edgeCount(node: number): number {
    return this.edgeCounts.get(node);
  }

  edgeText(edge: number): string {
    return this.stringAt(this.texts.get(edge)) ?? "";
  }

  edgeTarget(edge: number): number {
    return this.targets.get(edge);
  }

  edgeOption(edge: number): string | undefined {
    return this.stringAt(this.options.get(edge));
  }

  isHistorical(edge: number): boolean {
    return (this.flags.get(edge) & HISTORICAL) !== 0;
  }

  isMissingOption(edge: number): boolean {
    return (this.flags.get(edge) & MISSING_OPTION) !== 0;
  }

  edgeDeltas(edge: number): Record<string, number> | undefined {
    return this.recordAt(this.deltas.get(edge)) as Record<string, number> | undefined;
  }

  edgeWarnings(edge: number): readonly string[] | undefined {
    return this.recordAt(this.warnings.get(edge)) as string[] | undefined;
  }

  edgeEntered(edge: number): readonly string[] | undefined {
    return this.recordAt(this.entered.get(edge)) as string[] | undefined;
  }

  private stringId(text: string): number {
    let id = this.stringIds.get(text);
    if (id === undefined) {
      id = this.strings.push(text) - 1;
      this.stringIds.set(text, id);
    }
    return id;
  }

  private stringAt(id: number): string | undefined {
    return id === NONE ? undefined : this.strings[id];
  }

  private recordId(value: readonly string[] | Record<string, number>): number {
    // Lists of names (most edges have one) by a plain join: cheaper than JSON, as distinct.
    const key = Array.isArray(value)
      ? `\u0001${value.length}\u0001${value.join("\u0001")}`
      : JSON.stringify(value);
    let id = this.recordIds.get(key);
    if (id === undefined) {
      id = this.records.push(value) - 1;
      this.recordIds.set(key, id);
    }
    return id;
  }

  private recordAt(id: number): unknown {
    return id === NONE ? undefined : this.records[id];
  }
}
