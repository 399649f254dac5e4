import { i18n } from '#i18n';
import { SIGN_IN_REMINDER_DAYS } from '@/utils/reminders/plan';

interface RemindersToggleProps {
  on: boolean;
  /** The organisation's default (policy remindersDefault), said when it applies. */
  byPolicy: boolean;
  onChange(on: boolean): void;
  /** Plain words after a refused permission or a failed save; empty otherwise. */
  problem: string;
  /** On (e.g. by policy) but notifications are not allowed yet: offer to ask. */
  needsPermission: boolean;
}

/** Opt-in reminders: a native checkbox; turning it on asks the browser for permission to show notifications. */
export function RemindersToggle({ on, byPolicy, onChange, problem, needsPermission }: RemindersToggleProps) {
  return (
    <div class="reminders" data-reminders={on ? 'on' : 'off'}>
      <label>
        <input type="checkbox" data-testid="reminders-toggle" checked={on} onChange={(e) => onChange(e.currentTarget.checked)} />
        {i18n.t('remindersToggle.label', { first: String(SIGN_IN_REMINDER_DAYS[0]), second: String(SIGN_IN_REMINDER_DAYS[1]) })}
      </label>
      <p class="small muted">
        {byPolicy ? i18n.t('remindersToggle.byPolicy') : i18n.t('remindersToggle.off')}
        {i18n.t('remindersToggle.permission')}
      </p>
      {on && needsPermission && (
        <p class="small">
          {i18n.t('remindersToggle.notAllowed')}
          <button type="button" data-testid="allow-notifications" onClick={() => onChange(true)}>
            {i18n.t('remindersToggle.allow')}
          </button>
        </p>
      )}
      {problem && (
        <p class="small" role="status">
          {problem}
        </p>
      )}
    </div>
  );
}
