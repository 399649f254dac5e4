import { i18n } from '#i18n';
import type { TaughtPage } from '@/utils/taught/taught';

export interface TaughtPagesProps {
  pages: readonly TaughtPage[];
  titleOf(step: TaughtPage['step']): string;
  onForget(page: TaughtPage): void;
}

/** "Pages you taught": what is kept for each (the address shape, the step, the date), each one forgettable. */
export function TaughtPages({ pages, titleOf, onForget }: TaughtPagesProps) {
  if (!pages.length) return null;
  return (
    <details class="taught-pages" data-taught-pages>
      <summary>{i18n.t('taughtPages.summary', { count: pages.length })}</summary>
      <p class="muted small">{i18n.t('taughtPages.kept')}</p>
      <ul>
        {pages.map((p) => {
          const where = `${p.host}${p.path}`;
          return (
            <li key={where} data-taught-page={where} data-step-taught={p.step}>
              <code>{where}</code>
              {i18n.t('taughtPages.pageIs')}
              <strong>{titleOf(p.step)}</strong>
              <span class="muted">
                {p.fix ? i18n.t('taughtPages.correction') : ''}
                {i18n.t('taughtPages.date', { date: p.on })}
              </span>{' '}
              <button type="button" class="link-button" data-forget aria-label={i18n.t('taughtPages.forgetLabel', { page: where })} onClick={() => onForget(p)}>
                {i18n.t('taughtPages.forget')}
              </button>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
