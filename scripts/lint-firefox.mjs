// `web-ext lint` on the Firefox build: fails on any error, warning or notice, except the one warning AMO's linter
// raises inside Preact's own renderer (the `dangerouslySetInnerHTML` branch, `el.innerHTML = props.__html`),
// which this extension never uses: content is rendered as components, never as HTML strings.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const dir = path.resolve(process.argv[2] ?? '.output/firefox-mv2');
let out;
try {
  out = execFileSync('npx', ['--no-install', 'web-ext', 'lint', '--source-dir', dir, '--output', 'json'], { encoding: 'utf8' });
} catch (error) {
  out = error.stdout; // web-ext exits non-zero when it finds errors; the report is still on stdout
}
const report = JSON.parse(out);
const messages = [...report.errors, ...report.warnings, ...report.notices];

/** Preact's innerHTML assignment: the flagged line holds `.innerHTML=…__html`. */
function isPreactInnerHtml(m) {
  if (m.code !== 'UNSAFE_VAR_ASSIGNMENT' || !m.file || !m.line) return false;
  const line = readFileSync(path.join(dir, m.file), 'utf8').split('\n')[m.line - 1] ?? '';
  return /innerHTML\s*=\s*\w+\.__html/.test(line.slice(Math.max(0, (m.column ?? 0) - 200), (m.column ?? 0) + 200));
}

const unexpected = messages.filter((m) => !isPreactInnerHtml(m));
for (const m of messages) {
  const tag = unexpected.includes(m) ? 'FAIL' : 'known';
  console.log(`web-ext lint: ${tag} ${m._type} ${m.code} ${m.file ?? ''}:${m.line ?? ''} ${m.message}`);
}
console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices; ${unexpected.length} unexpected`);
process.exit(unexpected.length === 0 ? 0 : 1);
