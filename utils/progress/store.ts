import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { todayIso } from '../formats';
import { LIMITS, itemOf } from '../storage/items';
import type { TrackId } from '../tracks/schema';
import { commands } from './commands';
import { LimitError } from './errors';
import { ACTIVE_KEY, BACKUP_KEY, DEFAULT_WORKSPACE, DEMO_SCOPE, metaKey, workspacePrefix } from './keys';
import { applyPlan } from './migrations';
import type { Plan } from './migrations';
import { quarantineKey, quarantineRecord, readState } from './model';
import type { ProgressState, WorkspaceData } from './model';
import type { TaughtPage } from '../taught/taught';
import { readMigrated, writePlan as write } from './raw-store';
import { IMPORT_MAX_BYTES, tooLarge, backupOf, importProblems, parseImport, planImport, progressFingerprint, toExportFile } from './transfer';
import type { ExportFile, ImportChange } from './transfer';

/**
 * Storage access for progress (the only progress file that touches the browser). Every read is parsed
 * (model.ts); a bad stored value is repaired or set aside, never a crash.
 */
export type Raw = Record<string, unknown>;

const readAll = (): Promise<Raw> => browser.storage.local.get(null);

interface Loaded {
  raw: Raw;
  state: ProgressState;
  /** Plain words for the user, once, when damaged saved progress was repaired or set aside. */
  notice: string | null;
}

/**
 * Reads everything, migrates to the current schema, repairs bad values (keeping each raw one under quarantine).
 * Storage calls: one read; then, only when needed, a migration write and a repair write (one or two calls each)
 * and a best-effort removal of import tombstones.
 */
export async function loadProgress(now = new Date()): Promise<Loaded> {
  let raw = await readMigrated();
  const { state, quarantine } = readState(raw);
  let notice: string | null = null;
  if (quarantine.length && !state.newer) {
    const fix: Plan = { set: {}, remove: [] };
    for (const q of quarantine) {
      fix.set[quarantineKey(q.key)] = quarantineRecord(q.raw, todayIso(now));
      if (q.repaired === null) fix.remove.push(q.key);
      else fix.set[q.key] = q.repaired;
    }
    await write(fix);
    raw = applyPlan(raw, fix);
    const lost = quarantine.filter((q) => q.repaired === null).length;
    notice = lost ? i18n.t('progress.damagedLost', lost) : i18n.t('progress.damagedKept');
  }
  if (state.newer) notice = i18n.t('progress.newer');
  // Tombstones (null, left by an import) read as absent; tidy them away (best effort).
  const tombstones = Object.keys(raw).filter((k) => raw[k] === null && itemOf(k)?.exported === true);
  if (tombstones.length) void browser.storage.local.remove(tombstones).catch(() => undefined);
  return { raw, state, notice };
}

/** Sets (or, with null, removes) one key: one storage call. */
export async function setKey(key: string, value: unknown): Promise<void> {
  await write(value === null || value === undefined ? { set: {}, remove: [key] } : { set: { [key]: value }, remove: [] });
}

/** The stored values of some keys (absent keys are missing from the result). */
export async function readKeys(keys: string[]): Promise<Raw> {
  return browser.storage.local.get(keys);
}

/** Calls back with every change to the local area (new value, or undefined when removed). */
export function watchRaw(onChange: (changes: Record<string, unknown>) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const out: Record<string, unknown> = {};
    for (const [key, change] of Object.entries(changes)) out[key] = change.newValue;
    onChange(out);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

const WS_ID_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789';
export function newWorkspaceId(name: string, random: () => number = Math.random): string {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 24).replace(/-+$/, '');
  const suffix = Array.from({ length: 4 }, () => WS_ID_CHARS[Math.floor(random() * WS_ID_CHARS.length)]).join('');
  return slug ? `${slug}-${suffix}` : `ws-${suffix}`;
}

/**
 * Names a new workspace and makes it the active one: one read, one storage call. Refused (LimitError, in plain
 * words) at the most workspaces an import accepts, so "Export all" can always be imported back and undone.
 */
export async function createWorkspace(name: string): Promise<string> {
  const { state } = readState(await readAll());
  if (state.workspaces.length >= LIMITS.workspaces) throw new LimitError(i18n.t('errors.workspacesFull', { max: LIMITS.workspaces }));
  const id = newWorkspaceId(name);
  await write({ set: { [metaKey(id)]: { name }, [ACTIVE_KEY]: id }, remove: [] });
  return id;
}

/**
 * Removes every key of a workspace as stored now (read here, not from a panel's copy, so keys another panel
 * just wrote go too): one read, then one call that switches away from it if it is active and one that removes
 * its keys. The default workspace is emptied instead of removed.
 */
export async function deleteWorkspace(id: string): Promise<void> {
  const raw = await readAll();
  const keys = Object.keys(raw).filter((k) => k.startsWith(workspacePrefix(id)));
  await write({ set: raw[ACTIVE_KEY] === id ? { [ACTIVE_KEY]: DEFAULT_WORKSPACE } : {}, remove: keys });
}

/**
 * "Reset demo": removes every demo key as stored now (read here, so keys another panel just wrote go too) and starts
 * the demo on `track`. One read, then one call that sets the track and one that removes the rest; real progress is
 * never touched.
 */
export async function resetDemo(track: TrackId): Promise<void> {
  const raw = await readAll();
  const start = commands.track(DEMO_SCOPE, track)!;
  const keys = Object.keys(raw).filter((k) => k.startsWith(workspacePrefix(DEMO_SCOPE)) && k !== start.key);
  await write({ set: { [start.key]: start.value }, remove: keys });
}

/** What applying a previewed import did: written, or not written because storage changed since the preview. */
type Applied = { applied: true } | { applied: false; again: PreparedImport };

export type PreparedImport =
  | { ok: false; errors: string[] }
  | { ok: true; changes: ImportChange[]; /** Taught pages in the file (added to those stored). */ taught: number; apply(): Promise<Applied> };

/**
 * Checks an import file against what is stored now. Nothing is written until `apply()`, which reads storage once
 * and writes exactly the plan that was previewed (the backup and the new state in one call: all or nothing) — unless the
 * stored progress changed since the preview (another panel, another import): then nothing is written and the
 * import is checked again against what is stored now, for the user to confirm again. (Storage has no
 * transactions: a write landing between that last read and the write itself is not caught.)
 */
export async function prepareImport(text: string, now = new Date(), replaceAll = false): Promise<PreparedImport> {
  const parsed = parseImport(text, undefined, replaceAll);
  if (!parsed.ok) return parsed;
  return prepareWorkspaces(parsed.workspaces, now, replaceAll, parsed.taught);
}

async function prepareWorkspaces(
  incoming: readonly WorkspaceData[],
  now: Date,
  replaceAll: boolean,
  taught: readonly TaughtPage[] = [],
  unknown: Readonly<Record<string, unknown>> = {},
): Promise<PreparedImport> {
  const { raw, state } = await loadProgress(now);
  const problems = importProblems(state, incoming, replaceAll, taught);
  if (problems.length) return { ok: false, errors: problems };
  const { plan, changes } = planImport(raw, state, incoming, todayIso(now), replaceAll, taught, unknown);
  const seen = progressFingerprint(raw);
  return {
    ok: true,
    changes,
    taught: taught.length,
    apply: async () => {
      if (progressFingerprint(await readAll()) !== seen) return { applied: false, again: await prepareWorkspaces(incoming, now, replaceAll, taught, unknown) };
      await write(plan);
      return { applied: true };
    },
  };
}

/** A file the user picked: refused by its size before it is read, then checked like any import. */
export async function prepareImportFile(file: Blob): Promise<PreparedImport> {
  if (file.size > IMPORT_MAX_BYTES) return { ok: false, errors: [tooLarge()] };
  return prepareImport(await file.text());
}

/** Puts back exactly what the last import replaced (itself backing up the current state first, so it can be undone). */
export async function restoreBackup(now = new Date()): Promise<PreparedImport> {
  const backup = backupOf(await browser.storage.local.get(BACKUP_KEY));
  if (!backup) return { ok: false, errors: ['(backup): there is no backup to restore'] };
  const parsed = parseImport(backup.text, undefined, true);
  if (!parsed.ok) return parsed;
  return prepareWorkspaces(parsed.workspaces, now, true, parsed.taught, backup.unknown);
}

export async function exportProgress(workspaceIds: 'all' | string[], now = new Date()): Promise<ExportFile> {
  const { state } = await loadProgress(now);
  // Taught pages belong to the browser, not to a workspace: they travel with "export all" only.
  if (workspaceIds === 'all') return toExportFile(state, state.workspaces.map((w) => w.id), todayIso(now), state.taught);
  return toExportFile(state, workspaceIds, todayIso(now));
}
