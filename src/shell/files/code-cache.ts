/**
 * V8's code cache for the bundled program (src/launcher.ts): a file holding a sha256 digest of
 * the bundle's text and of the cached code, then the code. V8 itself checks only the source's
 * length, its own version and flags, so the digest is what keeps a cache made from another
 * bundle, or damaged on disk, from being run: such a file reads as no cache at all.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { writeFileAtomic } from "./atomic-write";

const DIGEST_BYTES = 32;

function digest(bundle: Uint8Array, data: Uint8Array): Buffer {
  return createHash("sha256").update(bundle).update(data).digest();
}

/** The cached code in `file`, if it is there and was made from `bundle` (its bytes), intact. */
export function readCodeCache(file: string, bundle: Uint8Array): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const data = bytes.subarray(DIGEST_BYTES);
  return digest(bundle, data).equals(bytes.subarray(0, DIGEST_BYTES)) ? data : undefined;
}

/** Writes `data`, V8's cache of `bundle`, to `file` (a build step). */
export function writeCodeCache(file: string, bundle: Uint8Array, data: Uint8Array): void {
  writeFileAtomic(file, Buffer.concat([digest(bundle, data), data]));
}
