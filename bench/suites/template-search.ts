import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Fuse from 'fuse.js';
import { KnowledgeBase, loadKnowledgeBase, parseQuery, TemplateIndex, type KbDocument, type QueryFilters } from '../../src/core';
import { nodeFileSystem } from '../../src/cli/node-file-system';
import { toPosix } from '../../src/cli/commands/check';
import { matchesFilters } from '../../src/core/search/query';
import { fold } from '../../src/core/search/normalize';
import { docInfo, generateKb } from '../generate-kb';
import { ms, printTable, summarize, time, type Row, type Timing } from '../harness';

const COUNT = 10_000;
const SEED = 42;
const ROOT = resolve(__dirname, '../..');
/** Timed runs of each query for our latency, after one warm-up run. */
const QUERY_RUNS = 5;
/** Fuse.js takes ~0.4–2 s per query on 10k documents: it runs every FUSE_EVERY-th generated query, once. */
const FUSE_EVERY = 3;

interface LabelledQuery {
  readonly query: string;
  readonly expected: readonly string[];
  readonly category: string;
  /** generated.json: how `expected` was derived from the generator's titles (checked below). */
  readonly derivedFrom?: { readonly titleContains: readonly string[]; readonly kind?: string; readonly type?: string };
}

/** A peer's view of a document: what the usual extension code hands to Fuse.js, plus what filters need. */
interface PeerRecord {
  readonly id: string;
  readonly title: string;
  readonly tags: readonly string[];
  readonly body: string;
  readonly locale?: string;
  readonly channels: readonly string[];
  readonly type?: string;
  readonly kind?: string;
  /** Folded, for the naive scan. */
  readonly foldedTitle: string;
  readonly foldedText: string;
}

type Search = (query: string, k: number) => string[];

/**
 * Template search (issue 4) on the generated 10k-document KB and on kb-sample.
 *
 * - Ours: `TemplateIndex` (minisearch with Russian-aware terms, AND → OR fallback, layout retry).
 *   Build from parsed documents (parsing is measured by the kb-validate suite); cache = `toJSON`
 *   then `TemplateIndex.load` with the same documents (JSON.parse, content check, index rebuild).
 * - Fuse.js, configured as extensions usually do: keys title (weight 2), tags (1) and the raw body
 *   (1), threshold 0.4, ignoreLocation true.
 * - A naive scan: every query word (folded, ё → е) looked up with `includes` in the title (3
 *   points) or in title + tags + body (1 point); documents with points, most first.
 * Both peers get the query with our filters already parsed out and applied to their results
 * (they have no filter syntax of their own), so the comparison is about finding, not parsing.
 * Neither has a layout retry, stemming or typo handling beyond what Fuse's fuzzy matching gives.
 */
export async function benchTemplateSearch(): Promise<void> {
  const gc = exposeGc();
  const files = generateKb({ count: COUNT, seed: SEED });
  const kb = new KnowledgeBase('/kb', true);
  kb.setConfigText(files.find((f) => f.path === '.support-kb.yml')?.text ?? '');
  for (const f of files) if (f.path.endsWith('.md')) kb.setText(`/kb/${f.path}`, f.text, false);
  const docs = [...kb.documents()];
  const megabytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / 2 ** 20;

  const generated = readQueries('generated.json');
  const sampleQueries = readQueries('kb-sample.json');
  checkGeneratedLabels(generated, files);

  // Heap first, while the process has built nothing: the term caches count as the index's.
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  let index = TemplateIndex.build(docs);
  gc();
  const heap = process.memoryUsage().heapUsed - heapBefore;

  const build = time(() => {
    index = TemplateIndex.build(docs);
  }, 5);
  let json = '';
  const save = time(() => {
    json = index.toJSON();
  }, 3);
  let loaded: TemplateIndex | undefined;
  const load = time(() => {
    loaded = TemplateIndex.load(json, docs);
  }, 7);
  if (!loaded || loaded.size !== index.size) throw new Error('the cache did not load');

  // Latency: the labelled generated queries, and every prefix of them as typed, keystroke by keystroke.
  const ours: Search = (q, k) => index.search(q, { limit: k }).hits.map((h) => h.id);
  const queryTimes = latency(generated.map((q) => q.query), (q) => ours(q, 20));
  const typed = generated.flatMap((q) => Array.from({ length: q.query.length }, (_, i) => q.query.slice(0, i + 1)));
  const typingTimes = latency(typed, (q) => ours(q, 20), 2);

  // Peers on the 10k KB.
  const records = docs.map(peerRecord);
  gc();
  const fuseHeapBefore = process.memoryUsage().heapUsed;
  let fuse = newFuse(records);
  gc();
  const fuseHeap = process.memoryUsage().heapUsed - fuseHeapBefore;
  const fuseBuild = time(() => {
    fuse = newFuse(records);
  }, 3);
  const fuseSubset = generated.filter((_, i) => i % FUSE_EVERY === 0);
  const fuseSearch = peerSearch((text, filters, k) => fuseTop(fuse, text, filters, k));
  const fuseSamples: number[] = [];
  const fuseQuality = quality(fuseSubset, fuseSearch, fuseSamples);
  const naiveSearch = peerSearch((text, filters, k) => naiveTop(records, text, filters, k));
  const naiveSamples: number[] = [];
  const naiveQuality = quality(generated, naiveSearch, naiveSamples);
  const fuseTimes = summarize(fuseSamples);
  const naiveTimes = summarize(naiveSamples);

  const oursQuality = quality(generated, ours);
  const oursOnFuseSubset = quality(fuseSubset, ours);

  // kb-sample: every query for everyone (54 documents, Fuse is quick there).
  const sample = await loadKnowledgeBase(nodeFileSystem, toPosix(resolve(ROOT, 'kb-sample')), true);
  const sampleIndex = TemplateIndex.build(sample.documents());
  const sampleRecords = [...sample.documents()].map(peerRecord);
  const sampleFuse = newFuse(sampleRecords);
  const sampleOurs = quality(sampleQueries, (q, k) => sampleIndex.search(q, { limit: k }).hits.map((h) => h.id));
  const sampleFuseQ = quality(sampleQueries, peerSearch((text, filters, k) => fuseTop(sampleFuse, text, filters, k)));
  const sampleNaive = quality(sampleQueries, peerSearch((text, filters, k) => naiveTop(sampleRecords, text, filters, k)));

  const x = (peer: number, ours: number) => `${Math.round(peer / ours)}× faster`;
  printTable(`Template search — ${docs.length} generated documents, ${megabytes.toFixed(1)} MB, ${index.size} indexed`, [
    { measure: 'cold index build from parsed documents (median of 5)', ours: ms(build.median), peer: `${ms(fuseBuild.median)} (Fuse.js)`, target: '≤ 1000 ms' },
    { measure: 'cache: toJSON (median of 3), size', ours: `${ms(save.median)}, ${(json.length / 2 ** 20).toFixed(1)} M chars` },
    { measure: 'cache load: parse + content check + index (median of 7)', ours: ms(load.median), target: '≤ 150 ms' },
    { measure: 'heap used by the index', ours: mib(heap), peer: `${mib(fuseHeap)} (Fuse.js)` },
    {
      measure: `query p50 (${generated.length} labelled queries, median of ${QUERY_RUNS} each; Fuse.js: ${fuseSubset.length}, once)`,
      ours: ms(queryTimes.median),
      peer: `${ms(fuseTimes.median)} Fuse.js · ${ms(naiveTimes.median)} naive`,
      ratio: `${x(fuseTimes.median, queryTimes.median)} than Fuse.js`,
    },
    {
      measure: 'query p95',
      ours: ms(queryTimes.p95),
      peer: `${ms(fuseTimes.p95)} Fuse.js · ${ms(naiveTimes.p95)} naive`,
      ratio: `${x(fuseTimes.p95, queryTimes.p95)} than Fuse.js`,
      target: '≤ 5 ms, ≥ 100× Fuse.js',
    },
    { measure: `as you type: each prefix of the queries (${typed.length}, median of 2) p50 / p95`, ours: `${ms(typingTimes.median)} / ${ms(typingTimes.p95)}` },
  ]);

  const rows: Row[] = [
    hitRow(`kb-sample, ${sampleQueries.length} queries`, sampleOurs, sampleFuseQ, sampleNaive),
    hitRow(`generated 10k, ${generated.length} queries (Fuse.js: not run)`, oursQuality, undefined, naiveQuality),
    hitRow(`generated 10k, the ${fuseSubset.length} queries Fuse.js ran`, oursOnFuseSubset, fuseQuality),
  ];
  for (const category of [...new Set([...sampleQueries, ...generated].map((q) => q.category))]) {
    const inSample = sampleQueries.filter((q) => q.category === category);
    const inGenerated = generated.filter((q) => q.category === category);
    const at3 = (r: Quality, of: readonly LabelledQuery[]) => r.byCategory.get(category)?.hit3 ?? (of.length ? 0 : NaN);
    rows.push({
      measure: `  hit@3 ${category}: kb-sample (${inSample.length}) / generated (${inGenerated.length})`,
      ours: `${share(at3(sampleOurs, inSample), inSample.length)} / ${share(at3(oursQuality, inGenerated), inGenerated.length)}`,
      peer: `Fuse.js ${share(at3(sampleFuseQ, inSample), inSample.length)} · naive ${share(at3(sampleNaive, inSample), inSample.length)} / ${share(at3(naiveQuality, inGenerated), inGenerated.length)}`,
    });
  }
  printTable('Template search quality — hit@1 / hit@3 on the labelled queries (bench/queries/)', rows);
}

function readQueries(name: string): LabelledQuery[] {
  return JSON.parse(readFileSync(resolve(ROOT, 'bench/queries', name), 'utf8')) as LabelledQuery[];
}

/** generated.json's answers come from the generator's titles: say so when the generator has moved on. */
function checkGeneratedLabels(queries: readonly LabelledQuery[], files: ReturnType<typeof generateKb>): void {
  const infos = files.map(docInfo).filter((i) => i !== undefined);
  for (const q of queries) {
    const d = q.derivedFrom;
    if (!d) continue;
    const now = infos
      .filter((i) => d.titleContains.every((t) => fold(i.title).includes(fold(t))) && (!d.kind || i.kind === d.kind) && (!d.type || i.type === d.type))
      .map((i) => i.id);
    if (now.join() !== q.expected.join()) console.warn(`bench/queries/generated.json is stale for "${q.query}": the generator now gives ${now.join(', ') || 'nothing'}`);
  }
}

/**
 * Latency per query: the median of its runs after a warm-up run, so that a
 * pause from the collector or another process on the machine does not count
 * as the query's cost; p50 and p95 are then taken across queries.
 */
function latency(queries: readonly string[], run: (q: string) => unknown, runs = QUERY_RUNS): Timing {
  const perQuery = queries.map((q) => {
    run(q);
    const samples: number[] = [];
    for (let r = 0; r < runs; r++) {
      const start = performance.now();
      run(q);
      samples.push(performance.now() - start);
    }
    return summarize(samples).median;
  });
  return summarize(perQuery);
}

interface Quality {
  readonly n: number;
  readonly hit1: number;
  readonly hit3: number;
  readonly byCategory: Map<string, { hit3: number }>;
}

function quality(queries: readonly LabelledQuery[], search: Search, samples?: number[]): Quality {
  let hit1 = 0;
  let hit3 = 0;
  const byCategory = new Map<string, { hit3: number }>();
  for (const q of queries) {
    const start = performance.now();
    const top = search(q.query, 3);
    samples?.push(performance.now() - start);
    const at = top.findIndex((id) => q.expected.includes(id));
    if (at === 0) hit1++;
    const entry = byCategory.get(q.category) ?? { hit3: 0 };
    if (at >= 0) {
      hit3++;
      entry.hit3++;
    }
    byCategory.set(q.category, entry);
  }
  return { n: queries.length, hit1, hit3, byCategory };
}

function hitRow(measure: string, ours: Quality, fuse?: Quality, naive?: Quality): Row {
  const pair = (q: Quality) => `${share(q.hit1, q.n)} / ${share(q.hit3, q.n)}`;
  const peers = [fuse ? `Fuse.js ${pair(fuse)}` : '', naive ? `naive ${pair(naive)}` : ''].filter(Boolean).join(' · ');
  return { measure, ours: pair(ours), peer: peers, target: fuse ? 'hit@3 ≥ Fuse.js' : undefined };
}

function share(hits: number, n: number): string {
  return n === 0 || Number.isNaN(hits) ? '—' : `${Math.round((hits / n) * 100)} %`;
}

/** Our filters parsed out of the query and applied to a peer's results. */
function peerSearch(run: (text: string, filters: QueryFilters, k: number) => string[]): Search {
  return (query, k) => {
    const parsed = parseQuery(query);
    return run(parsed.text, parsed.filters, k);
  };
}

function peerRecord(d: KbDocument): PeerRecord {
  const title = d.meta.title ?? d.id;
  const body = d.text.slice(d.bodyOffset);
  return {
    id: d.id,
    title,
    tags: d.meta.tags,
    body,
    locale: d.meta.locale,
    channels: d.meta.channels,
    type: d.meta.type,
    kind: d.meta.kind,
    foldedTitle: fold(title),
    foldedText: fold(`${title}\n${d.meta.tags.join(' ')}\n${body}`),
  };
}

function newFuse(records: readonly PeerRecord[]): Fuse<PeerRecord> {
  return new Fuse(records, {
    keys: [
      { name: 'title', weight: 2 },
      { name: 'tags', weight: 1 },
      { name: 'body', weight: 1 },
    ],
    threshold: 0.4,
    ignoreLocation: true,
  });
}

function fuseTop(fuse: Fuse<PeerRecord>, text: string, filters: QueryFilters, k: number): string[] {
  if (text.trim() === '') return [];
  return fuse
    .search(text)
    .filter((r) => matchesFilters(r.item, filters))
    .slice(0, k)
    .map((r) => r.item.id);
}

function naiveTop(records: readonly PeerRecord[], text: string, filters: QueryFilters, k: number): string[] {
  const words = fold(text).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const scored: { record: PeerRecord; score: number }[] = [];
  for (const record of records) {
    let score = 0;
    for (const w of words) score += record.foldedTitle.includes(w) ? 3 : record.foldedText.includes(w) ? 1 : 0;
    if (score > 0 && matchesFilters(record, filters)) scored.push({ record, score });
  }
  scored.sort((a, b) => b.score - a.score || a.record.title.length - b.record.title.length);
  return scored.slice(0, k).map((s) => s.record.id);
}

function mib(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1)} MiB`;
}

/** `global.gc` without restarting node with --expose-gc. */
function exposeGc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}
