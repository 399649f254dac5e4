import { i18n } from '#i18n';
import { LAPSE_DAY } from '@/utils/activity/activity';
import { Cites } from './Citations';

export interface PsoCounts {
  psos: number | null;
  pending: number | null;
}

interface PsoViewProps {
  counts: PsoCounts;
  onChange(counts: PsoCounts): void;
}

const COUNT_MAX = 999;
/** A typed count: a whole number from 0 to 999, else "not entered". */
export function countOf(value: unknown): number | null {
  const n = typeof value === 'string' ? Number(value.trim() === '' ? NaN : value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= COUNT_MAX ? n : null;
}

/**
 * The PSO's own figures, typed by hand (no names and nothing else is read from pages): how many PSOs the facility
 * has and how many requests wait for approval.
 */
export function PsoView({ counts, onChange }: PsoViewProps) {
  const { psos, pending } = counts;
  return (
    <section class="pso-view" data-pso-view aria-labelledby="pso-view-heading">
      <h2 id="pso-view-heading" class="small-heading">
        {i18n.t('psoView.heading')}
      </h2>
      <div class="row">
        <label for="pso-count">{i18n.t('psoView.count')}</label>
        <input
          id="pso-count"
          type="number"
          min={0}
          max={COUNT_MAX}
          inputMode="numeric"
          data-testid="pso-count"
          value={psos ?? ''}
          onChange={(e) => onChange({ psos: countOf(e.currentTarget.value), pending })}
        />
      </div>
      {psos !== null && psos <= 1 && (
        <p class="block block-warning small" data-pso-warning>
          {psos === 0 ? i18n.t('psoView.none') : i18n.t('psoView.one')}
          <Cites ids={['mo-15761', 'qtso-security-official-2019']} />
        </p>
      )}
      <div class="row">
        <label for="pso-pending">{i18n.t('psoView.pending')}</label>
        <input
          id="pso-pending"
          type="number"
          min={0}
          max={COUNT_MAX}
          inputMode="numeric"
          data-testid="pso-pending"
          value={pending ?? ''}
          onChange={(e) => onChange({ psos, pending: countOf(e.currentTarget.value) })}
        />
      </div>
      {pending !== null && pending > 0 && <p class="small">{i18n.t('psoView.work')}</p>}
      <p class="small">
        {i18n.t('psoView.everyone', { limit: String(LAPSE_DAY) })}
        <Cites ids={['qtso-inactive-policy']} />
      </p>
    </section>
  );
}
