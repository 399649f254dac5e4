import { PsoView, countOf } from '@/components/PsoView';
import type { PsoCounts as Counts } from '@/components/PsoView';
import type { Progress } from '../use-progress';

/** The PSO's own counts, shown with the step where a PSO works requests: a per-workspace value of the progress shown. */
export function PsoCounts({ progress }: { progress: Progress }) {
  const stored = progress.workspace.values?.['pso-duties'] as Partial<Record<keyof Counts, unknown>> | undefined;
  const counts: Counts = { psos: countOf(stored?.psos), pending: countOf(stored?.pending) };
  return <PsoView counts={counts} onChange={(c) => progress.setValue('pso-duties', c)} />;
}
