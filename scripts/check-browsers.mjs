// Before any test runs (npm test, .ci/run): are the two browsers the real-browser suites drive here?
// Playwright and puppeteer cannot download browsers on this project's machines, so the suites use Debian's
// chromium (tests/e2e/harness.ts: CHROMIUM_PATH, default /usr/bin/chromium) and firefox-esr
// (tests/firefox/firefox-harness.ts: FIREFOX_PATH, default /usr/bin/firefox-esr).
// - A browser missing at its default path, on a Debian machine where we are root (or have passwordless sudo):
//   installed with apt-get, then checked again.
// - Otherwise, or when a path was set explicitly and is not there: one plain line naming what to install and the
//   variable to set, and exit 1 within seconds (instead of minutes of tests and a stack trace).
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';

const BROWSERS = [
  { name: 'Chromium', env: 'CHROMIUM_PATH', fallback: '/usr/bin/chromium', apt: 'chromium' },
  { name: 'Firefox ESR', env: 'FIREFOX_PATH', fallback: '/usr/bin/firefox-esr', apt: 'firefox-esr' },
];

const runnable = (p) => {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};
const pathOf = (b) => process.env[b.env] || b.fallback;
const explicit = (b) => !!process.env[b.env];

const missing = BROWSERS.filter((b) => !runnable(pathOf(b)));
// A path set on purpose that points nowhere is the caller's mistake to fix, never "fixed" by installing.
const wrong = missing.filter(explicit);
for (const b of wrong) console.error(`browsers: ${b.env}=${process.env[b.env]} is not a runnable ${b.name}: point ${b.env} at one, or unset it to use ${b.fallback}.`);
if (wrong.length) process.exit(1);

if (missing.length) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = !root && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  const debian = existsSync('/usr/bin/apt-get') && existsSync('/etc/debian_version');
  const packages = missing.map((b) => b.apt);
  if (debian && (root || sudo)) {
    console.log(`browsers: installing Debian ${packages.join(' ')} (the real-browser tests drive them)…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const run = (args) => {
      const [cmd, ...rest] = root ? args : ['sudo', '-n', ...args];
      return spawnSync(cmd, rest, { stdio: ['ignore', 'ignore', 'inherit'], env }).status === 0;
    };
    const ok = run(['apt-get', 'update', '-qq']) && run(['apt-get', 'install', '-y', '-qq', ...packages]);
    if (!ok) console.error(`browsers: apt-get could not install ${packages.join(' ')}.`);
  }
  const still = BROWSERS.filter((b) => !runnable(pathOf(b)));
  if (still.length) {
    for (const b of still) console.error(`browsers: ${b.name} not found at ${b.fallback}: install Debian's ${b.apt} (apt-get install ${b.apt}) or set ${b.env} to a ${b.name} binary.`);
    process.exit(1);
  }
}
console.log(`browsers: ${BROWSERS.map((b) => `${b.name} ${pathOf(b)}`).join(', ')}`);
