/**
 * Every save under a data directory, decoded with the built CLI's own reader: the torture
 * suite's measure of a corrupt save.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const { decodeSave } =
  require("../dist/core/save/save-file") as typeof import("../src/core/save/save-file");

/** The files under `dir` (recursively) that end in .json and do not decode as a save. */
export function savesInvalid(dir: string): string[] {
  const bad: string[] = [];
  for (const path of jsonFiles(dir)) {
    try {
      decodeSave(readFileSync(path, "utf8"), path);
    } catch {
      bad.push(path);
    }
  }
  return bad;
}

export function jsonFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: "utf8" });
  } catch {
    return [];
  }
  return names.filter((name) => name.endsWith(".json")).map((name) => join(dir, name));
}

/** Temporary files left in `dir` (recursively). */
export function tempFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((name) =>
      name.endsWith(".tmp"),
    );
  } catch {
    return [];
  }
}
