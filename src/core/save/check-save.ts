/**
 * A save is checked against the story before it is resumed: its premises must be premises of
 * this story, each within its allowed values (variables.json), and every choice in its log must
 * be one the story offered at that point, which a replay from the start with the save's seed
 * and premises shows. A hand-edited save (an invented choice, a premise out of range, variables
 * that do not follow from its choices) is refused in one line naming the file, and the file is
 * left as it was.
 */
import { SaveFileError } from "../errors";
import { ownEntry } from "../own-entry";
import { isAllowedPremise, premiseValuesText } from "../state/premises";
import type { VariablesMeta } from "../state/variables-meta";
import type { CompiledStory } from "../story/load-story";
import { Session, type VariableValue } from "../story/session";
import type { SaveFile } from "./save-file";

/** Refuses `save` (named `label`) if its premises are not this story's allowed values. */
export function checkSavePremises(save: SaveFile, meta: VariablesMeta, label: string): void {
  for (const [name, value] of Object.entries(save.premises)) {
    const variable = ownEntry(meta.variables, name);
    if (!variable?.premise) {
      throw new SaveFileError(
        "save-corrupt",
        `${label} sets "${name}", which is not a premise of this story: the save was not used`,
      );
    }
    if (!isAllowedPremise(value, variable)) {
      throw new SaveFileError(
        "save-corrupt",
        `${label} sets premise ${name} to ${JSON.stringify(value)}, which is not one of its values (${premiseValuesText(variable)}): the save was not used`,
      );
    }
  }
}

/**
 * Refuses `save` unless replaying its log from the start offers each logged choice, at its
 * number and with its text, and ends with the same variables as `restored` (the session the
 * save's own ink state gave).
 */
export function checkSaveLog(
  story: CompiledStory,
  save: SaveFile,
  restored: Session,
  label: string,
): void {
  const replay = new Session(story, { seed: save.seed, premises: save.premises });
  let turn = replay.continue();
  save.log.forEach((entry, step) => {
    const offered = turn.choices[entry.index];
    if (offered === undefined || offered.text !== entry.text) {
      const what = turn.choices.length === 0 ? "the story had ended" : "the story did not offer it";
      throw new SaveFileError(
        "save-corrupt",
        `${label}: choice ${step + 1} of its log ("${clip(entry.text)}") is not one this story offers there (${what}): the save was not used`,
      );
    }
    replay.choose(entry.index);
    turn = replay.continue();
  });
  const changed = firstDifference(replay.variables(), restored.variables());
  if (changed !== undefined) {
    throw new SaveFileError(
      "save-corrupt",
      `${label}: its story state does not follow from its choices (variable ${changed} differs): the save was not used`,
    );
  }
}

function firstDifference(
  a: Record<string, VariableValue>,
  b: Record<string, VariableValue>,
): string | undefined {
  const names = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...names].find((name) => a[name] !== b[name]);
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
