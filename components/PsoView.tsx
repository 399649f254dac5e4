import { i18n } from '#i18n';
import { LAPSE_DAY } from '@/utils/activity/activity';
import { LIMITS } from '@/utils/storage/items';
import { Cites } from './Citations';
import { says } from '@/utils/steps/catalogue/words';

export interface PsoCounts {
  psos: number | null;
  pending: number | null;
}

interface PsoViewProps {
  counts: PsoCounts;
  onChange(counts: PsoCounts): void;
}

const COUNT_MAX = LIMITS.psoCount;
/** A typed count: a whole number from 0 to 999, else "not entered". */
export function countOf(value: unknown): number | null {
  const n = typeof value === 'string' ? Number(value.trim() === '' ? NaN : value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= COUNT_MAX ? n : null;
}

/** One hand-kept count: a labelled native number field (an empty field means "not entered"). */
function CountField({ id, label, value, onCount }: { id: string; label: string; value: number | null; onCount(n: number | null): void }) {
  return (
    <div class="row">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="number"
        min={0}
        max={COUNT_MAX}
        inputMode="numeric"
        data-testid={id}
        value={value ?? ''}
        onChange={(e) => onCount(countOf(e.currentTarget.value))}
      />
    </div>
  );
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
      <CountField id="pso-count" label={i18n.t('psoView.count')} value={psos} onCount={(n) => onChange({ psos: n, pending })} />
      {psos !== null && psos <= 1 && (
        <p class="block block-warning small" data-pso-warning>
          {psos === 0 ? i18n.t('psoView.none') : i18n.t('psoView.one')}
          <Cites cites={[says('mo-15761', 'firstPso'), says('mo-15761', 'twoPsos'), says('qtso-security-official-2019', 'sole')]} />
        </p>
      )}
      <CountField id="pso-pending" label={i18n.t('psoView.pending')} value={pending} onCount={(n) => onChange({ psos, pending: n })} />
      {pending !== null && pending > 0 && <p class="small">{i18n.t('psoView.work')}</p>}
      <p class="small">
        {i18n.t('psoView.everyone', { limit: String(LAPSE_DAY) })}
        <Cites cites={[says('qtso-inactive-policy', 'audits'), says('qtso-inactive-policy', 'revoked')]} />
      </p>
    </section>
  );
}
