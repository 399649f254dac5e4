import { i18n } from '#i18n';
import type { ComponentChildren } from 'preact';
import { PRACTICE_SCREENS } from '@/utils/practice/screens';
import type { PracticeBranchKey, PracticeScreen } from '@/utils/practice/screens';
import { SITE_NAMES } from '@/utils/sites';
import { SOURCES } from '@/utils/steps/catalogue/sources';

/** A branch's words (practice-only navigation, outside the copied screen), read when rendering. */
function branchLabel(branch: PracticeBranchKey): string {
  switch (branch) {
    case 'emailExists':
      return i18n.t('practiceView.branchEmailExists');
    case 'identityFailed':
      return i18n.t('practiceView.branchIdentityFailed');
    case 'rolesRevoked':
      return i18n.t('practiceView.branchRolesRevoked');
    case 'asApprover':
      return i18n.t('practiceView.branchAsApprover');
    case 'afterApproval':
      return i18n.t('practiceView.branchAfterApproval');
  }
}

const fieldId = (label: string) => `f-${label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

/**
 * One practice copy: the permanent practice banner (outside the copied screen), then the screen's structure and
 * wording. Buttons and links move through the flow by changing the hash; no form is ever submitted.
 * The banner's links are plain links (not buttons) and the shortcut list carries no aria-current, so the
 * banner adds nothing the step detection reads.
 */
export function PracticeView({ screen, go }: { screen: PracticeScreen; go(to: string): void }) {
  const link = (a: { label: ComponentChildren; to: string }) => (
    <a
      href={`#${a.to}`}
      onClick={(e) => {
        e.preventDefault();
        go(a.to);
      }}
    >
      {a.label}
    </a>
  );
  return (
    <>
      <div class="practice-banner" role="note" data-practice-banner>
        <p>
          <strong>{i18n.t('practiceView.bannerLead')}</strong>
          {i18n.t('practiceView.bannerText', { site: SITE_NAMES[screen.site] })}
        </p>
        <p class="practice-sources">
          {i18n.t('practiceView.wordingFrom', { sources: screen.cite.map((c) => SOURCES[c.source].short).join(i18n.t('practiceView.sourcesSeparator')) })}
        </p>
        {screen.branches?.length ? (
          <p class="practice-branches">
            {i18n.t('practiceView.showBranch')}
            {screen.branches.map((b, i) => (
              <span key={b.to}>
                {i ? ' · ' : ''}
                {link({ label: branchLabel(b.branch), to: b.to })}
              </span>
            ))}
          </p>
        ) : null}
        <details class="practice-shortcuts">
          <summary>{i18n.t('practiceView.allScreens')}</summary>
          <ul>
            {PRACTICE_SCREENS.filter((s) => s.id === s.step).map((s) => (
              <li key={s.id}>
                {link({
                  label: (
                    <>
                      {SITE_NAMES[s.site]}: {s.subheading ?? s.heading}
                    </>
                  ),
                  to: s.id,
                })}
              </li>
            ))}
          </ul>
        </details>
      </div>
      <header class={`practice-site practice-${screen.site}`}>
        <h1>{SITE_NAMES[screen.site]}</h1>
      </header>
      <main class="practice-screen" data-practice-screen={screen.id} data-practice-step={screen.step}>
        {screen.progress && (
          <ol class="progress" aria-label={i18n.t('practiceView.progressLabel')}>
            {screen.progress.items.map((item, i) => (
              <li key={item} aria-current={i === screen.progress!.current ? 'step' : undefined}>
                {item}
              </li>
            ))}
          </ol>
        )}
        <h2>{screen.heading}</h2>
        {screen.subheading && <h3>{screen.subheading}</h3>}
        {screen.alert && (
          <p class="practice-alert" role="alert">
            {screen.alert}
          </p>
        )}
        {screen.text?.map((t) => <p key={t}>{t}</p>)}
        <form onSubmit={(e) => e.preventDefault()} autocomplete="off">
          {screen.fields?.map((f) => (
            <div class="field" key={f.label}>
              <label for={fieldId(f.label)}>{f.label}</label>
              <input id={fieldId(f.label)} type={f.type ?? 'text'} defaultValue={f.example} autocomplete="off" />
            </div>
          ))}
          {screen.select && (
            <div class="field">
              <label for={fieldId(screen.select.label)}>{screen.select.label}</label>
              <select id={fieldId(screen.select.label)}>
                {screen.select.options.map((o) => (
                  <option key={o}>{o}</option>
                ))}
              </select>
            </div>
          )}
          {screen.question && (
            <fieldset>
              <legend>{screen.question.legend}</legend>
              {screen.question.options.map((o, i) => (
                <label class="choice" key={o}>
                  <input type="radio" name="practice-question" defaultChecked={i === 0} /> {o}
                </label>
              ))}
            </fieldset>
          )}
          <div class="actions">
            {screen.actions.map((a) => (
              <button type="button" key={a.label} onClick={() => go(a.to)}>
                {a.label}
              </button>
            ))}
          </div>
        </form>
        {screen.links?.length ? <p class="links">{screen.links.map((l, i) => <span key={l.label}>{i ? ' · ' : ''}{link(l)}</span>)}</p> : null}
      </main>
    </>
  );
}
