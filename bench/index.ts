/**
 * `npm run bench`: every benchmark in one process, printed as tables. Writes
 * only to the git-ignored .cache/ folder. Figures go to BENCHMARKS.md by hand,
 * with the machine noted; no test asserts on time.
 *
 * `npm run bench -- tone-lint` runs only the suites named.
 */
import { cpus, totalmem } from 'node:os';
import { benchArticleCorpus } from './suites/article-corpus';
import { benchChannelRender } from './suites/channel-render';
import { benchKbValidate } from './suites/kb-validate';
import { benchRealArticles } from './suites/real-articles';
import { benchTemplateSearch } from './suites/template-search';
import { benchToneLint } from './suites/tone-lint';
import { benchWholeProcess } from './suites/whole-process';

const SUITES: Record<string, () => Promise<void>> = {
  'kb-validate': benchKbValidate,
  'tone-lint': benchToneLint,
  'template-search': benchTemplateSearch,
  'channel-render': benchChannelRender,
  'real-articles': benchRealArticles,
  'article-corpus': benchArticleCorpus,
  'whole-process': benchWholeProcess,
};

async function main(): Promise<void> {
  const names = process.argv.slice(2);
  const unknown = names.filter((n) => !(n in SUITES));
  if (unknown.length) throw new Error(`Unknown suite ${unknown.join(', ')}; the suites are ${Object.keys(SUITES).join(', ')}.`);
  console.log(`# Support KB benchmarks — ${new Date().toISOString()}`);
  console.log(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB`);
  for (const [name, run] of Object.entries(SUITES)) if (names.length === 0 || names.includes(name)) await run();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
