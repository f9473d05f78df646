/**
 * `khasan debrief`: the pack built from a real classroom run (text, Markdown, HTML), and the
 * HTML opened in headless Chromium: no console errors, the chart drawn, and story or class
 * text holding `<script>` shown as text, never run. Without Chromium the browser test skips
 * with a notice, unless CI is set, when it fails.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "vitest";
import { parseClassroom } from "../../src/core/classroom/classroom-data";
import { buildDebrief } from "../../src/core/classroom/debrief";
import { parseRoles } from "../../src/core/classroom/roles";
import { parseRecord } from "../../src/core/history/validate-record";
import { createSave } from "../../src/core/save/save-file";
import { parseVariablesMeta } from "../../src/core/state/variables-meta";
import { Session } from "../../src/core/story/session";
import { renderDebriefHtml } from "../../src/shell/views/debrief-html";
import { compile } from "../helpers/ink";
import { CHROMIUM, hasChromium, openHtml } from "./debrief-browser";
import { makeTempDir, ROOT, runCli } from "./run-cli";

const SCRIPT_STORY = `# title: Script test
VAR soviet_killed = 0
VAR soviet_wounded = 0
VAR stalin_trust = 50
VAR escalation = 10
Moscow is on the line. # date: 1938-08-01
What do you send? # decision: aug1_bombing_order # discuss: Why <b>this</b>?
* [Send <script>window.ran = 1; alert("x")</script> by wire]
  ~ soviet_killed = 40
  ~ stalin_trust = 70
  The wire goes. # option: obey # historical
* [Wait]
  You wait. # option: wait_for_weather
- Night falls. # date: 1938-08-02
~ escalation = 60
It ends. # ending: lefortovo
-> END
`;

const readStory = (name: string) => JSON.parse(readFileSync(join(ROOT, "story", name), "utf8"));

/** A run of the script story, debriefed through the core and rendered as HTML. */
function scriptDebriefHtml(dir: string): string {
  const story = compile(SCRIPT_STORY);
  const session = new Session(story, { seed: 1 });
  session.continue();
  session.choose(0).votes = [4, 1];
  session.continue();
  const save = createSave(session.snapshot(), {
    appVersion: "test",
    storyName: "script",
    story,
    seed: 1,
    premises: {},
    events: [],
  });
  save.notes = [{ kind: "note", step: 1, text: 'Class said </li><script>alert("note")</script>' }];
  const debrief = buildDebrief({
    save,
    story,
    meta: parseVariablesMeta(readStory("variables.json"), "variables.json"),
    record: parseRecord(readStory("record.json"), "record.json"),
    roles: parseRoles(readStory("roles.json"), "roles.json"),
    classroom: parseClassroom(readStory("classroom.json"), "classroom.json"),
  });
  const path = join(dir, "script.html");
  writeFileSync(path, renderDebriefHtml(debrief));
  return path;
}

/** Plays a short majority lesson through the CLI and returns the autosaved run's path. */
async function classroomRun(dataDir: string): Promise<string> {
  const stdin = [
    "3 1 0",
    "note We argued about <script>alert(2)</script> for ages.",
    "1 4 0",
    "quit",
    "",
  ].join("\n");
  const result = await runCli(
    [
      "classroom",
      "--seed",
      "4",
      "--cut",
      "90",
      "--rule",
      "plurality",
      "--roles",
      "all",
      "--class-size",
      "5",
    ],
    { stdin, dataDir },
  );
  if (result.code !== 0) throw new Error(result.stderr);
  return join(dataDir, "khasan", "khasan", "autosave-classroom.json");
}

describe.concurrent("khasan debrief", () => {
  it("prints the decisions with votes and the rule, a text chart and questions", async ({
    expect,
  }) => {
    const run = await classroomRun(makeTempDir());
    const result = await runCli(["debrief", run]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Decision rule: plurality.");
    expect(result.stdout).toMatch(/Votes: 1: 3 · 2: 1 · 3: 0\b/);
    expect(result.stdout).toContain("Plurality: option 2 with 4 of 5 votes.");
    expect(result.stdout).toMatch(/8 Jul +0 +0 +█+·+ +\d+%/);
    expect(result.stdout.replace(/\n +/g, " ")).toContain(
      "Like Blyukher, you left the crest to the NKVD's border troops.",
    );
    expect(result.stdout).toContain("We argued about <script>");
  });

  it("prints text without --out, as the README says: headings, no Markdown, graded sources", async ({
    expect,
  }) => {
    const run = await classroomRun(makeTempDir());
    const { stdout, code } = await runCli(["debrief", run]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^── Khasan 1938: what the class decided ─+$/m);
    expect(stdout).toMatch(/^── Beside the historical record ─+$/m);
    expect(stdout).not.toMatch(/^#|^\|---|\*\*/m);
    expect(stdout).toMatch(/^ {2}\[1\] [ABC] {2}\S/m);
    expect(Math.max(...stdout.split("\n").map((line) => line.length))).toBeLessThanOrEqual(80);
  });

  it("heads the Markdown figures by what they hold, grades each source once, defines a claim", async ({
    expect,
  }) => {
    const dir = makeTempDir();
    const run = await classroomRun(dir);
    const out = join(dir, "pack.md");
    expect((await runCli(["debrief", run, "--out", out])).code).toBe(0);
    const md = readFileSync(out, "utf8");
    expect(md).not.toContain("the sources (A and B)");
    expect(md).toContain("| figure | this run | A/B range | every source | |");
    // A figure no A or B source counts says so, instead of passing its C-only spread as A/B.
    expect(md).toMatch(
      /\| none \(no A or B count\) \| [^|]*C only[^|]* \| [^|]*no A or B count\) \|/,
    );
    expect(md).toContain("'claim' marks a figure one side gave out");
    expect(md).toContain("for its own losses or the other's");
    const sources = md
      .slice(md.indexOf("## Sources"))
      .split("\n")
      .filter((l) => /^\d+\. /.test(l));
    expect(sources.length).toBeGreaterThan(3);
    for (const line of sources) {
      expect(line).toMatch(/^\d+\. \([ABC]\) /);
      // Each source is named once: its citation, not its title and then the citation again.
      const body = line.replace(/^\d+\. \([ABC]\) /, "").replace(/ <https?:[^>]*>$/, "");
      expect(body.split(body.slice(0, 15)).length - 1).toBe(1);
    }
  });

  it("escapes the class's notes and the story's text in Markdown: no raw HTML", async ({
    expect,
  }) => {
    const dir = makeTempDir();
    const run = await classroomRun(dir);
    const out = join(dir, "pack.md");
    await runCli(["debrief", run, "--out", out]);
    const md = readFileSync(out, "utf8");
    expect(md).toContain("We argued about &lt;script&gt;alert\\(2\\)&lt;/script&gt; for ages.");
    expect(md).not.toMatch(/<(?!https?:)[a-z/]/i);
  });

  it("writes one self-contained HTML file with every text escaped", async ({ expect }) => {
    const dir = makeTempDir();
    const run = await classroomRun(dir);
    const out = join(dir, "pack.html");
    const result = await runCli(["debrief", run, "--out", out]);
    expect(result.code).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).not.toMatch(/<script|<link|src="http|@import/);
    expect(html).toContain("We argued about &lt;script&gt;alert(2)&lt;/script&gt; for ages.");
    expect(html).toContain('<section id="chart">');
    expect(html).toContain("@media print");
  });

  it("refuses an --out that is neither .html nor .md", async ({ expect }) => {
    const result = await runCli(["debrief", "run.json", "--out", "pack.pdf"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("must end in .html or .md");
  });
});

describe("the debrief HTML in headless Chromium", () => {
  const available = hasChromium();
  if (!available && process.env.CI) {
    it("needs Chromium on CI", () => {
      throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium`);
    });
    return;
  }
  if (!available) console.warn(`skipping the Chromium test: no Chromium at ${CHROMIUM}`);

  it.skipIf(!available)(
    "opens without errors, draws the chart and shows <script> as text",
    async ({ expect }) => {
      const dir = makeTempDir();
      const file = scriptDebriefHtml(dir);
      const opened = await openHtml(file);
      try {
        const { page } = opened;
        expect(await page.locator("#chart svg").count()).toBe(2);
        expect(await page.locator("#chart polyline.series").count()).toBe(4);
        const chose = await page.locator("#decisions tbody tr td").nth(2).textContent();
        expect(chose).toContain('Send <script>window.ran = 1; alert("x")</script> by wire');
        expect(await page.locator("#notes li").textContent()).toContain(
          '</li><script>alert("note")</script>',
        );
        expect(await page.locator("script").count()).toBe(0);
        expect(await page.evaluate(() => (globalThis as { ran?: number }).ran)).toBeUndefined();
        expect(opened.errors).toEqual([]);
      } finally {
        await opened.close();
      }
    },
    30_000,
  );

  it.skipIf(!available)(
    "prints the student handout of a whole 45-minute lesson on at most two A4 pages, no row or chart split",
    async ({ expect }) => {
      const dir = makeTempDir();
      const stdin = `${Array.from({ length: 30 }, () => "decide 1").join("\n")}\nquit\n`;
      const args = ["classroom", "--seed", "5", "--cut", "45", "--rule", "plurality"];
      const lesson = await runCli([...args, "--roles", "all", "--class-size", "24"], {
        stdin,
        dataDir: dir,
      });
      expect(lesson.stdout).toContain("THE END");
      const run = join(dir, "khasan", "khasan", "autosave-classroom.json");
      const out = join(dir, "handout.html");
      const written = await runCli(["debrief", run, "--student", "--out", out]);
      expect(written.code).toBe(0);
      const opened = await openHtml(out);
      try {
        const { page } = opened;
        expect(await page.locator("#questions li").count()).toBeLessThanOrEqual(5);
        expect(await page.locator("#questions li").count()).toBeGreaterThanOrEqual(3);
        expect(await page.locator("#decisions tbody tr").count()).toBe(3);
        const pdf = await page.pdf({ format: "A4", printBackground: true });
        const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
        expect(pages).toBeGreaterThanOrEqual(1);
        expect(pages).toBeLessThanOrEqual(2);
        // In print layout, no row or chart may straddle a page boundary.
        await page.emulateMedia({ media: "print" });
        const pageHeight = ((297 - 24) / 25.4) * 96;
        const boxes = await page
          .locator("#decisions tbody tr, #chart svg, #questions li")
          .evaluateAll((nodes) =>
            nodes.map((n) => {
              const r = n.getBoundingClientRect();
              const scroll = (globalThis as unknown as { scrollY: number }).scrollY;
              return [r.top + scroll, r.bottom + scroll];
            }),
          );
        for (const [top = 0, bottom = 0] of boxes) {
          expect(Math.floor(top / pageHeight)).toBe(Math.floor((bottom - 1) / pageHeight));
        }
        expect(opened.errors).toEqual([]);
      } finally {
        await opened.close();
      }
    },
    90_000,
  );
});
