import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { BUILTIN_RULES, builtinRules, DocumentLinter, parseDocument, renderAll, type ActiveRule, type KbDocument } from '../../src/core';
import { describeArticles, formatShape } from '../generate-articles';
import { ms, printTable, summarize } from '../harness';
import { measure, phraseOnlySpecs, setUpTextlint } from './tone-lint';

const ROOT = resolve(__dirname, '../..');
/**
 * Real help-centre articles (the Arduino Help Center, CC BY-SA 4.0, ../shared/corpora/README.md),
 * read in place and never copied into the project. SUPPORT_KB_REAL_CORPUS points elsewhere.
 */
export const REAL_CORPUS = process.env.SUPPORT_KB_REAL_CORPUS ?? resolve(ROOT, '../shared/corpora/arduino-help-center/content');

/**
 * The bench on real articles (issue 17): the generated corpus is short
 * replies and FAQs made from our own sentence pools; real help-centre articles
 * have headings, tables, code, raw HTML, links and acronyms, and 2–20 KB each.
 * Tone lint against textlint + prh (as in tone-lint.ts) and the channel
 * preview of every article, with the corpus's shape printed beside them.
 */
export async function benchRealArticles(): Promise<void> {
  if (!existsSync(REAL_CORPUS)) {
    console.log(`\n## Real articles — skipped: no corpus at ${REAL_CORPUS} (set SUPPORT_KB_REAL_CORPUS)`);
    return;
  }
  const files = markdownFiles(REAL_CORPUS).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
  const parse = (f: { path: string; text: string }): KbDocument =>
    parseDocument({ path: f.path, relativePath: relative(REAL_CORPUS, f.path), text: f.text, defaultLocale: 'en', requireFrontMatter: false });
  // Counted as the article-corpus suite counts its generated articles, so the two lines compare.
  const shape = formatShape(describeArticles(files.map((f) => f.text)));

  const rules: ActiveRule[] = builtinRules().map((rule) => ({ rule, severity: rule.spec.severity }));
  const linter = new DocumentLinter();
  let ourFindings = 0;
  const ours = await measure(async () => {
    ourFindings = 0;
    for (const f of files) ourFindings += linter.lint(parse(f), rules).length;
  }, 7, 2);
  const textlint = await setUpTextlint(phraseOnlySpecs(BUILTIN_RULES));
  let peerFindings = 0;
  const peer = await measure(async () => {
    peerFindings = 0;
    for (const f of files) peerFindings += (await textlint.linter.lintText(f.text, f.path)).messages.length;
  }, 3, 1);

  const docs = files.map(parse);
  const renders: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const doc of docs) {
      const t0 = performance.now();
      renderAll(doc);
      if (round > 0) renders.push(performance.now() - t0);
    }
  }
  const render = summarize(renders);
  const largest = docs.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  const largestTimes: number[] = [];
  for (let i = 0; i < 12; i++) {
    const t0 = performance.now();
    renderAll(largest);
    if (i >= 2) largestTimes.push(performance.now() - t0);
  }

  printTable(`Real articles — ${shape}`, [
    {
      measure: `tone lint, parse + every built-in rule, in process (${ourFindings} / ${peerFindings} findings)`,
      ours: ms(ours.wall.median),
      peer: `${ms(peer.wall.median)} (textlint 15 + prh, lintText)`,
      ratio: `${(peer.wall.median / ours.wall.median).toFixed(1)}× faster`,
    },
    { measure: 'channel preview, all seven channels, one article (p50 / p95 over the corpus)', ours: `${ms(render.median)} / ${ms(render.p95)}`, target: '≤ 16 ms p95 (3 KB macro)' },
    { measure: `channel preview of the largest article (${(largest.text.length / 1024).toFixed(1)} KB), p50 / p95`, ours: `${ms(summarize(largestTimes).median)} / ${ms(summarize(largestTimes).p95)}`, target: '≤ 300 ms p95 (100 KB, cold)' },
  ]);
}

export function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...markdownFiles(path));
    else if (name.endsWith('.md')) out.push(path);
  }
  return out;
}
