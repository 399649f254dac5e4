import { PsoView, countOf } from '@/components/PsoView';
import type { PsoCounts as Counts } from '@/components/PsoView';
import type { Progress } from '../use-progress';

/** Hand-kept PSO figures per workspace (not workspace progress proper: not exported, removed with the workspace). */
export const psoKey = (ws: string) => `ws:${ws}:pso-duties`;

/** The PSO's own counts, shown with the step where a PSO works requests; read from and written to the store. */
export function PsoCounts({ progress }: { progress: Progress }) {
  const { raw, workspace, put } = progress;
  const stored = raw[psoKey(workspace.id)] as Partial<Record<keyof Counts, unknown>> | undefined;
  const counts: Counts = { psos: countOf(stored?.psos), pending: countOf(stored?.pending) };
  return <PsoView counts={counts} onChange={(c) => void put(psoKey(workspace.id), c).catch(() => undefined)} />;
}
