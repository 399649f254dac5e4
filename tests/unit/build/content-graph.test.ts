import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Local modules a source file imports at run time (type-only imports ship nothing and are left out). */
function runtimeImports(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of src.matchAll(/^\s*import\s+(?!type\b)(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm)) {
    const spec = m[1]!;
    const base = spec.startsWith('@/') ? spec.slice(2) : spec.startsWith('.') ? path.join(path.dirname(file), spec) : null;
    if (base === null) continue;
    const found = ['', '.ts', '.tsx', '/index.ts'].map((e) => path.normalize(base + e)).find((p) => existsSync(p) && !p.endsWith('/'));
    if (!found) throw new Error(`${file}: cannot resolve ${spec}`);
    out.push(found);
  }
  return out;
}

// eslint.config.js is plain JS (no types): the zone list is read from it as it is, the one place it is declared.
const eslintConfig = '../../../eslint.config.js';
const { CONTENT_SCRIPT_ZONE } = (await import(eslintConfig)) as { CONTENT_SCRIPT_ZONE: string[] };
const zone = CONTENT_SCRIPT_ZONE.map((g) => new RegExp(`^${g.replace(/[.]/g, '\\.').replace(/\*\*/g, '.*')}$`));

describe('the content script', () => {
  it('bundles only files of its zone (utils/page, the pure step code and two leaf modules): lint and the size report follow the folder', () => {
    const seen = new Set<string>();
    const queue = ['entrypoints/content.ts'];
    while (queue.length) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      queue.push(...runtimeImports(file).filter((f) => !f.endsWith('.css')));
    }
    expect(seen.size).toBeGreaterThan(8);
    expect([...seen].filter((f) => !zone.some((re) => re.test(f)))).toEqual([]);
  });
});
