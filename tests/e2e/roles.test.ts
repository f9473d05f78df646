import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "vitest";
import { makeTempDir, runCli } from "./run-cli";

describe.concurrent("khasan roles", () => {
  it("prints the facilitator's sheet and then every card as Markdown", async ({ expect }) => {
    const result = await runCli(["roles"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    const sheetAt = result.stdout.indexOf("# Khasan 1938: facilitator's sheet");
    const cardAt = result.stdout.indexOf("# Marshal Vasily Blyukher");
    expect(sheetAt).toBe(0);
    expect(cardAt).toBeGreaterThan(sheetAt);
    expect(result.stdout).toContain("## 45-minute lesson (`khasan classroom --cut 45`)");
    expect(result.stdout).toContain("## 90-minute lesson (`khasan classroom --cut 90`)");
    expect(result.stdout).toContain("**Your objective** (the debrief checks it).");
    expect(result.stdout).toContain("**What you know before 1 Aug 1938.**");
    // The 45-minute cards stop before 1 August: no card tells of the fog raids.
    expect(result.stdout).not.toContain("59 aircraft");
    expect(result.stdout.match(/page-break-after: always/g)?.length).toBe(9);
  });

  it("writes HTML cards, one per page, and the sheet into --out", async ({ expect }) => {
    const dir = makeTempDir();
    const result = await runCli(["roles", "--format", "html", "--out", dir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Wrote 10 role cards");
    const cards = readFileSync(join(dir, "role-cards.html"), "utf8");
    expect(cards.match(/<section class="card page"/g)?.length).toBe(10);
    expect(cards).toContain("break-after: page");
    expect(cards).toContain("Mamoru Shigemitsu");
    expect(cards).not.toContain("<script");
    const sheet = readFileSync(join(dir, "facilitator-sheet.html"), "utf8");
    expect(sheet).toContain("45-minute lesson");
    expect(cards).toContain("you speak and answer, but do not vote");
    expect(sheet).toContain("Ties go to the casting vote");
    // Fates stay off the cards: they belong to the debrief.
    expect(cards).not.toContain("shot on 4 February 1940");
    expect(sheet).toContain("shot on 4 February 1940");
    // The briefing to read aloud, with the map; the cards carry the map too.
    expect(result.stdout).toContain("briefing.html");
    const briefing = readFileSync(join(dir, "briefing.html"), "utf8");
    expect(briefing).toContain("Nobody in this room knows how it ends.");
    expect(briefing).toContain('<figure class="map"');
    expect(briefing).toContain("Sketch, not to scale; positions as the sources describe them.");
    expect(briefing).toContain("Zaozernaya (Changkufeng)*");
    expect(cards.match(/<figure class="map"/g)?.length).toBe(10);
    expect(cards).toContain("listed under the map on the briefing");
    expect(sheet).toContain("If the lesson ends early");
  });

  it("refuses an unknown format with exit 2", async ({ expect }) => {
    const result = await runCli(["roles", "--format", "pdf"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "khasan: option '--format <format>' argument 'pdf' is invalid. Allowed choices are md, html. (see khasan --help)\n",
    );
  });
});
