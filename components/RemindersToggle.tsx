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
        Remind me with a notification: to check on a role request after a few days of waiting, and to sign in to iQIES on day 45 and day
        55 after the last sign-in this browser saw.
      </label>
      <p class="small muted">
        {byPolicy ? 'Turned on by your organisation’s settings; you can turn it off. ' : 'Off unless you turn it on. '}
        The browser asks once for permission to show notifications. Nothing leaves this computer.
      </p>
      {on && needsPermission && (
        <p class="small">
          Notifications are not allowed yet, so no reminder can show.{' '}
          <button type="button" data-testid="allow-notifications" onClick={() => onChange(true)}>
            Allow notifications
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
