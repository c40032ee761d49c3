/**
 * `npm run bench`: every benchmark in one process, printed as tables. Writes
 * only to the git-ignored .cache/ folder. Figures go to BENCHMARKS.md by hand,
 * with the machine noted; no test asserts on time.
 */
import { cpus, totalmem } from 'node:os';
import { benchKbValidate } from './suites/kb-validate';
import { benchToneLint } from './suites/tone-lint';

async function main(): Promise<void> {
  console.log(`# Support KB benchmarks — ${new Date().toISOString()}`);
  console.log(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB`);
  await benchKbValidate();
  await benchToneLint();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
