import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Activity } from '@/utils/activity/activity';
import { activityOf } from '@/utils/activity/activity';
import { ACTIVITY_KEY } from '@/utils/activity/key';
import { todayIso } from '@/utils/formats';
import type { Raw } from '@/utils/progress/store';

/** Today's local date, kept current while the panel stays open (past midnight, after a clock or zone change). */
export function useToday(): string {
  const [today, setToday] = useState(todayIso);
  useEffect(() => {
    const id = setInterval(() => setToday(todayIso()), 60_000);
    return () => clearInterval(id);
  }, []);
  return today;
}

/** The 60-day guard's state, from the stored date (salvaged, never negative). */
export function useActivity(raw: Raw, today: string): Activity {
  const stored = raw[ACTIVITY_KEY];
  return useMemo(() => activityOf(stored, today), [stored, today]);
}

/** The panel root's public attributes for it (contract: data-activity, data-days-since-iqies). */
export const activityAttributes = (a: Activity) => ({ 'data-activity': a.state, 'data-days-since-iqies': a.days === null ? '' : String(a.days) });
