import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PAGES_DIR, PRACTICE_PAGES, SENTINEL, SPA_FILE } from '../../fixtures/pages';
import { detectStep } from '@/utils/steps/detect-step';
import { RULES } from '@/utils/steps/rules';
import { snapshotUnhurried } from '../support/snapshot';

function load(file: string): Document {
  return new DOMParser().parseFromString(readFileSync(`${PAGES_DIR}/${file}`, 'utf8'), 'text/html');
}

describe('practice pages', () => {
  it.each(PRACTICE_PAGES)('$file is recognised as $expected', ({ url, file, expected }) => {
    const u = new URL(url);
    const snapshot = snapshotUnhurried(load(file), { hostname: u.hostname, pathname: u.pathname, hash: u.hash });
    expect(detectStep(snapshot, RULES).step).toBe(expected);
    expect(JSON.stringify(snapshot)).not.toContain(SENTINEL);
  });

  it.each(PRACTICE_PAGES)('$file is marked as a practice page', ({ file }) => {
    expect(load(file).querySelector('.practice-note')?.textContent).toContain('Practice page');
  });
});

describe('the practice-page folder', () => {
  it('has no page that is not listed (an unlisted page would never be tested), and no listed page missing', () => {
    const onDisk = readdirSync(PAGES_DIR, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html'))
      .map((f) => f.split('\\').join('/'))
      .sort();
    const listed = [...PRACTICE_PAGES.map((p) => p.file), SPA_FILE].sort();
    expect(onDisk.length).toBeGreaterThan(10);
    expect(onDisk.filter((f) => !listed.includes(f)), 'pages on disk not listed in tests/fixtures/pages/index.ts').toEqual([]);
    expect(listed.filter((f) => !onDisk.includes(f)), 'listed pages missing on disk').toEqual([]);
  });
});
