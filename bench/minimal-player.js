// The baseline for the player benchmark: the smallest inkjs player that plays a compiled story
// in inklecate's format from piped input. About what anyone would write in twenty lines.
const { readFileSync } = require("node:fs");
const { createInterface } = require("node:readline");
const { Story } = require("inkjs/engine/Story");

const story = new Story(readFileSync(process.argv[2], "utf8").replace(/^\uFEFF/, ""));
story.state.storySeed = Number(process.argv[3] ?? 1);
const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
(async () => {
  for (;;) {
    while (story.canContinue) {
      process.stdout.write(story.Continue());
      if (story.currentTags.length > 0)
        process.stdout.write(`# tags: ${story.currentTags.join(", ")}\n`);
    }
    if (story.currentChoices.length === 0) break;
    process.stdout.write(
      `\n${story.currentChoices.map((c, i) => `${i + 1}: ${c.text}`).join("\n")}\n?> `,
    );
    const next = await lines.next();
    if (next.done) break;
    story.ChooseChoiceIndex(Number(next.value) - 1);
  }
  process.exit(0);
})();
