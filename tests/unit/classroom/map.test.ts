/**
 * story/map.json and its SVG: every feature has a source in the record, every published
 * position names the page it comes from, a position drawn from a description is marked as a
 * sketch on the map itself, and every piece of text in the SVG is escaped.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkClassroomFiles } from "../../../src/core/classroom/classroom-check";
import { checkMap, parseMap, type SectorMap } from "../../../src/core/classroom/map-data";
import { parseRecord } from "../../../src/core/history/validate-record";
import { parseVariablesMeta } from "../../../src/core/state/variables-meta";
import { readInkSources } from "../../../src/shell/files/classroom-file";
import { renderMapFigure, renderMapSvg } from "../../../src/shell/views/map-svg";

const story = join(__dirname, "..", "..", "..", "story");
const readJson = (name: string): unknown => JSON.parse(readFileSync(join(story, name), "utf8"));
const record = parseRecord(readJson("record.json"), "record.json");
const known = record.sources.map((s) => s.id);
const map = () => parseMap(readJson("map.json"), "map.json");

describe("story/map.json", () => {
  it("gives every feature a source in the record and every published position its page", () => {
    const data = map();
    expect(checkMap(data, known)).toEqual([]);
    for (const feature of [...data.places, ...data.lines]) {
      expect(known, feature.id).toContain(feature.source);
    }
    for (const place of data.places) {
      if (place.placed === "published") {
        expect(data.coordinateSources.map((s) => s.id)).toContain(place.coordinates);
      } else {
        expect(place.described.length).toBeGreaterThan(20);
      }
    }
  });

  it("has what the lesson needs: both hills, the lake, the Tumen, Posyet, the Korean towns and both claims", () => {
    const data = map();
    const ids = [...data.places, ...data.lines].map((f) => f.id);
    for (const id of ["zaozernaya", "bezymyannaya", "lake-khasan", "tumen", "posyet-bay"]) {
      expect(ids).toContain(id);
    }
    expect(data.places.filter((p) => p.kind === "village").length).toBeGreaterThanOrEqual(2);
    expect(data.lines.map((l) => l.kind)).toEqual(
      expect.arrayContaining(["claim-soviet", "claim-japanese"]),
    );
  });

  it("is part of khasan check: a source the record lacks is one line naming map.json", () => {
    const data = map();
    const broken: SectorMap = {
      ...data,
      places: data.places.map((p) => (p.id === "kojo" ? { ...p, source: "no-such-source" } : p)),
    };
    const problems = checkClassroomFiles({
      record,
      meta: parseVariablesMeta(readJson("variables.json"), "variables.json"),
      sources: readInkSources(join(story, "khasan.ink")),
      map: broken,
    });
    expect(problems).toEqual(['map.json: kojo: no source "no-such-source" in the record']);
  });

  it("reports a published position without its page, and a place outside every panel", () => {
    const data = map();
    const broken: SectorMap = {
      ...data,
      places: data.places.map((p) =>
        p.id === "lake-khasan" && p.placed === "published"
          ? { ...p, coordinates: "nowhere", lon: 131.9 }
          : p,
      ),
    };
    const problems = checkMap(broken, known);
    expect(problems).toContain('lake-khasan: no coordinate source "nowhere" in coordinateSources');
    expect(problems).toContain("lake-khasan: outside every panel");
  });

  it("refuses a place with neither a published coordinate nor a description", () => {
    const data = readJson("map.json") as { places: Record<string, unknown>[] };
    const place = data.places[1] as Record<string, unknown>;
    delete place.described;
    expect(() => parseMap(data, "map.json")).toThrow(/map.json: places.1.described/);
    const published = readJson("map.json") as { places: Record<string, unknown>[] };
    delete (published.places[0] as Record<string, unknown>).coordinates;
    expect(() => parseMap(published, "map.json")).toThrow(/map.json: places.0.coordinates/);
  });
});

describe("the map's SVG", () => {
  it("writes the sketch note on the map and stars every place drawn from a description", () => {
    const data = map();
    const svg = renderMapSvg(data);
    expect(svg).toContain("Sketch, not to scale; positions as the sources describe them.");
    expect(svg).toContain("Zaozernaya (Changkufeng)*");
    expect(svg).toContain("Kojo*");
    expect(svg).toContain(">Lake Khasan<");
    expect(svg).not.toContain("Lake Khasan*");
    expect(svg).toContain("border as Moscow drew it");
    expect(svg).toContain("border as Tokyo drew it for Manchukuo");
  });

  it("escapes every piece of text", () => {
    const data = map();
    const evil = `<script>alert("x")</script> & 'y'`;
    const hostile: SectorMap = {
      ...data,
      title: evil,
      sketchNote: evil,
      panels: data.panels.map((p) => ({ ...p, title: evil })),
      places: data.places.map((p) => ({ ...p, name: evil })),
      lines: data.lines.map((l) => ({ ...l, name: evil, described: evil })),
    };
    const figure = renderMapFigure(hostile, record, "full");
    expect(figure).not.toContain("<script>");
    expect(figure).not.toContain(`"x"`);
    expect(figure).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;");
    const short = renderMapFigure(hostile, record, "short");
    expect(short).not.toContain("<script>");
  });

  it("lists every feature with its source under the full map", () => {
    const data = map();
    const figure = renderMapFigure(data, record, "full");
    for (const feature of [...data.places, ...data.lines]) {
      const title = record.sources.find((s) => s.id === feature.source)?.title ?? "";
      expect(figure).toContain(feature.name.replace(/'/g, "&#39;"));
      expect(figure).toContain(title.replace(/'/g, "&#39;").replace(/&(?!#39;)/g, "&amp;"));
    }
  });
});
