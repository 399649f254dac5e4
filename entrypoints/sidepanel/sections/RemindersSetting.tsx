import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { RemindersToggle } from '@/components/RemindersToggle';
import type { Policy } from '@/utils/policy';
import { REMINDERS_KEY, remindersOn } from '@/utils/reminders/plan';
import { notificationsAllowed, setReminders } from '@/utils/reminders/reminder-store';
import type { Progress } from '../use-progress';

/** Opt-in reminders (a setting, under More): the toggle, the browser's permission and what went wrong, in words. */
export function RemindersSetting({ progress, policy, announce }: { progress: Progress; policy: Policy; announce(text: string): void }) {
  const { raw, loaded } = progress;
  const [problem, setProblem] = useState('');
  const [allowed, setAllowed] = useState(true);
  useEffect(() => {
    void notificationsAllowed().then(setAllowed);
  }, []);
  if (!loaded) return null;
  const on = remindersOn(raw[REMINDERS_KEY], policy.remindersDefault);
  const toggle = (next: boolean) => {
    setProblem('');
    // Called straight from the click: the browser asks for the notifications permission only during a user gesture.
    setReminders(next).then(
      (now) => {
        if (next && !now) setProblem(i18n.t('betweenPages.notAllowed'));
        else announce(now ? i18n.t('betweenPages.remindersOn') : i18n.t('betweenPages.remindersOff'));
        if (now) setAllowed(true);
      },
      () => setProblem(i18n.t('betweenPages.saveFailed')),
    );
  };
  return <RemindersToggle on={on} byPolicy={policy.remindersDefault === true && raw[REMINDERS_KEY] === undefined} onChange={toggle} problem={problem} needsPermission={!allowed} />;
}
