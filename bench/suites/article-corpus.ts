import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { BUILTIN_RULES, builtinRules, DocumentLinter, parseConfig, parseDocument, renderAll, type ActiveRule, type KbDocument } from '../../src/core';
import { describeArticles, formatShape, generateArticles } from '../generate-articles';
import { generateKb, type GeneratedFile } from '../generate-kb';
import { ms, printTable, summarize, type Row, type Timing } from '../harness';
import { markdownFiles, REAL_CORPUS } from './real-articles';
import { measure, phraseOnlySpecs, setUpTextlint, type Measured } from './tone-lint';

const ARTICLES = 2_000;
const KB_DOCUMENTS = 10_000;
const SEED = 42;
/** Every 5th document of the 10k KB is previewed: as many as there are articles. */
const KB_PREVIEW_STRIDE = 5;
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:\s/m;

/**
 * The generated help-centre corpus (issue 17, bench/generate-articles.ts) beside the generated
 * 10k-document KB: tone lint in process against textlint + prh (as in tone-lint.ts) and the channel
 * preview per document, with the shape of both corpora — and of the real articles when they are
 * there — measured the same way. The articles stand in for the real-articles suite's corpus:
 * reproducible, in Russian too, 2–20 KB; the KB is the tone-lint suite's.
 *
 * The 10k KB's peer runs once, after the articles have warmed it up: it costs ~15 s a pass, and
 * tone-lint.ts measures it properly.
 */
export async function benchArticleCorpus(): Promise<void> {
  const load = loadavg()[0] as number;
  const t0 = performance.now();
  const articles = generateArticles({ count: ARTICLES, seed: SEED });
  const generateMs = performance.now() - t0;
  const kb = generateKb({ count: KB_DOCUMENTS, seed: SEED });
  const articleDocs = markdown(articles);
  const kbDocs = markdown(kb);

  console.log(`\n## Article corpus — shapes (load average ${load.toFixed(1)} at the start, 2 cores)\n`);
  console.log(`- generated articles (seed ${SEED}, generated in ${ms(generateMs)}): ${formatShape(describeArticles(articleDocs.map((f) => f.text)))}`);
  if (existsSync(REAL_CORPUS)) console.log(`- real, Arduino help centre: ${formatShape(describeArticles(markdownFiles(REAL_CORPUS).map((path) => readFileSync(path, 'utf8'))))}`);
  console.log(`- generated KB (seed ${SEED}): ${formatShape(describeArticles(kbDocs.map((f) => f.text)))}`);

  const rules: ActiveRule[] = builtinRules().map((rule) => ({ rule, severity: rule.spec.severity }));
  const linter = new DocumentLinter();
  const textlint = await setUpTextlint(phraseOnlySpecs(BUILTIN_RULES));
  const parseArticle = parser(articles);
  const parseKb = parser(kb);

  const a = await toneLint(articleDocs, parseArticle, linter, rules, textlint.linter, 3, 1);
  const k = await toneLint(kbDocs, parseKb, linter, rules, textlint.linter, 1, 0);

  // Where the articles' lint time goes: the few with link definitions are read by micromark (the
  // fast scanner reads `[x]: …` only approximately), the rest by the fast scanner.
  const parsed = articleDocs.map(parseArticle);
  const withDefinitions = parsed.filter((d) => DEFINITION.test(d.text));
  const without = parsed.filter((d) => !DEFINITION.test(d.text));
  // CPU time: on the shared machine a wall-clock split of two small sets is mostly other jobs.
  const perDoc = async (docs: readonly KbDocument[]): Promise<number> => {
    const t = await measure(async () => {
      for (const d of docs) linter.lint(d, rules);
    }, 3, 1);
    return t.cpu.median / docs.length;
  };
  const [defsMs, restMs] = [await perDoc(withDefinitions), await perDoc(without)];

  const articlePreview = previewTimes(parsed);
  const kbPreview = previewTimes(kbDocs.filter((_, i) => i % KB_PREVIEW_STRIDE === 0).map(parseKb));
  const largest = parsed.reduce((x, y) => (y.text.length > x.text.length ? y : x));
  const largestPreview = previewTimes(Array.from({ length: 12 }, () => largest), 1);

  const pp = (t: Preview) => `${ms(t.median)} / ${ms(t.p95)} (${ms(t.cpuPerDocument)})`;
  printTable(
    `Article corpus — ${articleDocs.length} generated help-centre articles beside the ${kbDocs.length}-document KB; ${rules.length} built-in rules, peer textlint 15 + prh with ${textlint.patterns} phrases, one core (load average ${load.toFixed(1)} → ${(loadavg()[0] as number).toFixed(1)})`,
    [
      ...lintRows(`articles (${mb(articleDocs)})`, a, articleDocs),
      ...lintRows(`generated KB (${mb(kbDocs)}; peer: one warm run)`, k, kbDocs),
      {
        measure: `articles, lint only, CPU per article: the ${withDefinitions.length} with link definitions / the other ${without.length}`,
        ours: `${ms(defsMs)} / ${ms(restMs)}`,
        ratio: `${((defsMs * withDefinitions.length) / (defsMs * withDefinitions.length + restMs * without.length) * 100).toFixed(0)} % of the lint CPU`,
      },
      { measure: 'channel preview, all seven channels, one article: p50 / p95 over the corpus (mean CPU)', ours: pp(articlePreview), target: '≤ 16 ms p95 (3 KB macro)' },
      { measure: `channel preview, one KB document: p50 / p95 over every ${KB_PREVIEW_STRIDE}th (mean CPU)`, ours: pp(kbPreview), target: '≤ 16 ms p95 (3 KB macro)' },
      { measure: `channel preview of the largest article (${(largest.text.length / 1024).toFixed(1)} KB), p50 / p95 (mean CPU)`, ours: pp(largestPreview), target: '≤ 300 ms p95 (100 KB, cold)' },
    ],
  );
}

interface LintResult {
  ours: Measured;
  peer: Measured;
  ourFindings: number;
  peerFindings: number;
}

type Textlint = Awaited<ReturnType<typeof setUpTextlint>>['linter'];

/** Parse + lint every document, ours (median of 7 after 2 warm-ups) and the peer's (of `peerRuns`). */
async function toneLint(
  docs: readonly GeneratedFile[],
  parse: (f: GeneratedFile) => KbDocument,
  linter: DocumentLinter,
  rules: readonly ActiveRule[],
  textlint: Textlint,
  peerRuns: number,
  peerWarmup: number,
): Promise<LintResult> {
  let ourFindings = 0;
  const ours = await measure(async () => {
    ourFindings = 0;
    for (const f of docs) ourFindings += linter.lint(parse(f), rules).length;
  }, 7, 2);
  let peerFindings = 0;
  const peer = await measure(async () => {
    peerFindings = 0;
    for (const f of docs) peerFindings += (await textlint.lintText(f.text, `/kb/${f.path}`)).messages.length;
  }, peerRuns, peerWarmup);
  return { ours, peer, ourFindings, peerFindings };
}

function lintRows(label: string, r: LintResult, docs: readonly GeneratedFile[]): Row[] {
  const bytes = docs.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
  const rate = (t: Timing) => `${Math.round((docs.length / t.median) * 1000)} docs/s, ${((bytes / 1024 / 1024 / t.median) * 1000).toFixed(1)} MB/s`;
  return [
    {
      measure: `${label}: parse + lint, wall (${r.ourFindings} / ${r.peerFindings} findings)`,
      ours: ms(r.ours.wall.median),
      peer: ms(r.peer.wall.median),
      ratio: `${(r.peer.wall.median / r.ours.wall.median).toFixed(1)}× faster`,
      target: '≥ 20×',
    },
    { measure: '  CPU (user + system)', ours: ms(r.ours.cpu.median), peer: ms(r.peer.cpu.median), ratio: `${(r.peer.cpu.median / r.ours.cpu.median).toFixed(1)}× less CPU` },
    { measure: '  throughput', ours: rate(r.ours.wall), peer: rate(r.peer.wall) },
  ];
}

interface Preview extends Timing {
  /** CPU time of the counted rounds over the renders: the load of other jobs inflates wall times. */
  readonly cpuPerDocument: number;
}

/** renderAll per document, as the preview does on open; the first `warmups` rounds are not counted. */
function previewTimes(docs: readonly KbDocument[], warmups = 1, rounds = 2): Preview {
  const times: number[] = [];
  let cpu = 0;
  for (let round = 0; round < rounds; round++) {
    const c0 = process.cpuUsage();
    for (const doc of docs) {
      const t0 = performance.now();
      renderAll(doc);
      if (round >= warmups) times.push(performance.now() - t0);
    }
    const c = process.cpuUsage(c0);
    if (round >= warmups) cpu += (c.user + c.system) / 1000;
  }
  return { ...summarize(times), cpuPerDocument: cpu / times.length };
}

function markdown(files: readonly GeneratedFile[]): GeneratedFile[] {
  return files.filter((f) => f.path.endsWith('.md'));
}

/** parseDocument as `support-kb lint` calls it, with the corpus's default locale. */
function parser(files: readonly GeneratedFile[]): (f: GeneratedFile) => KbDocument {
  const defaultLocale = parseConfig(files.find((f) => !f.path.endsWith('.md'))?.text ?? '').config.defaultLocale;
  return (f) => parseDocument({ path: `/kb/${f.path}`, relativePath: f.path, text: f.text, defaultLocale, requireFrontMatter: true });
}

function mb(docs: readonly GeneratedFile[]): string {
  return `${(docs.reduce((n, f) => n + Buffer.byteLength(f.text), 0) / 1024 / 1024).toFixed(1)} MB`;
}
