import { isIsoDate, todayIso } from '../formats';

/**
 * The 60-day guard, as pure date arithmetic. iQIES revokes roles after more than 60 days without a sign-in
 * (policy since May 2024; source: qtso-inactive-policy). The content script stores the local date of the last
 * signed-in iQIES page it saw under ACTIVITY_KEY; everything here turns that date and today into a state.
 *
 * Days are counted between calendar dates (both local, YYYY-MM-DD), as whole days of UTC midnights, so a DST
 * change (a 23- or 25-hour day) or a time-zone change never makes a fractional, off-by-one or negative count.
 */
/** Warn from this many days since the last sign-in. */
export const WARN_DAY = 45;
/** Roles are revoked after more than this many days. */
export const LAPSE_DAY = 60;
/** Nothing before iQIES existed (2018) is a real sign-in date. */
const EARLIEST = '2018-01-01';
/**
 * A stored date up to this many days ahead of today is a clock or time-zone change (the visit was today, seen from
 * a zone that is already tomorrow) and counts as today; further ahead is not a date we can trust.
 */
const FUTURE_SLACK = 1;

type ActivityState = 'unknown' | 'ok' | 'warn' | 'lapsed';

export interface Activity {
  state: ActivityState;
  /** Whole days since the last signed-in page seen by this browser; null when unknown. Never negative. */
  days: number | null;
  /** The last signed-in date, as stored (null when unknown). */
  last: string | null;
  /** The last day on which a sign-in still keeps the roles (last + 60 days); null when unknown. */
  signInBy: string | null;
}

const DAY_MS = 86_400_000;
/** Days since 1970-01-01 of a calendar date (no time of day, no zone). */
const dayNumber = (iso: string): number => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS;
const isoOfDay = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);
export const addDays = (iso: string, days: number): string => isoOfDay(dayNumber(iso) + days);
/** Whole calendar days from one date to another (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);

/**
 * A stored sign-in date made usable: a real date from 2018 to today (or a day ahead, see FUTURE_SLACK), else null.
 * A value that starts with a real date (an ISO timestamp, say) keeps that date.
 */
export function salvageSignInDate(value: unknown, today: string): string | null {
  const date = typeof value === 'string' ? value.slice(0, 10) : null;
  if (!isIsoDate(date) || date < EARLIEST) return null;
  return daysBetween(today, date) > FUTURE_SLACK ? null : date;
}

/** The guard's state on `today` for a stored value (anything: it is salvaged first). */
export function activityOf(stored: unknown, today: string = todayIso()): Activity {
  const last = salvageSignInDate(stored, today);
  if (!last) return { state: 'unknown', days: null, last: null, signInBy: null };
  const days = Math.max(0, daysBetween(last, today));
  const state = days > LAPSE_DAY ? 'lapsed' : days >= WARN_DAY ? 'warn' : 'ok';
  return { state, days, last, signInBy: addDays(last, LAPSE_DAY) };
}

/** A date for people: "Tuesday, 14 January 2027" style, in the user's locale, read as a calendar date. */
export function longDate(iso: string): string {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString(undefined, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}
