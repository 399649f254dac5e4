import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { Cites, KIND_LABELS, SourceLink, bySource } from '@/components/Citations';
import { ContactItem } from '@/components/ContactItem';
import { CONTACTS } from '@/components/contacts';
import { Sources } from '@/components/Sources';
import { StepView } from '@/components/StepView';
import { STEPS, sourcesOf } from '@/utils/steps/catalogue';
import { SOURCES, sourceOf } from '@/utils/steps/catalogue/sources';
import type { SourceId } from '@/utils/steps/catalogue/sources';
import type { Citation, ContactId } from '@/utils/steps/schema';

/**
 * Citation links in a rendered tree that do not say who publishes a non-CMS source, or that tag a CMS source:
 * the tag must sit inside the link (so it is part of the link's accessible name) and read as KIND_LABELS says.
 */
function mislabelled(root: ParentNode): string[] {
  const out: string[] = [];
  for (const a of root.querySelectorAll<HTMLAnchorElement>('a[data-source-id]')) {
    const source = sourceOf(a.dataset.sourceId as SourceId);
    const label = KIND_LABELS[source.kind];
    const tag = a.querySelector<HTMLElement>('[data-source-kind]');
    if (label ? tag?.dataset.sourceKind !== source.kind || tag.textContent !== label : tag) out.push(a.dataset.sourceId!);
    if (!a.textContent!.startsWith(source.short) || a.title !== source.title) out.push(`${a.dataset.sourceId!} (name)`);
  }
  return out;
}

/** The source ids shown beside one claim element. */
const shown = (claim: Element) => [...claim.querySelectorAll<HTMLAnchorElement>('.cites a[data-source-id]')].map((a) => a.dataset.sourceId);
const ids = (cites: readonly Citation[]) => bySource(cites).map((c) => c.source);

/**
 * Each citation's words as shown beside its link: the `[data-source-quote]` in the same `[data-cites]` element,
 * or null. A source marked unavailable shows a note instead, never a quote.
 */
function quotes(claim: Element): (string | null)[] {
  return [...claim.querySelectorAll<HTMLElement>('[data-cites]')].flatMap((cites) =>
    [...cites.querySelectorAll<HTMLAnchorElement>('a[data-source-id]')].map(
      (a) => cites.querySelector<HTMLElement>(`[data-source-quote="${a.dataset.sourceId!}"]`)?.textContent ?? null,
    ),
  );
}
const words = (cites: readonly Citation[]) => bySource(cites).map((c) => c.says || null);

describe('claim-level citations in the step view', () => {
  it.each(STEPS.map((s) => [s.id, s] as const))('%s: every claim shows its own sources, non-CMS ones labelled', (_id, step) => {
    const { container } = render(<StepView step={step} checked={new Set()} isDetected={false} onToggle={() => undefined} />);
    const guidance = container.querySelectorAll('[data-claim="guidance"]');
    expect(guidance).toHaveLength(step.guidance.length);
    step.guidance.forEach((g, i) => {
      expect(shown(guidance[i]!), g.text).toEqual(ids(g.cite));
      expect(quotes(guidance[i]!), g.text).toEqual(words(g.cite));
      // Beside the claim: inside the same paragraph as its text, not only in the list at the bottom.
      expect(guidance[i]!.textContent).toContain(g.text);
    });
    const problems = container.querySelectorAll('[data-claim="problem"]');
    expect(problems).toHaveLength(step.problems.length);
    step.problems.forEach((p, i) => {
      expect(shown(problems[i]!), p.problem).toEqual(ids(p.cite));
      expect(quotes(problems[i]!), p.problem).toEqual(words(p.cite));
    });
    const contacts = container.querySelectorAll('[data-claim="contact"]');
    step.contacts.forEach((id, i) => {
      expect(shown(contacts[i]!), id).toEqual(ids(CONTACTS[id].cite));
      expect(quotes(contacts[i]!), id).toEqual(words(CONTACTS[id].cite));
    });
    expect(mislabelled(container)).toEqual([]);
    // The list at the bottom names each cited source once, with who publishes it and when it was checked.
    const entries = [...container.querySelectorAll<HTMLElement>('[data-source-entry]')];
    expect(entries.map((e) => e.dataset.sourceEntry)).toEqual(sourcesOf(step));
    for (const e of entries) {
      const s = sourceOf(e.dataset.sourceEntry as SourceId);
      expect(e.textContent).toContain(`Checked ${s.checkedOn}`);
      expect(e.textContent).toContain(s.kind === 'cms' ? 'Published by CMS' : 'not CMS');
    }
  });

  it("calls the HARP tutorial video a CMS source (CMS's HARP page links it as its tutorial), and dates pages", () => {
    const { container } = render(<Sources ids={['harp-video', 'qtso-inactive-policy']} checkedOn="2026-12-03" />);
    const text = container.querySelector('[data-source-entry="harp-video"]')!.textContent!;
    expect(text).toContain('Published by CMS');
    expect(text).toContain("CMS's QualityNet HARP page linked it as its tutorial");
    expect(container.querySelector('[data-source-entry="qtso-inactive-policy"]')!.textContent).toContain('Page dated 2024-05-20.');
  });

  it('shows each source\'s words folded away beside its link, as text, and says when a page could not be opened', () => {
    const cites: Citation[] = [
      { source: 'mo-15761', says: 'The PSO must work for the provider and cannot be a vendor.' },
      { source: 'tx-hhs-chow', says: '' },
    ];
    const { container } = render(<Cites cites={cites} />);
    const details = container.querySelector<HTMLDetailsElement>('[data-cites] details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')!.textContent).toBe('What the sources say');
    expect(quotes(container)).toEqual(['The PSO must work for the provider and cannot be a vendor.', null]);
    expect(container.querySelector('[data-source-unavailable="tx-hhs-chow"]')!.textContent).toMatch(/could not open this page/);
    // Old pages carry their date beside the words and inside the link.
    const old = render(<Cites cites={[{ source: 'qtso-security-official-2019', says: 'There is no limit to the number of Security Officials your organization can have.' }]} />).container;
    expect(old.querySelector('.quote-source')!.textContent).toBe('QTSO: Security Official guide (2019) (page dated 2019): ');
    expect(old.querySelector('a[data-source-id] [data-source-outdated]')!.textContent).toBe('page dated 2019');
  });

  it('labels every kind of source, and marks old pages as possibly outdated', () => {
    const all = Object.keys(SOURCES) as SourceId[];
    const { container } = render(<Cites cites={all.map((source) => ({ source, says: 'Words.' }))} />);
    expect(mislabelled(container)).toEqual([]);
    expect(container.textContent).toMatch(/^ Sources: /);
    expect(container.querySelector('a[data-source-id="mo-15761"]')!.textContent).toBe('Missouri DHSS notice 15761 state agency');
    expect(container.querySelector('a[data-source-id="mo-16002"]')!.textContent).toBe('Missouri DHSS notice 16002 state agency possibly outdated');
    expect(container.querySelector('a[data-source-id="aapacn-chow"]')!.textContent).toBe('AAPACN: change in ownership trade association');
    expect(container.querySelector('a[data-source-id="mavin-harp"]')!.textContent).toContain('not CMS');
    expect(container.querySelector('a[data-source-id="harp-video"]')!.textContent).not.toContain('not CMS');
    for (const id of all) {
      const dated = !!container.querySelector(`a[data-source-id="${id}"] [data-source-outdated]`);
      const s = sourceOf(id);
      expect(dated, id).toBe(!!s.outdated || (!!s.published && s.published < '2024'));
    }
    const one = render(<Cites cites={[{ source: 'qsep-faq', says: 'Initiate Manual Proofing' }]} />).container;
    expect(one.querySelector('.cites')!.firstChild!.textContent).toBe(' ');
    expect(one.textContent).toBe(' Source: QSEP FAQWhat the source saysQSEP FAQ: Initiate Manual Proofing');
  });

  it('would catch a non-CMS source shown without its label', () => {
    // A link as it would look if the tag were dropped: the checker names it.
    const bare = document.createElement('div');
    bare.innerHTML = `<a data-source-id="mi-lara-epoc" title="${SOURCES['mi-lara-epoc'].title}">${SOURCES['mi-lara-epoc'].short}</a>`;
    expect(mislabelled(bare)).toEqual(['mi-lara-epoc']);
    const { container } = render(<SourceLink id="mi-lara-epoc" />);
    expect(mislabelled(container)).toEqual([]);
  });

  it('cites the sources of each help contact', () => {
    for (const id of Object.keys(CONTACTS) as ContactId[]) {
      const { container } = render(<ContactItem id={id} />);
      expect(shown(container.querySelector('[data-claim="contact"]')!)).toEqual(ids(CONTACTS[id].cite));
      expect(mislabelled(container)).toEqual([]);
    }
  });
});
