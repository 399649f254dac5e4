import type { Step } from '@/utils/steps/schema';
import { Checklist } from './Checklist';
import { CONTACTS } from './contacts';
import { Guidance } from './Guidance';
import { Sources } from './Sources';

export interface StepViewProps {
  step: Step;
  checked: ReadonlySet<string>;
  /** True when this is the step recognised on the followed page. */
  isDetected: boolean;
  onToggle(itemId: string, checked: boolean): void;
  checklistReady?: boolean;
}

export function StepView({ step, checked, isDetected, onToggle, checklistReady = true }: StepViewProps) {
  return (
    <article class="step" data-testid="step-view" aria-labelledby="step-title">
      <p class="eyebrow">{isDetected ? 'You are here' : 'Step'}</p>
      <h2 id="step-title" tabIndex={-1}>
        {step.title}
      </h2>
      <p class="summary">{step.summary}</p>
      {step.haveReady.length > 0 && (
        <section aria-labelledby="ready-heading">
          <h3 id="ready-heading">Have ready</h3>
          <ul>
            {step.haveReady.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="checklist-heading">
        <h3 id="checklist-heading">
          Checklist{' '}
          <span class="muted">
            ({step.checklist.filter((i) => checked.has(i.id)).length} of {step.checklist.length} done)
          </span>
        </h3>
        <Checklist stepId={step.id} items={step.checklist} checked={checked} onToggle={onToggle} ready={checklistReady} />
      </section>
      <section aria-labelledby="guidance-heading">
        <h3 id="guidance-heading">Guidance</h3>
        <Guidance blocks={step.guidance} />
      </section>
      {step.problems.length > 0 && (
        <details class="problems">
          <summary>Common problems ({step.problems.length})</summary>
          <dl>
            {step.problems.map((p) => (
              <div key={p.problem}>
                <dt>{p.problem}</dt>
                <dd>{p.fix}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
      {step.contacts.length > 0 && (
        <section aria-labelledby="contacts-heading">
          <h3 id="contacts-heading">Who can help</h3>
          <ul class="contacts">
            {step.contacts.map((id) => {
              const c = CONTACTS[id];
              return (
                <li key={id}>
                  {c.href ? (
                    <a href={c.href} target="_blank" rel="noreferrer noopener">
                      {c.name}
                    </a>
                  ) : (
                    <strong>{c.name}</strong>
                  )}
                  : {c.detail}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <Sources sources={step.sources} checkedOn={step.checkedOn} />
    </article>
  );
}
