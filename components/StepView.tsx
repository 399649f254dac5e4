import { i18n } from '#i18n';
import { useEffect, useRef } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { StepStatus } from '@/utils/progress/status';
import { SITES, siteHome } from '@/utils/sites';
import type { StepId } from '@/utils/steps/ids';
import type { Step } from '@/utils/steps/schema';
import { sourcesOf } from '@/utils/steps/catalogue';
import { Checklist } from './Checklist';
import { Cites } from './Citations';
import { ContactItem } from './ContactItem';
import { Guidance } from './Guidance';
import { ExternalLink } from './links';
import { OrgContact } from './OrgContact';
import type { OrgContactProps } from './OrgContact';
import { Sources } from './Sources';

export interface StepViewProps {
  step: Step;
  checked: ReadonlySet<string>;
  /** Where the step stands (utils/progress/status.ts), as in the journey and the summary. */
  status?: StepStatus;
  /** True when this is the step recognised on the followed page. */
  isDetected: boolean;
  onToggle(itemId: string, checked: boolean): void;
  checklistReady?: boolean;
  /** Advice for this step on the chosen track only. */
  note?: string | null;
  /** On a track: the step after this one (null at the end of the track); undefined when no track is chosen. */
  next?: Step | null;
  onOpenStep?(id: StepId): void;
  /** On a track: this step's place in it. */
  place?: { index: number; total: number } | null;
  /** The organisation's own help contact (managed policy), listed first under "Who can help". */
  orgContact?: OrgContactProps | null;
  /**
   * A problem of this step to show: its list is opened, and the problem scrolled to and focused. An object, so that
   * asking for the same problem again (after the list was closed) opens it again.
   */
  openProblem?: { id: string } | null;
  /** What belongs to this step beyond the catalogue (the waiting card, the PSO's counts), right after Next. */
  afterNext?: ComponentChildren;
  /** "Show me where": outline this step's control on the followed page; absent when the step has none. */
  onShowWhere?: () => void;
  /** The page's answer to it, once asked. */
  showWhere?: 'shown' | 'not-found' | null;
}

function WhatNext({ next, onOpenStep }: { next: Step | null; onOpenStep?(id: StepId): void }) {
  return (
    <section class="what-next" aria-labelledby="what-next-heading" data-testid="what-next">
      <h3 id="what-next-heading">{i18n.t('stepView.whatNext')}</h3>
      {next ? (
        <>
          <p>
            <button type="button" class="next-button" data-next-step={next.id} onClick={() => onOpenStep?.(next.id)}>
              {i18n.t('stepView.nextStep', { title: next.title })}
            </button>
          </p>
          <p class="muted">
            {next.site === 'none' ? (
              i18n.t('stepView.offline')
            ) : (
              <>
                {i18n.t('stepView.onSite')}
                <ExternalLink href={siteHome(next.site)}>{SITES[next.site]}</ExternalLink>
                .
              </>
            )}
          </p>
        </>
      ) : (
        <p>{i18n.t('stepView.lastStep')}</p>
      )}
    </section>
  );
}

export function StepView({ step, checked, status, isDetected, onToggle, checklistReady = true, note, next, onOpenStep, place, orgContact, openProblem, afterNext, onShowWhere, showWhere }: StepViewProps) {
  const problemsRef = useRef<HTMLDetailsElement>(null);
  // Each request opens its problem once: coming back to the step later leaves the list as the user left it.
  const shownProblemRef = useRef<{ id: string } | null>(null);
  useEffect(() => {
    const el = [...(problemsRef.current?.querySelectorAll<HTMLElement>('[data-problem-id]') ?? [])].find((e) => e.dataset.problemId === openProblem?.id);
    if (!el || !problemsRef.current || shownProblemRef.current === openProblem) return;
    shownProblemRef.current = openProblem ?? null;
    problemsRef.current.open = true;
    el.scrollIntoView({ block: 'nearest' });
    el.focus();
  }, [openProblem]);
  return (
    <article class="step" data-testid="step-view" aria-labelledby="step-title" data-status={status} data-step-id={step.id}>
      <p class="eyebrow">
        {place && <span>{i18n.t('stepView.place', { index: place.index + 1, total: place.total })}</span>}
        {place && isDetected && ' · '}
        {isDetected ? <span>{i18n.t('stepView.here')}</span> : !place && i18n.t('stepView.step')}
        {status === 'done' && <span>{i18n.t('stepView.done')}</span>}
      </p>
      <h2 id="step-title" tabIndex={-1} data-step-title>
        {step.title}
      </h2>
      <p class="summary">{step.summary}</p>
      <section aria-labelledby="checklist-heading">
        <h3 id="checklist-heading">
          {i18n.t('stepView.checklist')}
          <span class="muted">
            {i18n.t('stepView.checklistCount', { ticked: step.checklist.filter((i) => checked.has(i.id)).length, total: step.checklist.length })}
          </span>
        </h3>
        <Checklist stepId={step.id} items={step.checklist} checked={checked} onToggle={onToggle} ready={checklistReady} />
      </section>
      {onShowWhere && (
        <p class="show-where">
          <button type="button" data-show-where onClick={onShowWhere}>
            {i18n.t('showWhere.button')}
          </button>
          {showWhere === 'not-found' && <span class="muted"> {i18n.t('showWhere.notFound')}</span>}
        </p>
      )}
      {/* What to do now first: the checklist, then Next; what to read about the step after them. */}
      {next !== undefined && <WhatNext next={next} onOpenStep={onOpenStep} />}
      {afterNext}
      {note && (
        <p class="block block-track" data-testid="track-note">
          <strong>{i18n.t('stepView.onTrack')}</strong>
          {note}
        </p>
      )}
      {step.haveReady.length > 0 && (
        <section aria-labelledby="ready-heading">
          <h3 id="ready-heading">{i18n.t('stepView.haveReady')}</h3>
          <ul>
            {step.haveReady.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="guidance-heading">
        <h3 id="guidance-heading">{i18n.t('stepView.guidance')}</h3>
        <Guidance blocks={step.guidance} />
      </section>
      {step.problems.length > 0 && (
        <details class="problems" ref={problemsRef}>
          <summary>{i18n.t('stepView.problems', { count: step.problems.length })}</summary>
          <dl>
            {step.problems.map((p) => (
              <div key={p.id} data-problem-id={p.id} tabIndex={p.id === openProblem?.id ? -1 : undefined}>
                <dt>{p.problem}</dt>
                <dd data-claim="problem">
                  {p.fix}
                  <Cites cites={p.cite} />
                </dd>
              </div>
            ))}
          </dl>
        </details>
      )}
      {(step.contacts.length > 0 || orgContact) && (
        <section aria-labelledby="contacts-heading">
          <h3 id="contacts-heading">{i18n.t('stepView.whoCanHelp')}</h3>
          <ul class="contacts">
            {orgContact && <OrgContact {...orgContact} />}
            {step.contacts.map((id) => (
              <ContactItem key={id} id={id} />
            ))}
          </ul>
        </section>
      )}
      <Sources ids={sourcesOf(step)} checkedOn={step.checkedOn} />
    </article>
  );
}
