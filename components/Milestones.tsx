import { MILESTONES, MILESTONE_LABELS } from '@/utils/progress/schema';
import type { Milestone } from '@/utils/progress/schema';

interface MilestonesProps {
  dates: Partial<Record<Milestone, string>>;
  onChange(m: Milestone, date: string | null): void;
}

/** The three dates that matter when asking for help: account created, role requested, role approved. */
export function Milestones({ dates, onChange }: MilestonesProps) {
  return (
    <fieldset class="milestones" data-testid="milestones">
      <legend>Key dates</legend>
      {MILESTONES.map((m) => (
        <div class="row" key={m}>
          <label for={`ms-${m}`}>{MILESTONE_LABELS[m]}</label>
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
