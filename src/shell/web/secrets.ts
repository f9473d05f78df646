/**
 * The lesson's secrets, drawn from the operating system's random source: the room code
 * students type (short, without letters that look alike), the teacher's token, and each
 * student's reconnection key.
 */
import { randomBytes, randomInt } from "node:crypto";

const ROOM_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

export function newRoomCode(length = 4): string {
  return Array.from({ length }, () => ROOM_LETTERS[randomInt(ROOM_LETTERS.length)]).join("");
}

/** 128 bits as URL-safe base64: the teacher's token and the students' keys. */
export function newSecret(): string {
  return randomBytes(16).toString("base64url");
}
