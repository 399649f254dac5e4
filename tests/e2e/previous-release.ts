import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * The release before this one, as users have it installed: its commit is built from this repository's history
 * with its own lockfile, exactly as it shipped. Bump this (and CHANGELOG.md) when a release is cut.
 */
export const PREVIOUS_RELEASE = { version: '0.1.0', commit: 'e9a900324eb31706f48fbf1fbf4609ea27ea587c' } as const;

const CACHE = path.resolve('node_modules/.cache/iqag-previous-release');

/** Builds the previous release's Chrome extension (cached per commit) and returns its output folder. */
export function buildPreviousRelease(): string {
  const { commit, version } = PREVIOUS_RELEASE;
  const src = path.join(CACHE, commit);
  const out = path.join(src, '.output/chrome-mv3');
  if (existsSync(path.join(out, 'manifest.json'))) return out;
  try {
    execFileSync('git', ['cat-file', '-e', `${commit}^{commit}`]);
  } catch {
    throw new Error(`The previous release's commit ${commit} is not in this clone (a shallow clone?): fetch the full history.`);
  }
  rmSync(src, { recursive: true, force: true });
  mkdirSync(src, { recursive: true });
  const tar = execFileSync('git', ['archive', '--format=tar', commit], { maxBuffer: 64 * 1024 * 1024 });
  execFileSync('tar', ['-x', '-C', src], { input: tar });
  execFileSync('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: src, stdio: 'ignore' });
  execFileSync('npx', ['--no-install', 'wxt', 'build'], { cwd: src, stdio: 'ignore' });
  const built = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as { version: string };
  if (built.version !== version) throw new Error(`${commit} built version ${built.version}, expected ${version}`);
  return out;
}

/** Replaces the extension at `dir` with the build at `from`, in place (same path, so the same extension id). */
export function installOver(dir: string, from: string): void {
  rmSync(dir, { recursive: true, force: true });
  cpSync(from, dir, { recursive: true });
}
