import type { Step } from '../steps/schema';
import type { WorkspaceData } from './model';
import { tickId } from './schema';

export interface SummaryStep {
  id: string;
  title: string;
  /** Date done: marked done by hand, or the day its last checklist item was ticked. */
  doneOn: string | null;
  ticked: number;
  total: number;
  /** Checklist items still open. */
  left: string[];
  note: string | null;
}

/** The printable summary of a workspace, computed from ids and dates only (pure). */
export function summarize(w: WorkspaceData, steps: readonly Step[]): { done: SummaryStep[]; left: SummaryStep[] } {
  const all = steps.map((s): SummaryStep => {
    const dates = s.checklist.map((i) => w.ticks[tickId(s.id, i.id)]).filter((d): d is string => !!d);
    const allTicked = s.checklist.length > 0 && dates.length === s.checklist.length;
    const doneOn = w.steps[s.id] ?? (allTicked ? dates.sort().at(-1)! : null);
    return {
      id: s.id,
      title: s.title,
      doneOn,
      ticked: dates.length,
      total: s.checklist.length,
      left: s.checklist.filter((i) => !w.ticks[tickId(s.id, i.id)]).map((i) => i.label),
      note: w.notes[s.id] ?? null,
    };
  });
  return { done: all.filter((s) => s.doneOn), left: all.filter((s) => !s.doneOn) };
}
