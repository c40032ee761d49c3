// The packaged extension (`npm run package`), as the e2e suite installs it. Only node builtins.
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './config.mjs';

const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
/** Where `vsce package` writes it: <name>-<version>.vsix at the root (git-ignored). */
export const VSIX_PATH = path.join(REPO_ROOT, `${manifest.name}-${manifest.version}.vsix`);

/** What the VSIX is built from: a change to any of these after packaging makes it stale. */
const INPUTS = ['src', 'media', 'docs', 'package.json', 'esbuild.js', '.vscodeignore', 'README.md', 'CHANGELOG.md', 'LICENSE'];

/**
 * Why `vsix` cannot stand for the current sources (missing, or older than one of its inputs),
 * or undefined when it can: testing an old package would pass or fail for the wrong code.
 */
export function vsixProblem(vsix = VSIX_PATH) {
  if (!fs.existsSync(vsix)) return `${path.relative(REPO_ROOT, vsix)} is missing: run \`npm run package\` first`;
  const packagedAt = fs.statSync(vsix).mtimeMs;
  const newer = INPUTS.flatMap((input) => filesOf(path.join(REPO_ROOT, input))).find((file) => fs.statSync(file).mtimeMs > packagedAt);
  return newer && `${path.relative(REPO_ROOT, vsix)} is older than ${path.relative(REPO_ROOT, newer)}: run \`npm run package\` again`;
}

function filesOf(target) {
  if (!fs.existsSync(target)) return [];
  if (!fs.statSync(target).isDirectory()) return [target];
  return fs.readdirSync(target, { recursive: true }).map((name) => path.join(target, name)).filter((file) => fs.statSync(file).isFile());
}
