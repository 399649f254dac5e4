import type { StepId } from '../steps/ids';
import type { Step } from '../steps/schema';
import type { ProgressState, WorkspaceData } from './model';
import { workspaceOf } from './model';
import { stepStatuses } from './status';
import type { StepStatus } from './status';

export interface SummaryStep {
  id: StepId;
  title: string;
  status: StepStatus;
  /** Date done: marked done by hand, else the day its last checklist item was ticked; null when not done. */
  doneOn: string | null;
  ticked: number;
  total: number;
  /** Checklist items still open. */
  left: string[];
  note: string | null;
}

/** The printable summary of a workspace, computed from ids and dates only (pure); statuses as in the panel. */
export function summarize(w: WorkspaceData, steps: readonly Step[]): { done: SummaryStep[]; left: SummaryStep[] } {
  const all = stepStatuses(steps, w).entries.map(({ step: s, status, ticked, total }): SummaryStep => {
    const dates = Object.values(w.ticks[s.id] ?? {}).sort();
    return {
      id: s.id,
      title: s.title,
      status,
      doneOn: status === 'done' ? (w.steps[s.id] ?? dates.at(-1) ?? null) : null,
      ticked,
      total,
      left: s.checklist.filter((i) => !w.ticks[s.id]?.[i.id]).map((i) => i.label),
      note: w.notes[s.id] ?? null,
    };
  });
  return { done: all.filter((s) => s.status === 'done'), left: all.filter((s) => s.status !== 'done') };
}

/**
 * The workspace `summary.html?workspace=ID` shows: the one asked for, or the active one when none is asked for;
 * null when the id names no workspace (then the page says so rather than summarise an empty one).
 */
export function summaryWorkspace(state: ProgressState, asked: string | null): WorkspaceData | null {
  if (!asked) return workspaceOf(state);
  return state.workspaces.find((w) => w.id === asked) ?? null;
}
