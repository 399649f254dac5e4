import { ACTIVITY_KEY } from '../activity/key';
import { ID_MAX, ID_PATTERN, isIsoDate } from '../formats';
import { STEPS } from '../steps/catalogue';
import { resolveStepId } from '../steps/ids';
import type { StepId } from '../steps/ids';
import { parseTrackId } from '../tracks/schema';
import type { TrackId } from '../tracks/schema';
import { readTaught } from '../taught/taught';
import type { TaughtPage } from '../taught/taught';
import { ACTIVE_KEY, DEFAULT_WORKSPACE, VERSION_KEY } from './keys';
import { DEMO_SCOPE, LIMITS, WORKSPACE_VALUES, parseScopedKey, quarantineKey } from '../storage/items';
import type { WorkspaceValueName } from '../storage/items';
import { MetaSchema, MilestoneSchema, NAME_MAX, NOTE_MAX, NoteSchema, PROGRESS_VERSION, StepStateSchema, TickSchema, TrackSchema, isMilestone } from './schema';
import type { Milestone } from './schema';

/** Ticked checklist items: step id → item id → date ticked. */
type Ticks = Partial<Record<StepId, Record<string, string>>>;

/** One workspace, as the panel sees it (ids and dates, plus the user's own notes). */
export interface WorkspaceData {
  id: string;
  name: string;
  /** A known track, or null (an unknown stored id reads as "no track chosen"). */
  track: TrackId | null;
  ticks: Ticks;
  /** Step id → date marked done ("I finished this step"). */
  steps: Partial<Record<StepId, string>>;
  /** Step id → the user's note. */
  notes: Partial<Record<StepId, string>>;
  milestones: Partial<Record<Milestone, string>>;
  /** Per-workspace values kept whole (utils/storage/items.ts WORKSPACE_VALUES), e.g. the PSO's counts. */
  values?: Partial<Record<WorkspaceValueName, unknown>>;
}

export interface ProgressState {
  active: string;
  /** 'default' first, then by name. */
  workspaces: WorkspaceData[];
  /** Written by a newer version of the extension: read what we understand, write nothing structural. */
  newer: boolean;
  /** Pages the user taught (per browser, not per workspace), newest first: utils/taught/taught.ts. */
  taught: TaughtPage[];
  /** What practice copies wrote (the `demo:` keys): read like a workspace, never one of `workspaces`. */
  demo: WorkspaceData;
}

/** The demo's id as the panel shows it; its keys are found by DEMO_SCOPE, never by this id. */
export const DEMO_ID = 'demo';

/** What the catalogue knows: step id → item ids. A parameter so tests and imports can pass their own. */
export type Known = ReadonlyMap<StepId, ReadonlySet<string>>;
export const KNOWN: Known = new Map(STEPS.map((s) => [s.id, new Set(s.checklist.map((i) => i.id))]));

interface Salvaged {
  state: ProgressState;
  /** Bad stored values: keep the raw value under a quarantine key, then write the repair (or remove). */
  quarantine: { key: string; raw: unknown; repaired: unknown }[];
}

export const QUARANTINE_RAW_MAX = LIMITS.quarantineChars;
export { quarantineKey };

/** The raw value as capped text (storage never holds page content, but a bad value could be huge). */
export function quarantineRecord(raw: unknown, at: string): { at: string; raw: string } {
  let text: string;
  try {
    text = JSON.stringify(raw) ?? String(raw);
  } catch {
    text = String(raw);
  }
  return { at, raw: text.length > QUARANTINE_RAW_MAX ? `${text.slice(0, QUARANTINE_RAW_MAX)}…(cut)` : text };
}

export function emptyWorkspace(id: string, name = defaultName(id)): WorkspaceData {
  return { id, name, track: null, ticks: {}, steps: {}, notes: {}, milestones: {} };
}
export const defaultName = (id: string) => (id === DEFAULT_WORKSPACE ? 'My progress' : id);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A field of a bad value, read safely (own properties only, so `__proto__` tricks do nothing). */
const field = (v: unknown, name: string): unknown => (isRecord(v) && Object.hasOwn(v, name) ? v[name] : undefined);

/** Field-by-field repair of one stored value; null = nothing worth keeping. */
function repair(kind: string, raw: unknown): unknown {
  switch (kind) {
    case 'tick':
    case 'milestone': {
      const at = typeof raw === 'string' ? raw : field(raw, 'at');
      return isIsoDate(at) ? { at } : null;
    }
    case 'step': {
      const done = typeof raw === 'string' ? raw : field(raw, 'done');
      return isIsoDate(done) ? { done } : null;
    }
    case 'note': {
      const text = typeof raw === 'string' ? raw : field(raw, 'text');
      return typeof text === 'string' && text.trim() ? { text: text.slice(0, NOTE_MAX) } : null;
    }
    case 'meta': {
      const name = typeof raw === 'string' ? raw : field(raw, 'name');
      return typeof name === 'string' && name.trim() ? { name: name.trim().slice(0, NAME_MAX) } : null;
    }
    case 'track': {
      const id = typeof raw === 'string' ? raw : field(raw, 'id');
      return typeof id === 'string' && ID_PATTERN.test(id) && id.length <= ID_MAX ? { id } : null;
    }
    default:
      return null;
  }
}

const SCHEMAS = {
  tick: TickSchema,
  milestone: MilestoneSchema,
  step: StepStateSchema,
  note: NoteSchema,
  meta: MetaSchema,
  track: TrackSchema,
} as const;

/**
 * Reads the whole stored area into a valid state: the user's workspaces, and the demo by the same rules. Never
 * throws: each stored value is parsed with zod; a value that fails is repaired field by field where possible and
 * reported for quarantine. `null` values are tombstones (cleared by an import) and read as "absent". Keys with
 * unknown step or item ids are ignored (left alone).
 */
export function readState(raw: Readonly<Record<string, unknown>>, known: Known = KNOWN): Salvaged {
  const quarantine: Salvaged['quarantine'] = [];
  const byId = new Map<string, WorkspaceData>([[DEFAULT_WORKSPACE, emptyWorkspace(DEFAULT_WORKSPACE)]]);
  const demo = emptyWorkspace(DEMO_ID);
  const ws = (id: string | typeof DEMO_SCOPE) => {
    if (id === DEMO_SCOPE) return demo;
    let w = byId.get(id);
    if (!w) byId.set(id, (w = emptyWorkspace(id)));
    return w;
  };
  for (const [key, value] of Object.entries(raw)) {
    const k = parseScopedKey(key);
    if (!k || value === null) continue;
    if (k.kind === 'value') {
      const item = WORKSPACE_VALUES[k.name];
      const checked = item.schema.safeParse(value);
      const parsed: unknown = checked.success ? checked.data : item.repair(value);
      if (!checked.success) quarantine.push({ key, raw: value, repaired: parsed });
      if (parsed !== null) (ws(k.scope).values ??= {})[k.name] = parsed;
      continue;
    }
    let stepId: StepId | null = null;
    if (k.kind === 'tick') {
      stepId = resolveStepId(k.stepId);
      if (!stepId || !known.get(stepId)?.has(k.itemId)) continue;
    } else if (k.kind === 'step' || k.kind === 'note') {
      stepId = resolveStepId(k.stepId);
      if (!stepId || !known.has(stepId)) continue;
    } else if (k.kind === 'milestone' && !isMilestone(k.milestone)) continue;
    const checked = SCHEMAS[k.kind].safeParse(value);
    const parsed: unknown = checked.success ? checked.data : repair(k.kind, value);
    if (!checked.success) quarantine.push({ key, raw: value, repaired: parsed });
    if (parsed === null) continue;
    const w = ws(k.scope);
    const v = parsed as Record<string, string>;
    if (k.kind === 'tick') (w.ticks[stepId!] ??= {})[k.itemId] = v.at!;
    else if (k.kind === 'step') w.steps[stepId!] = v.done!;
    else if (k.kind === 'note') w.notes[stepId!] = v.text!;
    else if (k.kind === 'milestone') {
      if (isMilestone(k.milestone)) w.milestones[k.milestone] = v.at!;
    }
    else if (k.kind === 'meta') w.name = v.name!;
    else w.track = parseTrackId(v.id);
  }
  const version = raw[VERSION_KEY];
  if (version !== undefined && !(typeof version === 'number' && Number.isInteger(version) && version >= 1)) {
    quarantine.push({ key: VERSION_KEY, raw: version, repaired: PROGRESS_VERSION });
  }
  // The 60-day guard's date (utils/activity): written by the content script, so salvaged here like the rest.
  const activity = raw[ACTIVITY_KEY];
  if (activity !== undefined && activity !== null && !isIsoDate(activity)) {
    const date = typeof activity === 'string' ? activity.slice(0, 10) : null;
    quarantine.push({ key: ACTIVITY_KEY, raw: activity, repaired: isIsoDate(date) ? date : null });
  }
  const activeRaw = raw[ACTIVE_KEY];
  if (activeRaw !== undefined && typeof activeRaw !== 'string') quarantine.push({ key: ACTIVE_KEY, raw: activeRaw, repaired: null });
  const active = typeof activeRaw === 'string' && byId.has(activeRaw) ? activeRaw : DEFAULT_WORKSPACE;
  const workspaces = [...byId.values()].sort((a, b) =>
    a.id === DEFAULT_WORKSPACE ? -1 : b.id === DEFAULT_WORKSPACE ? 1 : a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
  );
  const newer = typeof version === 'number' && version > PROGRESS_VERSION;
  const taught = readTaught(raw);
  quarantine.push(...taught.quarantine);
  return { state: { active, workspaces, newer, taught: taught.pages, demo }, quarantine };
}

export function workspaceOf(state: ProgressState, id = state.active): WorkspaceData {
  return state.workspaces.find((w) => w.id === id) ?? emptyWorkspace(id);
}
