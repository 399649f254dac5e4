import type { PageSnapshot } from '@/utils/steps/detect-step';
import { READ_NODES, readBudget, takeSnapshot } from '@/utils/page/snapshot';

/**
 * The snapshot as shipped, with every bound but the clock: tests that check the rules on whole pages must not
 * depend on how busy the test machine is (happy-dom on a loaded 2-core machine once ran past the 50 ms reading
 * budget and kept half a page). The time budget itself is tested in the snapshot and clobbering tests.
 */
export function snapshotUnhurried(doc: Document, loc: Pick<Location, 'hostname' | 'pathname' | 'hash'>): PageSnapshot {
  return takeSnapshot(doc, loc, readBudget(READ_NODES, Number.POSITIVE_INFINITY));
}
