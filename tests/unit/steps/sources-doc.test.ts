import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bySource, KIND_LABELS } from '@/components/Citations';
import { CONTACTS } from '@/components/contacts';
import { PRACTICE_SCREENS } from '@/utils/practice/screens';
import { STEPS } from '@/utils/steps/catalogue';
import { HELP_LINKS, OLD_BEFORE, SOURCES, isOldSource, sourceOf } from '@/utils/steps/catalogue/sources';
import type { SourceId } from '@/utils/steps/catalogue/sources';
import { SOURCE_KINDS } from '@/utils/steps/schema';
import type { Citation, SourceKind } from '@/utils/steps/schema';
import { CLAIMS, HEDGED } from './claims';

const DOC = 'docs/sources.md';
const KIND_NAMES: Record<SourceKind, string> = { cms: 'CMS', 'state-agency': 'state agency', 'trade-association': 'trade association', other: 'other' };

const cell = (text: string) => text.replace(/\|/g, '\\|');
const ids = Object.keys(SOURCES) as SourceId[];

/** "page dated 2019", "possibly outdated (no date on the page)", "could not be opened", or nothing. */
function dateOf(id: SourceId): string {
  const s = sourceOf(id);
  const parts = [s.published ? `page dated ${s.published}` : '', !s.published && s.outdated ? 'possibly outdated' : '', s.unavailable ? 'could not be opened' : ''];
  return parts.filter(Boolean).join(', ');
}

/** One citation as a reviewer reads it: the source, who publishes it, its date, then its words. */
function evidence(c: Citation): string {
  const s = sourceOf(c.source);
  const about = [KIND_NAMES[s.kind], dateOf(c.source)].filter(Boolean).join(', ');
  const words = c.says ? `"${c.says}"` : '_(no words: we could not open this page)_';
  return `  - [${s.short}](${s.url}) (${about}): ${words}`;
}

function claimBlock(where: string, text: string, cites: readonly Citation[], context?: string): string[] {
  const lead = context ? `**${where}** — ${context}: ${text}` : `**${where}** — ${text}`;
  return [`- ${lead}`, ...bySource(cites).map(evidence)];
}

/** docs/sources.md, made from the catalogue: every claim beside the words of its sources, then every source. */
export function renderSourcesDoc(): string {
  const citations = CLAIMS.flatMap((c) => bySource(c.cite));
  const worded = citations.filter((c) => c.says).length;
  const inferred = CLAIMS.filter((c) => HEDGED.test(c.text)).length;
  const citedBy = (id: SourceId) => [...new Set(CLAIMS.filter((c) => c.cite.some((x) => x.source === id)).map((c) => c.where.split(' ')[0]!))];
  const count = (kind: SourceKind) => ids.filter((id) => SOURCES[id].kind === kind).length;
  const dated = ids.filter((id) => sourceOf(id).published);
  const old = ids.filter((id) => isOldSource(sourceOf(id)));
  const unavailable = ids.filter((id) => sourceOf(id).unavailable);
  const lines = [
    '# Sources and evidence',
    '',
    'Every claim the guide makes, beside the words of the sources it cites, so a reviewer can check claim against quote',
    'without running the extension. Generated from the step catalogue (`utils/steps/catalogue/`), the sources',
    "(`sources.ts`) and their words (`words.ts`); `tests/unit/steps/sources-doc.test.ts` fails when this file is out of",
    'date, and `UPDATE_SOURCES_DOC=1 npx vitest run tests/unit/steps/sources-doc.test.ts` rewrites it.',
    '',
    "How to read it: a claim worded as certain rests on a cited source's words; a claim the sources do not state is",
    'worded as an inference ("most likely", "we found no published …"). Sources not published by CMS carry a tag in the',
    'panel: ' +
      SOURCE_KINDS.filter((k) => KIND_LABELS[k])
        .map((k) => `"${KIND_LABELS[k]!}"`)
        .join(', ') +
      `. CMS here includes its contractors' sites (QTSO, QualityNet, QSEP). Pages dated before ${OLD_BEFORE}, or known to be old,`,
    'show their date ("page dated 2019") or "possibly outdated". A page we could not open is cited without words.',
    '',
    '## In numbers',
    '',
    `- ${CLAIMS.length} claims (guidance, problems and fixes, help contacts), ${citations.length} citations, ${worded} of them with the source's words;`,
    `  the other ${citations.length - worded} cite a page we could not open, beside a source whose words we have.`,
    `- ${inferred} claims worded as an inference or a gap ("most likely", "we found no published …", "older", "a trade association says").`,
    `- ${ids.length} sources: ${SOURCE_KINDS.map((k) => `${count(k)} ${KIND_NAMES[k]}`).join(', ')}.`,
    `- By date: ${dated.length} show their own date; ${old.length} are old (dated before ${OLD_BEFORE} or marked outdated); ${unavailable.length} could not be opened.`,
    '',
    '## Claims and their evidence',
    '',
    ...STEPS.flatMap((s) => [
      `### \`${s.id}\`: ${s.title}`,
      '',
      ...s.guidance.flatMap((g) => claimBlock(g.kind === 'next' ? 'what happens next' : g.kind, g.text, g.cite)),
      ...s.problems.flatMap((p) => claimBlock(`problem \`${p.id}\``, p.fix, p.cite, p.problem)),
      '',
    ]),
    '### Help contacts',
    '',
    ...Object.entries(CONTACTS).flatMap(([id, c]) => claimBlock(`\`${id}\``, `${c.name}: ${c.detail}`, c.cite)),
    '',
    '### Practice copies: where their wording comes from',
    '',
    ...PRACTICE_SCREENS.flatMap((p) => claimBlock(`\`${p.id}\``, `"${p.heading}"`, p.cite)),
    '',
    '## Sources',
    '',
    '| id | source | kind | date | checked | cited by |',
    '|---|---|---|---|---|---|',
    ...ids.map((id) => {
      const s = sourceOf(id);
      const by = citedBy(id);
      const cited = by.length
        ? by.map((w) => `\`${w}\``).join(', ')
        : HELP_LINKS.includes(id)
          ? '(help links only)'
          : s.unavailable
            ? '(not cited: we could not open it)'
            : '(not cited)';
      return `| \`${id}\` | [${cell(s.title)}](${s.url}) | ${KIND_NAMES[s.kind]} | ${dateOf(id) || '—'} | ${s.checkedOn} | ${cited} |`;
    }),
    '',
    '## About the links',
    '',
    ...ids.flatMap((id) => {
      const s = sourceOf(id);
      return s.note ? [`- \`${id}\`: ${s.note}`] : [];
    }),
    '',
  ];
  return lines.join('\n');
}

describe('docs/sources.md', () => {
  it('matches the catalogue', () => {
    const expected = renderSourcesDoc();
    if (process.env.UPDATE_SOURCES_DOC) writeFileSync(DOC, expected);
    expect(readFileSync(DOC, 'utf8'), 'run: UPDATE_SOURCES_DOC=1 npx vitest run tests/unit/steps/sources-doc.test.ts').toBe(expected);
  });

  it('lists every source with its kind, date, checked date and what cites it', () => {
    const doc = renderSourcesDoc();
    for (const [id, s] of Object.entries(SOURCES) as [SourceId, (typeof SOURCES)[SourceId]][]) {
      const row = doc.split('\n').find((l) => l.startsWith(`| \`${id}\` |`));
      expect(row, id).toBeDefined();
      expect(row).toContain(s.url);
      expect(row).toContain(s.checkedOn);
      expect(row).toContain(`| ${KIND_NAMES[s.kind]} |`);
      if ('published' in s) expect(row).toContain(`page dated ${s.published}`);
      expect(row!.split('|')[6]!.trim(), `${id} is cited by nothing`).not.toBe('(not cited)');
    }
  });

  it("puts each claim beside its sources' words", () => {
    const doc = renderSourcesDoc();
    for (const claim of CLAIMS) {
      const at = doc.indexOf(claim.text);
      expect(at, claim.where).toBeGreaterThan(-1);
      for (const c of bySource(claim.cite)) {
        const shown = c.says ? `"${c.says}"` : 'we could not open this page';
        expect(doc.indexOf(shown, at), `${claim.where}: ${c.source}`).toBeGreaterThan(at);
      }
    }
  });
});
