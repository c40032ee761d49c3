// `npm run bench`: bundles bench/index.ts the way esbuild.js bundles the CLI
// (our code compiled to one file, npm packages loaded from node_modules as
// they are) and runs it. Running the TypeScript through tsx instead would
// measure tsx's output, not what ships: it keeps function names with a helper
// call on every closure, which cost ours ~30% (measured 2026-12-01).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Two levels below the root, like bench/suites/*.ts, so their `resolve(__dirname, '../..')` still finds it.
const outfile = resolve(root, '.cache/bench/index.cjs');
await build({
  entryPoints: [resolve(root, 'bench/index.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
  // bench/write-kb.ts checks import.meta to run as a script; bundled, it is a module only.
  logOverride: { 'empty-import-meta': 'silent' },
});
const run = spawnSync(process.execPath, ['--enable-source-maps', outfile, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
process.exit(run.status ?? 1);
