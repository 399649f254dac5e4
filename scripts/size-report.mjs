// Prints the size of what ships (raw and gzip -9), from the last Chrome build in .output/chrome-mv3.
// The content script runs on every HARP/iQIES page load, so it has a budget.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = process.env.EXTENSION_DIR ?? '.output/chrome-mv3';
const CONTENT_BUDGET = 6144;

function files(d) {
  return readdirSync(d).flatMap((f) => {
    const p = path.join(d, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

if (!existsSync(dir)) {
  console.error(`size: no build at ${dir}; run "npm run build:chrome" first`);
  process.exit(1);
}
let total = 0;
let over = false;
let totalGz = 0;
for (const file of files(dir).sort()) {
  const buf = readFileSync(file);
  const gz = /\.(js|css|html|json)$/.test(file) ? gzipSync(buf, { level: 9 }).length : buf.length;
  total += buf.length;
  totalGz += gz;
  if (/\.(js|css|html)$/.test(file)) console.log(`size: ${path.relative(dir, file)} ${buf.length} B, ${gz} B gzip`);
  if (file.includes('content-scripts') && file.endsWith('.js')) {
    console.log(`size: content script ${gz} B gzip (budget ${CONTENT_BUDGET} B)${gz > CONTENT_BUDGET ? ' — OVER BUDGET' : ''}`);
    over ||= gz > CONTENT_BUDGET;
    // wxt.config.ts puts V8's compile hint first; without it the first page reading costs more (npm run bench).
    // wxt.config.ts swaps WXT's content-script context for a silent one: the page must not learn our id.
    if (/content-script-started|window\.postMessage|CustomEvent/.test(buf.toString('utf8'))) {
      console.log('size: content script announces itself to the page (WXT context) — see wxt.config.ts');
      over = true;
    }
    // No UI strings in the content script: @wxt-dev/i18n stays out of it (eslint.config.js, i18nApis).
    if (/getMessage|\[i18n\]/.test(buf.toString('utf8'))) {
      console.log('size: content script bundles i18n (@wxt-dev/i18n) — it has no UI strings; see eslint.config.js');
      over = true;
    }
    if (!buf.toString('utf8').startsWith('//# allFunctionsCalledOnLoad\n')) {
      console.log('size: content script has lost its compile hint (//# allFunctionsCalledOnLoad) — see wxt.config.ts');
      over = true;
    }
  }
}
console.log(`size: extension total ${total} B, ${totalGz} B with text files gzipped`);
for (const zip of existsSync('.output') ? readdirSync('.output').filter((f) => f.endsWith('.zip')) : []) {
  console.log(`size: ${zip} ${statSync(path.join('.output', zip)).size} B`);
}
// Enforced: npm test fails when the content script outgrows its budget or loses its compile hint.
if (over) process.exit(1);
