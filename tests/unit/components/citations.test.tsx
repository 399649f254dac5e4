import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { Cites, KIND_LABELS, SourceLink } from '@/components/Citations';
import { ContactItem } from '@/components/ContactItem';
import { CONTACTS } from '@/components/contacts';
import { Sources } from '@/components/Sources';
import { StepView } from '@/components/StepView';
import { STEPS, sourcesOf } from '@/utils/steps/catalogue';
import { SOURCES, sourceOf } from '@/utils/steps/catalogue/sources';
import type { SourceId } from '@/utils/steps/catalogue/sources';
import type { ContactId } from '@/utils/steps/schema';

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

describe('claim-level citations in the step view', () => {
  it.each(STEPS.map((s) => [s.id, s] as const))('%s: every claim shows its own sources, non-CMS ones labelled', (_id, step) => {
    const { container } = render(<StepView step={step} checked={new Set()} isDetected={false} onToggle={() => undefined} />);
    const guidance = container.querySelectorAll('[data-claim="guidance"]');
    expect(guidance).toHaveLength(step.guidance.length);
    step.guidance.forEach((g, i) => {
      expect(shown(guidance[i]!), g.text).toEqual(g.cite);
      // Beside the claim: inside the same paragraph as its text, not only in the list at the bottom.
      expect(guidance[i]!.textContent).toContain(g.text);
    });
    const problems = container.querySelectorAll('[data-claim="problem"]');
    expect(problems).toHaveLength(step.problems.length);
    step.problems.forEach((p, i) => expect(shown(problems[i]!), p.problem).toEqual(p.cite));
    const contacts = container.querySelectorAll('[data-claim="contact"]');
    step.contacts.forEach((id, i) => expect(shown(contacts[i]!), id).toEqual(CONTACTS[id].cite));
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

  it('does not call the YouTube video a third party: who made it is not on record', () => {
    const { container } = render(<Sources ids={['harp-video']} checkedOn="2026-11-30" />);
    const text = container.querySelector('[data-source-entry="harp-video"]')!.textContent!;
    expect(text).toContain("Published by a source outside CMS's sites (not CMS)");
    expect(text).toContain('who made it is not on record');
    expect(text).not.toMatch(/third party/);
  });

  it('labels every kind of source, and marks old pages as possibly outdated', () => {
    const ids = Object.keys(SOURCES) as SourceId[];
    const { container } = render(<Cites ids={ids} />);
    expect(mislabelled(container)).toEqual([]);
    expect(container.textContent).toMatch(/^ Sources: /);
    expect(container.querySelector('a[data-source-id="mo-16002"]')!.textContent).toBe('Missouri DHSS notice 16002 state agency');
    expect(container.querySelector('a[data-source-id="aapacn-chow"]')!.textContent).toBe('AAPACN: change in ownership trade association');
    expect(container.querySelector('a[data-source-id="harp-video"]')!.textContent).toContain('not CMS');
    for (const id of ids) {
      const dated = !!container.querySelector(`a[data-source-id="${id}"] [data-source-outdated]`);
      expect(dated, id).toBe(!!sourceOf(id).outdated);
    }
    const one = render(<Cites ids={['qsep-faq']} />).container;
    expect(one.textContent).toBe(' Source: QSEP FAQ');
  });

  it('would catch a non-CMS source shown without its label', () => {
    // A link as it would look if the tag were dropped: the checker names it.
    const bare = document.createElement('div');
    bare.innerHTML = `<a data-source-id="mo-16002" title="${SOURCES['mo-16002'].title}">${SOURCES['mo-16002'].short}</a>`;
    expect(mislabelled(bare)).toEqual(['mo-16002']);
    const { container } = render(<SourceLink id="mo-16002" />);
    expect(mislabelled(container)).toEqual([]);
  });

  it('cites the sources of each help contact', () => {
    for (const id of Object.keys(CONTACTS) as ContactId[]) {
      const { container } = render(<ContactItem id={id} />);
      expect(shown(container.querySelector('[data-claim="contact"]')!)).toEqual(CONTACTS[id].cite);
      expect(mislabelled(container)).toEqual([]);
    }
  });
});
