import { i18n } from '#i18n';
import { MILESTONES } from '@/utils/progress/schema';
import type { Milestone } from '@/utils/progress/schema';

/** A milestone's name, from the locale (message names cannot contain the ids' dashes). */
export function milestoneLabel(m: Milestone): string {
  switch (m) {
    case 'harp-account-created':
      return i18n.t('milestones.harpAccountCreated');
    case 'role-requested':
      return i18n.t('milestones.roleRequested');
    case 'role-approved':
      return i18n.t('milestones.roleApproved');
  }
}

interface MilestonesProps {
  dates: Partial<Record<Milestone, string>>;
  onChange(m: Milestone, date: string | null): void;
}

/** The three dates that matter when asking for help: account created, role requested, role approved. */
export function Milestones({ dates, onChange }: MilestonesProps) {
  return (
    <fieldset class="milestones" data-testid="milestones">
      <legend>{i18n.t('milestones.legend')}</legend>
      {MILESTONES.map((m) => (
        <div class="row" key={m}>
          <label for={`ms-${m}`}>{milestoneLabel(m)}</label>
          <input
            type="date"
            id={`ms-${m}`}
            data-milestone={m}
            value={dates[m] ?? ''}
            onChange={(e) => onChange(m, e.currentTarget.value || null)}
          />
        </div>
      ))}
    </fieldset>
  );
}
