import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTACTS } from '@/components/contacts';
import { KIND_LABELS } from '@/components/Citations';
import { STEPS } from '@/utils/steps/catalogue';
import { SOURCES, sourceOf } from '@/utils/steps/catalogue/sources';
import type { SourceId } from '@/utils/steps/catalogue/sources';
import { SOURCE_KINDS } from '@/utils/steps/schema';
import type { SourceKind } from '@/utils/steps/schema';

const DOC = 'docs/sources.md';
const KIND_NAMES: Record<SourceKind, string> = { cms: 'CMS', 'state-agency': 'state agency', 'trade-association': 'trade association', other: 'other' };

interface Claim {
  where: string;
  text: string;
  cite: readonly SourceId[];
}

function claims(): Claim[] {
  return [
    ...STEPS.flatMap((s) => [
      ...s.guidance.map((g) => ({ where: `${s.id} (${g.kind === 'next' ? 'what happens next' : g.kind})`, text: g.text, cite: g.cite })),
      ...s.problems.map((p) => ({ where: `${s.id} (problem)`, text: `${p.problem}: ${p.fix}`, cite: p.cite })),
    ]),
    ...Object.entries(CONTACTS).map(([id, c]) => ({ where: `contact ${id}`, text: `${c.name}: ${c.detail}`, cite: c.cite })),
  ];
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** docs/sources.md, made from the catalogue: every source, its kind, checked date, and what cites it. */
export function renderSourcesDoc(): string {
  const all = claims();
  const ids = Object.keys(SOURCES) as SourceId[];
  const citedBy = (id: SourceId) => [...new Set(all.filter((c) => c.cite.includes(id)).map((c) => c.where.split(' (')[0]!))];
  const count = (kind: SourceKind) => ids.filter((id) => SOURCES[id].kind === kind).length;
  const lines = [
    '# Sources',
    '',
    'Every source the guide cites, who publishes it, the day the claims citing it were last checked against it, and',
    'which steps (and help contacts) cite it. Generated from `utils/steps/catalogue/sources.ts` and the step catalogue;',
    '`tests/unit/steps/sources-doc.test.ts` fails when this file is out of date, and',
    '`UPDATE_SOURCES_DOC=1 npx vitest run tests/unit/steps/sources-doc.test.ts` rewrites it.',
    '',
    'In the panel each claim (guidance, what happens next, problem and fix, help contact) names its sources right after',
    'it. Sources not published by CMS carry a tag inside their link: ' +
      SOURCE_KINDS.filter((k) => KIND_LABELS[k])
        .map((k) => `"${KIND_LABELS[k]!}"`)
        .join(', ') +
      '; old pages carry "possibly outdated". CMS here includes its contractors\' sites (QTSO, QualityNet, QSEP).',
    '',
    `${ids.length} sources: ${SOURCE_KINDS.map((k) => `${count(k)} ${KIND_NAMES[k]}`).join(', ')}.`,
    '',
    '| id | source | kind | checked | cited by |',
    '|---|---|---|---|---|',
    ...ids.map((id) => {
      const s = sourceOf(id);
      const flags = s.outdated ? ' (possibly outdated)' : '';
      return `| \`${id}\` | [${cell(s.title)}](${s.url})${flags} | ${KIND_NAMES[s.kind]} | ${s.checkedOn} | ${citedBy(id).map((w) => `\`${w}\``).join(', ')} |`;
    }),
    '',
    '## About the links',
    '',
    ...ids.flatMap((id) => {
      const s = sourceOf(id);
      return s.note ? [`- \`${id}\`: ${s.note}`] : [];
    }),
    '',
    '## Claims that cite a source other than CMS',
    '',
    'Worded with the source named or hedged ("a trade association says", "state-agency instructions say", "most likely").',
    '',
    ...all
      .filter((c) => c.cite.some((id) => SOURCES[id].kind !== 'cms'))
      .map((c) => {
        const others = c.cite.filter((id) => SOURCES[id].kind !== 'cms').map((id) => `\`${id}\` (${KIND_NAMES[SOURCES[id].kind]})`);
        const only = c.cite.every((id) => SOURCES[id].kind !== 'cms') ? ' — no CMS source' : '';
        return `- ${c.where}: "${c.text}" — ${others.join(', ')}${only}`;
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

  it('lists every source with its kind, checked date and the steps citing it', () => {
    const doc = renderSourcesDoc();
    for (const [id, s] of Object.entries(SOURCES)) {
      const row = doc.split('\n').find((l) => l.startsWith(`| \`${id}\` |`));
      expect(row, id).toBeDefined();
      expect(row).toContain(s.url);
      expect(row).toContain(s.checkedOn);
      expect(row).toContain(`| ${KIND_NAMES[s.kind]} |`);
      expect(row!.split('|')[5]!.trim(), `${id} is cited by nothing`).not.toBe('');
    }
  });
});
