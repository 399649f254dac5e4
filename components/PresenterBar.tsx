import { i18n } from '#i18n';

export interface PresenterBarProps {
  on: boolean;
  onToggle(): void;
  /** Present when a tab is followed: opens the guide in its own window following that tab. */
  onPopOut?: () => void;
  /** The printable hand-out of the chosen track (all tracks when none). */
  handoutHref: string;
}

/** The presenter toggle, the pop-out button and, in presenter mode, the visible key legend. */
export function PresenterBar({ on, onToggle, onPopOut, handoutHref }: PresenterBarProps) {
  return (
    <div class="presenter-bar" data-testid="presenter-bar">
      <div class="presenter-buttons">
        <button type="button" aria-pressed={on} data-testid="presenter-toggle" onClick={onToggle}>
          {i18n.t('presenterBar.toggle')}
        </button>
        {onPopOut && (
          <button type="button" data-testid="pop-out" onClick={onPopOut}>
            {i18n.t('presenterBar.popOut')}
          </button>
        )}
        <a href={handoutHref} target="_blank" rel="noopener" data-testid="handout-link">
          {i18n.t('presenterBar.handout')}
        </a>
      </div>
      {on && (
        <section class="key-legend" aria-label={i18n.t('presenterBar.keysLabel')} data-testid="key-legend">
          <p>
            <kbd>→</kbd>
            {i18n.t('presenterBar.keyNext')}
            <kbd>←</kbd>
            {i18n.t('presenterBar.keyPrevious')}
            <kbd>{i18n.t('presenterBar.homeKey')}</kbd>
            {i18n.t('presenterBar.keyFirst')}
            <kbd>{i18n.t('presenterBar.endKey')}</kbd>
            {i18n.t('presenterBar.keyLast')}
            <kbd>1</kbd>–<kbd>9</kbd>
            {i18n.t('presenterBar.keyNumberSeparator')}
            <kbd>0</kbd>
            {i18n.t('presenterBar.keyNumber')}
            {i18n.t('presenterBar.keyWhereSeparator')}
            <kbd>{i18n.t('presenterBar.whereKey')}</kbd>
            {i18n.t('presenterBar.keyWhere')}
          </p>
          <p class="muted">{i18n.t('presenterBar.privacy')}</p>
        </section>
      )}
    </div>
  );
}
