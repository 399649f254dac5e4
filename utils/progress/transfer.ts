import { i18n } from '#i18n';
import * as z from 'zod/mini';
import { DATE_MESSAGE, ID_MESSAGE, IdSchema, IsoDateSchema } from '../formats';
import { resolveStepId } from '../steps/ids';
import { parseTrackId } from '../tracks/schema';
import { ACTIVE_KEY, BACKUP_KEY, VERSION_KEY, metaKey, milestoneKey, noteKey, stepKey, tickKey, trackKey } from './keys';
import { LIMITS, WORKSPACE_VALUES, isWorkspaceValueName, itemOf, valueKey, workspaceOfKey } from '../storage/items';
import type { WorkspaceValueName } from '../storage/items';
import type { Plan } from './migrations';
import { KNOWN, defaultName, emptyWorkspace } from './model';
import type { Known, ProgressState, WorkspaceData } from './model';
import { MILESTONES, NAME_MAX, NOTE_MAX, PROGRESS_VERSION, isMilestone } from './schema';
import { isRouteShape } from '../steps/route-shape';
import { siteOfHost } from '../sites';
import { TAUGHT_MAX, parseTaughtKey, taughtKey, taughtValue } from '../taught/taught';
import type { TaughtPage } from '../taught/taught';

/** Export/import file: one JSON document with a format tag and the schema version. */
export const FILE_FORMAT = 'iqies-access-guide/progress';
/**
 * The file's own version. It changes with the file's shape, not with the store's layout (PROGRESS_VERSION), so a
 * file this version writes still imports into every version that reads that shape.
 */
export const FILE_VERSION = 2;
const IMPORT_MAX_WORKSPACES = LIMITS.workspaces;
/** JSON writes a character of the user's text as at most 6 (`\u0001`), each 1 byte in UTF-8. */
const ESCAPED = 6;
/**
 * The largest file "Export all" can make when every stored item is at its limit (every workspace, every step with a
 * note of the longest escaping, every item ticked, every taught page): derived from the limits, so a file the
 * extension made is never refused for its size. Reading a file stays bounded (about 13 MB today).
 */
function maxFileChars(known: Known = KNOWN): number {
  const date = 20;
  const steps = [...known.entries()];
  const ticks = steps.reduce((n, [s, items]) => n + s.length + 10 + [...items].reduce((m, i) => m + i.length + 6 + date, 0), 0);
  const notes = steps.reduce((n, [s]) => n + s.length + 30 + date + LIMITS.noteChars * ESCAPED, 0);
  const values = Object.keys(WORKSPACE_VALUES).length * 200;
  const workspace = 200 + LIMITS.idChars * 2 + LIMITS.nameChars * ESCAPED + ticks + notes + MILESTONES.length * (LIMITS.idChars + date) + values;
  const taught = LIMITS.taughtPages * (60 + date + (LIMITS.taughtHostChars + LIMITS.taughtPathChars + LIMITS.idChars) * ESCAPED);
  return 1000 + LIMITS.workspaces * workspace + taught;
}
export const IMPORT_MAX_BYTES = maxFileChars();
/** Said before reading a file that is too large, and when its text is. */
export const tooLarge = () => `(file): ${i18n.t('import.tooLarge', { kb: Math.ceil(IMPORT_MAX_BYTES / 1024) })}`;
/** A progress file nests 5 deep and holds a few thousand values; these limits are far above that. */
export const IMPORT_MAX_DEPTH = 32;
export const IMPORT_MAX_VALUES = 100_000;

/**
 * Refuses over-deep or over-large JSON before it is parsed: later checks walk the document recursively, and a
 * file of 8,000 nested brackets overflowed the stack. One pass over the text, counting brackets and commas
 * outside strings.
 */
function shapeProblem(text: string): string | null {
  let depth = 0;
  let values = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      values++;
      if (++depth > IMPORT_MAX_DEPTH) return `(file): ${i18n.t('import.tooDeep', { depth: IMPORT_MAX_DEPTH })}`;
    } else if (c === 0x5d || c === 0x7d) depth--;
    else if (c === 0x2c && ++values > IMPORT_MAX_VALUES) return `(file): ${i18n.t('import.tooManyValues', { count: IMPORT_MAX_VALUES })}`;
  }
  return null;
}

const date = IsoDateSchema;
const id = IdSchema;
const FileWorkspaceSchema = z.object({
  id,
  name: z.string().check(z.minLength(1, 'name'), z.maxLength(NAME_MAX, 'name-long')),
  track: z.nullable(id),
  ticks: z.record(z.string(), z.record(z.string(), date)),
  steps: z.record(z.string(), z.object({ done: z.optional(date), note: z.optional(z.string().check(z.maxLength(NOTE_MAX, 'note-long'))) })),
  milestones: z.record(z.string(), date),
  // Optional, so files from before these values import as they did: per-workspace values kept whole, by name.
  values: z.optional(z.record(z.string(), z.unknown())),
});
/** A taught page in a file: as stored (host, route shape, step id, date, correction or not). */
const FileTaughtSchema = z.object({
  host: z.string().check(z.maxLength(LIMITS.taughtHostChars)),
  path: z.string().check(z.maxLength(LIMITS.taughtPathChars)),
  step: z.string().check(z.maxLength(100)),
  on: date,
  fix: z.optional(z.boolean()),
});
const ExportFileSchema = z.object({
  format: z.literal(FILE_FORMAT),
  schemaVersion: z.number().check(z.int()),
  exportedAt: date,
  workspaces: z.array(FileWorkspaceSchema).check(z.minLength(1, 'no-workspace'), z.maxLength(IMPORT_MAX_WORKSPACES, 'many-workspaces')),
  // Optional, so files from before taught pages import as they did, and an older version ignores the field.
  taught: z.optional(z.array(FileTaughtSchema).check(z.maxLength(TAUGHT_MAX, 'many-taught'))),
});
export type ExportFile = z.infer<typeof ExportFileSchema>;
type FileWorkspace = z.infer<typeof FileWorkspaceSchema>;

function toFileWorkspace(w: WorkspaceData): FileWorkspace {
  const ticks: FileWorkspace['ticks'] = {};
  for (const [stepId, items] of Object.entries(w.ticks)) ticks[stepId] = { ...items };
  const steps: FileWorkspace['steps'] = {};
  for (const [stepId, done] of Object.entries(w.steps)) (steps[stepId] ??= {}).done = done;
  for (const [stepId, note] of Object.entries(w.notes)) (steps[stepId] ??= {}).note = note;
  const file: FileWorkspace = { id: w.id, name: w.name, track: w.track, ticks, steps, milestones: { ...w.milestones } };
  if (w.values && Object.keys(w.values).length) file.values = { ...w.values };
  return file;
}

/** `taught`: the taught pages, when they travel too ("export all" and the import backup). */
export function toExportFile(state: ProgressState, workspaceIds: readonly string[], today: string, taught?: readonly TaughtPage[]): ExportFile {
  const file: ExportFile = {
    format: FILE_FORMAT,
    schemaVersion: FILE_VERSION,
    exportedAt: today,
    workspaces: state.workspaces.filter((w) => workspaceIds.includes(w.id)).map(toFileWorkspace),
  };
  if (taught?.length) file.taught = taught.map((t) => ({ host: t.host, path: t.path, step: t.step, on: t.on, ...(t.fix ? { fix: true } : {}) }));
  return file;
}

export function exportFileName(file: ExportFile): string {
  const which = file.workspaces.length === 1 ? file.workspaces[0]!.id : 'all';
  return `iqies-progress-${which}-${file.exportedAt}.json`;
}

type ImportResult = { ok: true; workspaces: WorkspaceData[]; taught: TaughtPage[] } | { ok: false; errors: string[] };

// Import problems are shown to the user: their words come from the locale (the path before them does not).
// The schema's own messages above are codes, said here in words.
const SCHEMA_MESSAGES: Record<string, () => string> = {
  [ID_MESSAGE]: () => i18n.t('import.expectedId'),
  [DATE_MESSAGE]: () => i18n.t('import.expectedDate'),
  name: () => i18n.t('import.expectedName'),
  'name-long': () => i18n.t('import.longer', { max: NAME_MAX }),
  'note-long': () => i18n.t('import.longer', { max: NOTE_MAX }),
  'no-workspace': () => i18n.t('import.atLeastOneWorkspace'),
  'many-workspaces': () => i18n.t('import.tooManyWorkspaces', { max: IMPORT_MAX_WORKSPACES }),
  'many-taught': () => i18n.t('import.tooManyTaught', { max: TAUGHT_MAX }),
};
function kindOf(v: unknown): string {
  if (v === null) return i18n.t('import.kindNull');
  if (Array.isArray(v)) return i18n.t('import.kindList');
  switch (typeof v) {
    case 'object':
      return i18n.t('import.kindObject');
    case 'string':
      return i18n.t('import.kindString');
    case 'number':
      return i18n.t('import.kindNumber');
    case 'boolean':
      return i18n.t('import.kindBoolean');
    default:
      return i18n.t('import.kindOther');
  }
}
const EXPECTED: Record<string, () => string> = {
  record: () => i18n.t('import.kindObject'),
  object: () => i18n.t('import.kindObject'),
  array: () => i18n.t('import.kindList'),
  string: () => i18n.t('import.kindText'),
  number: () => i18n.t('import.kindNumber'),
  int: () => i18n.t('import.kindWholeNumber'),
};

/** zod/mini ships no messages: say what was expected in plain words (never echoing the bad value itself). */
function describeIssue(issue: z.core.$ZodIssue & { input?: unknown }): string {
  const coded = SCHEMA_MESSAGES[issue.message];
  if (coded) return coded();
  if (issue.code === 'invalid_type') {
    const expected = EXPECTED[issue.expected]?.() ?? issue.expected;
    return issue.input === undefined ? i18n.t('import.missing', { expected }) : i18n.t('import.expectedFound', { expected, found: kindOf(issue.input) });
  }
  if (issue.code === 'invalid_value') return i18n.t('import.expectedValues', { values: issue.values.map((v) => JSON.stringify(v)).join(i18n.t('import.or')) });
  if (issue.code === 'too_small') return i18n.t('import.tooSmall', { min: String(issue.minimum) });
  if (issue.code === 'too_big') return i18n.t('import.tooBig', { max: String(issue.maximum) });
  return i18n.t('import.notValid');
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** A key from a file is repeated in an error at most this long (a file's key can be any length). */
const PATH_PART_MAX = 60;
const cut = (part: string) => (part.length > PATH_PART_MAX ? `${part.slice(0, PATH_PART_MAX - 1)}…` : part);
const pathText = (path: readonly PropertyKey[]) => path.map((p) => cut(String(p))).join('.') || '(file)';

/**
 * The backup an import keeps of what it replaced; null when there is none (or it does not parse). `unknown`: the
 * keys inside a workspace that this version does not read (a newer version's), as they were.
 */
export function backupOf(raw: Readonly<Record<string, unknown>>): { at: string; text: string; unknown: Record<string, unknown> } | null {
  const parsed = z.object({ at: date, file: ExportFileSchema, unknown: z.optional(z.record(z.string(), z.unknown())) }).safeParse(raw[BACKUP_KEY]);
  if (!parsed.success) return null;
  const unknown = Object.fromEntries(Object.entries(parsed.data.unknown ?? {}).filter(([k, v]) => v !== null && workspaceOfKey(k) !== null));
  return { at: parsed.data.at, text: JSON.stringify(parsed.data.file), unknown };
}

/** Refuses keys that could poison objects, anywhere in the document. */
function findForbiddenKeys(v: unknown, path: string[], out: string[]): void {
  if (out.length >= 20 || typeof v !== 'object' || v === null) return;
  for (const key of Object.keys(v)) {
    if (FORBIDDEN_KEYS.has(key)) out.push(`${pathText([...path, key])}: ${i18n.t('import.keyNotAllowed')}`);
    else findForbiddenKeys((v as Record<string, unknown>)[key], [...path, key], out);
  }
}

/**
 * Parses and checks an import file (size, JSON, shape, schema version, ids). Old step ids follow the renames map;
 * anything else unknown is an error with its path, e.g. `workspaces.0.steps.harp-profile.done: expected a date`.
 */
export function parseImport(text: string, known: Known = KNOWN, ownBackup = false): ImportResult {
  // The backup an import made is restored whatever its size: it holds only what storage held.
  if (text.length > IMPORT_MAX_BYTES && !ownBackup) return { ok: false, errors: [tooLarge()] };
  const shape = shapeProblem(text);
  if (shape) return { ok: false, errors: [shape] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, errors: [`(file): ${i18n.t('import.notJson')}`] };
  }
  const forbidden: string[] = [];
  findForbiddenKeys(json, [], forbidden);
  if (forbidden.length) return { ok: false, errors: forbidden };
  const parsed = ExportFileSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.slice(0, 20).map((i) => `${pathText(i.path)}: ${describeIssue(i)}`) };
  }
  const file = parsed.data;
  const errors: string[] = [];
  if (file.schemaVersion > FILE_VERSION) errors.push(`schemaVersion: ${i18n.t('import.newerVersion', { version: file.schemaVersion })}`);
  else if (file.schemaVersion < 2) errors.push(`schemaVersion: ${i18n.t('import.expectedFound', { expected: 2, found: file.schemaVersion })}`);
  const seen = new Set<string>();
  const workspaces = file.workspaces.map((fw, i) => {
    const at = (...p: string[]) => pathText(['workspaces', i, ...p]);
    if (seen.has(fw.id)) errors.push(`${at('id')}: ${i18n.t('import.duplicate', { id: fw.id })}`);
    seen.add(fw.id);
    const w = emptyWorkspace(fw.id, fw.name.trim() || defaultName(fw.id));
    if (fw.track !== null) {
      w.track = parseTrackId(fw.track);
      if (!w.track) errors.push(`${at('track')}: ${i18n.t('import.unknownTrack')}`);
    }
    for (const [rawStep, items] of Object.entries(fw.ticks)) {
      const stepId = resolveStepId(rawStep);
      if (!stepId || !known.has(stepId)) {
        errors.push(`${at('ticks', rawStep)}: ${i18n.t('import.unknownStep')}`);
        continue;
      }
      for (const [itemId, date] of Object.entries(items)) {
        if (!known.get(stepId)!.has(itemId)) errors.push(`${at('ticks', rawStep, itemId)}: ${i18n.t('import.unknownItem')}`);
        else (w.ticks[stepId] ??= {})[itemId] = date;
      }
    }
    for (const [rawStep, s] of Object.entries(fw.steps)) {
      const stepId = resolveStepId(rawStep);
      if (!stepId || !known.has(stepId)) {
        errors.push(`${at('steps', rawStep)}: ${i18n.t('import.unknownStep')}`);
        continue;
      }
      if (s.done) w.steps[stepId] = s.done;
      if (s.note?.trim()) w.notes[stepId] = s.note;
    }
    for (const [m, date] of Object.entries(fw.milestones)) {
      if (!isMilestone(m)) errors.push(`${at('milestones', m)}: ${i18n.t('import.unknownMilestone')}`);
      else w.milestones[m] = date;
    }
    for (const [name, value] of Object.entries(fw.values ?? {})) {
      if (!isWorkspaceValueName(name)) {
        errors.push(`${at('values', name)}: ${i18n.t('import.unknownValue')}`);
        continue;
      }
      const checked = WORKSPACE_VALUES[name].schema.safeParse(value);
      if (!checked.success) errors.push(`${at('values', name)}: ${i18n.t('import.notValid')}`);
      else if (value !== null) (w.values ??= {})[name] = checked.data;
    }
    return w;
  });
  const taught: TaughtPage[] = [];
  (file.taught ?? []).forEach((t, i) => {
    const at = (p: string) => pathText(['taught', i, p]);
    const step = resolveStepId(t.step);
    if (!siteOfHost(t.host) || t.host !== t.host.toLowerCase()) errors.push(`${at('host')}: ${i18n.t('import.notCmsHost')}`);
    else if (!isRouteShape(t.path) || !parseTaughtKey(taughtKey(t.host, t.path))) errors.push(`${at('path')}: ${i18n.t('import.notRouteShape')}`);
    else if (!step || !known.has(step)) errors.push(`${at('step')}: ${i18n.t('import.unknownStep')}`);
    else taught.push({ host: t.host, path: t.path, step, on: t.on, fix: t.fix === true });
  });
  return errors.length ? { ok: false, errors: errors.slice(0, 20) } : { ok: true, workspaces, taught };
}

/** Typed entries of a record keyed by ids (Object.entries widens keys to string). */
const entriesOf = <K extends string, V>(record: Partial<Record<K, V>>) => Object.entries(record) as [K, V][];

/** The stored keys of one workspace (storage key → value), as written by the store. */
function workspaceEntries(w: WorkspaceData): Record<string, unknown> {
  // The default name is implied, so a restored workspace stores exactly what it stored before.
  const out: Record<string, unknown> = w.name === defaultName(w.id) ? {} : { [metaKey(w.id)]: { name: w.name } };
  if (w.track) out[trackKey(w.id)] = { id: w.track };
  for (const [stepId, items] of entriesOf(w.ticks)) for (const [itemId, at] of Object.entries(items)) out[tickKey(w.id, stepId, itemId)] = { at };
  for (const [stepId, done] of entriesOf(w.steps)) out[stepKey(w.id, stepId)] = { done };
  for (const [stepId, text] of entriesOf(w.notes)) out[noteKey(w.id, stepId)] = { text };
  for (const [m, at] of entriesOf(w.milestones)) out[milestoneKey(w.id, m)] = { at };
  for (const [name, value] of entriesOf<WorkspaceValueName, unknown>(w.values ?? {})) out[valueKey(w.id, name)] = value;
  return out;
}

const tickCount = (w: WorkspaceData) => Object.values(w.ticks).reduce((n, items) => n + Object.keys(items ?? {}).length, 0);

export interface ImportChange {
  id: string;
  name: string;
  isNew: boolean;
  ticksBefore: number;
  ticksAfter: number;
}

/**
 * The stored keys the backup of `state` puts back, each with its workspace ('' for taught pages). An import clears
 * only these: a key it does not understand (a step or kind of item from a newer version, a track it does not know)
 * is left as it is, so nothing the backup does not hold is ever cleared.
 */
function restorableKeys(state: ProgressState): Map<string, string> {
  const out = new Map<string, string>();
  for (const w of state.workspaces) for (const key of Object.keys(workspaceEntries(w))) out.set(key, w.id);
  for (const t of state.taught) out.set(taughtKey(t.host, t.path), '');
  return out;
}

/** Why an import cannot be applied to what is stored (limits of the whole store, a newer store); null when it can. */
export function importProblems(current: ProgressState, incoming: readonly WorkspaceData[], replaceAll: boolean, taught: readonly TaughtPage[]): string[] {
  if (current.newer) return [`(file): ${i18n.t('import.newerStore')}`];
  const errors: string[] = [];
  const ids = new Set(incoming.map((w) => w.id));
  if (!replaceAll) for (const w of current.workspaces) ids.add(w.id);
  if (ids.size > LIMITS.workspaces) errors.push(`workspaces: ${i18n.t('import.tooManyAfter', { count: ids.size, max: LIMITS.workspaces })}`);
  const pages = new Set(taught.map((t) => taughtKey(t.host, t.path)));
  if (!replaceAll) for (const t of current.taught) pages.add(taughtKey(t.host, t.path));
  if (pages.size > LIMITS.taughtPages) errors.push(`taught: ${i18n.t('import.tooManyTaughtAfter', { count: pages.size, max: LIMITS.taughtPages })}`);
  return errors;
}

/**
 * What an import will do: each imported workspace replaces the stored one with the same id (others are kept).
 * The plan is one `set` (old keys become null tombstones), including the backup of the current state, so it is
 * applied all or nothing. The active workspace stays where it is when the file holds it, else moves to the
 * file's first workspace.
 */
export function planImport(
  raw: Readonly<Record<string, unknown>>,
  current: ProgressState,
  incoming: readonly WorkspaceData[],
  today: string,
  /** Restoring a backup: workspaces (and taught pages) not in it are cleared too, so the result is exactly the backup. */
  replaceAll = false,
  /** Taught pages in the file: added to (or replacing the same page among) those stored. */
  taught: readonly TaughtPage[] = [],
  /** Restoring a backup: the keys this version does not read that it kept, put back where they are gone. */
  unknown: Readonly<Record<string, unknown>> = {},
): { plan: Plan; changes: ImportChange[] } {
  const set: Record<string, unknown> = {};
  const ids = new Set(incoming.map((w) => w.id));
  const restorable = restorableKeys(current);
  for (const [key, ws] of restorable) {
    if (raw[key] === undefined || raw[key] === null) continue;
    if (replaceAll || (ws !== '' && ids.has(ws))) set[key] = null;
  }
  for (const t of taught) set[taughtKey(t.host, t.path)] = taughtValue(t);
  for (const w of incoming) Object.assign(set, workspaceEntries(w));
  for (const [key, value] of Object.entries(unknown)) if (!Object.hasOwn(set, key) && (raw[key] === undefined || raw[key] === null)) set[key] = value;
  // Never written down: an import is refused over a newer store (importProblems).
  set[VERSION_KEY] = PROGRESS_VERSION;
  if (!ids.has(current.active)) set[ACTIVE_KEY] = incoming[0]!.id;
  // The import leaves keys inside a workspace that it does not read where they are; the backup keeps a copy too, so
  // Undo brings them back even if they went meanwhile (their workspace deleted).
  const kept = Object.entries(raw).filter(([k, v]) => v !== null && workspaceOfKey(k) !== null && !restorable.has(k));
  set[BACKUP_KEY] = {
    at: today,
    file: toExportFile(current, current.workspaces.map((w) => w.id), today, current.taught),
    ...(kept.length ? { unknown: Object.fromEntries(kept) } : {}),
  };
  const changes = incoming.map((w) => {
    const before = current.workspaces.find((c) => c.id === w.id);
    return { id: w.id, name: w.name, isNew: !before, ticksBefore: before ? tickCount(before) : 0, ticksAfter: tickCount(w) };
  });
  return { plan: { set, remove: [] }, changes };
}

/**
 * What an import plan depends on: the workspace keys (tombstones read as absent), the active workspace and the
 * version. Two snapshots with the same fingerprint give the same plan.
 */
export function progressFingerprint(raw: Readonly<Record<string, unknown>>): string {
  const keys = Object.keys(raw)
    .filter((k) => raw[k] !== null && (itemOf(k)?.exported === true || k === ACTIVE_KEY || k === VERSION_KEY))
    .sort();
  return JSON.stringify(keys.map((k) => [k, raw[k]]));
}
