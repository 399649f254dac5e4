import * as z from 'zod/mini';

/**
 * The formats every stored or imported value shares: one id pattern, one length limit for ids, one date.
 * (Step ids and track ids are narrower: the enums in utils/steps/ids.ts and utils/tracks/schema.ts.)
 */
const ID_SOURCE = '[a-z0-9]+(?:-[a-z0-9]+)*';
/** Lower-case letters and digits in dash-separated words: workspace, item, milestone and track ids. */
export const ID_PATTERN = new RegExp(`^${ID_SOURCE}$`);
/** For ids inside a longer string (storage keys); the caller anchors it. */
export const ID_PATTERN_SOURCE = `(${ID_SOURCE})`;
export const ID_MAX = 60;
/** The message a bad id carries; an import says it in the user's words (utils/progress/transfer.ts). */
export const ID_MESSAGE = 'expected an id (lower-case letters, digits, dashes)';
export const IdSchema = z.string().check(z.regex(ID_PATTERN, ID_MESSAGE), z.maxLength(ID_MAX));

/** A real calendar date, YYYY-MM-DD (no time, nothing else). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}
/** A date of any other type (number, object, …) gets the same plain message. */
export const DATE_MESSAGE = 'expected a date (YYYY-MM-DD)';
export const IsoDateSchema = z.custom<string>(isIsoDate, DATE_MESSAGE);

/** Today as YYYY-MM-DD in the user's local time zone. */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
