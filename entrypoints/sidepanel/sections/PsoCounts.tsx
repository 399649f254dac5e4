import { PsoView, countOf } from '@/components/PsoView';
import type { PsoCounts as Counts } from '@/components/PsoView';
import { psoKey } from '@/utils/storage/items';
import type { Progress } from '../use-progress';

/** The PSO's own counts, shown with the step where a PSO works requests; read from and written to the store. */
export function PsoCounts({ progress }: { progress: Progress }) {
  const { raw, workspace, put } = progress;
  const stored = raw[psoKey(workspace.id)] as Partial<Record<keyof Counts, unknown>> | undefined;
  const counts: Counts = { psos: countOf(stored?.psos), pending: countOf(stored?.pending) };
  return <PsoView counts={counts} onChange={(c) => void put(psoKey(workspace.id), c).catch(() => undefined)} />;
}
