/**
 * Numbers and dates as every view prints them, fixed whatever the machine's locale.
 */

/** Month names, January first. */
export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** `1938-08-01` → `1 August 1938` (or `1 Aug 1938` when short); anything else unchanged. */
export function formatDate(iso: string, month: "long" | "short" = "long"): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const name = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !name) return iso;
  return `${Number(match[3])} ${month === "long" ? name : name.slice(0, 3)} ${match[1]}`;
}

/** 12345.5 → "12,345.5". */
export function formatNumber(value: number): string {
  const [whole = "", fraction] = String(Math.abs(value)).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${value < 0 ? "-" : ""}${grouped}${fraction ? `.${fraction}` : ""}`;
}
