import { i18n } from '#i18n';
import { useEffect } from 'preact/hooks';
import type { StepId } from '@/utils/steps/ids';
import { useLatest } from './use-latest';
import type { Progress } from './use-progress';

/**
 * Records "role requested" and "HARP account created" the first time the page that proves it is recognised: HARP's
 * registration confirmation (just after creating the account) and iQIES's "Request Submitted" are pages only a user
 * in that state sees. Recorded once; the dates stay editable under "Key dates". Off while following a practice copy
 * (`enabled` false): a demo proves nothing about the user.
 */
export function useMilestoneRecords(progress: Progress, detected: StepId | null, today: string, announce: (text: string) => void, enabled: boolean): void {
  const { loaded, workspace } = progress;
  const requested = workspace.milestones['role-requested'];
  const created = workspace.milestones['harp-account-created'];
  // The writer and the announcer change identity on every render; the record depends only on what is listed below.
  const latest = useLatest({ setMilestone: progress.setMilestone, announce });
  useEffect(() => {
    if (!enabled || !loaded) return;
    const { setMilestone, announce: say } = latest.current;
    if (detected === 'iqies-request-submitted' && !requested) {
      setMilestone('role-requested', today);
      say(i18n.t('betweenPages.recordedRequested'));
    } else if (detected === 'harp-confirmation' && !created) {
      setMilestone('harp-account-created', today);
      say(i18n.t('betweenPages.recordedCreated'));
    }
  }, [enabled, loaded, detected, requested, created, today, latest]);
}
