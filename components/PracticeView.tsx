import { PRACTICE_SCREENS } from '@/utils/practice/screens';
import type { PracticeScreen } from '@/utils/practice/screens';
import { SITE_NAMES } from '@/utils/sites';
import { SOURCES } from '@/utils/steps/catalogue/sources';

const fieldId = (label: string) => `f-${label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

/**
 * One practice copy: the permanent practice banner (outside the copied screen), then the screen's structure and
 * wording. Buttons and links move through the flow by changing the hash; no form is ever submitted.
 * The banner's links are plain links (not buttons) and the shortcut list carries no aria-current, so the
 * banner adds nothing the step detection reads.
 */
export function PracticeView({ screen, go }: { screen: PracticeScreen; go(to: string): void }) {
  const link = (a: { label: string; to: string }) => (
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
          <strong>Practice copy — not a CMS website.</strong> A plain copy of a {SITE_NAMES[screen.site]} screen for training. Nothing
          you type here is saved or sent.
        </p>
        <p class="practice-sources">Wording from: {screen.cite.map((id) => SOURCES[id].short).join('; ')}.</p>
        {screen.branches?.length ? (
          <p class="practice-branches">
            Show a branch: {screen.branches.map((b, i) => <span key={b.to}>{i ? ' · ' : ''}{link(b)}</span>)}
          </p>
        ) : null}
        <details class="practice-shortcuts">
          <summary>All practice screens</summary>
          <ul>
            {PRACTICE_SCREENS.filter((s) => s.id === s.step).map((s) => (
              <li key={s.id}>{link({ label: `${SITE_NAMES[s.site]}: ${s.subheading ?? s.heading}`, to: s.id })}</li>
            ))}
          </ul>
        </details>
      </div>
      <header class={`practice-site practice-${screen.site}`}>
        <h1>{SITE_NAMES[screen.site]}</h1>
      </header>
      <main class="practice-screen" data-practice-screen={screen.id} data-practice-step={screen.step}>
        {screen.progress && (
          <ol class="progress" aria-label="Registration steps">
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
