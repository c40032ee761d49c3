import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { CHANNELS, MarkdownPartCache, parseDocument, renderAll, renderChannel } from '../../src/core';
import { ms, printTable, summarize, type Timing } from '../harness';
import { benchPreviewWorker } from './channel-render-worker';

const ROOT = resolve(__dirname, '../..');
const MACRO = 'kb-sample/macros/ru/refusal-refund-after-period.md';

/**
 * Channel preview (issue 5; targets from issue 17): one document rendered for
 * all seven channels, as the preview does on every edit: `parseDocument` +
 * `renderAll` (one Markdown parse, then email HTML, chat, SMS, Telegram,
 * WhatsApp, Slack and phone). Inputs: a ~3 KB kb-sample macro (target p95
 * ≤ 16 ms, a frame), and a ~100 KB article made of every kb-sample FAQ and
 * macro body under one front matter (cold p95 ≤ 300 ms; after an edit, with
 * the preview's part cache, p95 ≤ 50 ms).
 *
 * Peer, in the same run and on the same body: the plain unified pipeline
 * remark-parse → remark-rehype → rehype-stringify (one HTML output), and
 * the same with remark-gfm, which parses what ours parses (tables,
 * strikethrough, autolinks). The four are timed in turn, run after run.
 */
export async function benchChannelRender(): Promise<void> {
  const macro = readFileSync(join(ROOT, MACRO), 'utf8');
  const article = buildArticle();
  const rows = [];
  for (const [label, text, runs, target] of [
    [`~3 KB macro (${MACRO.split('/').pop()}, ${kb(Buffer.byteLength(macro))})`, macro, 300, 16],
    [`~100 KB article (${kb(Buffer.byteLength(article))})`, article, 60, 300],
  ] as const) {
    const body = text.slice(bodyStart(text));
    const parse = () => parseDocument({ path: '/kb/a.md', relativePath: 'a.md', text, requireFrontMatter: true });
    const plain = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify);
    const gfm = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify);
    const [ours, email, peerPlain, peerGfm] = interleaved(runs, [
      () => renderAll(parse()),
      () => renderChannel(parse(), 'email'),
      () => plain.processSync(body),
      () => gfm.processSync(body),
    ]);
    rows.push(
      {
        measure: `${label}: all ${CHANNELS.length} channels, p50 / p95`,
        ours: `${ms(ours.median)} / ${ms(ours.p95)}`,
        peer: `${ms(peerPlain.median)} / ${ms(peerPlain.p95)} (remark→rehype→HTML, one output)`,
        ratio: ratio(ours, peerPlain),
        target: `p95 ≤ ${target} ms`,
      },
      {
        measure: `${label}: email alone, p50 / p95`,
        ours: `${ms(email.median)} / ${ms(email.p95)}`,
        peer: `${ms(peerGfm.median)} / ${ms(peerGfm.p95)} (the same with remark-gfm)`,
        ratio: ratio(email, peerGfm),
      },
    );
  }
  rows.push(afterAnEdit(article, true), afterAnEdit(article, false));
  printTable('Channel preview — parse + render (ours) vs unified remark→rehype→HTML (peer), same process', rows);
  await benchPreviewWorker(macro, article);
}

/**
 * The preview's case: the same article rendered again after an edit, with the
 * panel's part cache (and, to show what the cache is worth, without one). Each
 * render inserts a word at the end of a different paragraph of the original,
 * so one part is new to the cache every time (and the one edited before is the
 * original again).
 */
function afterAnEdit(article: string, cached: boolean) {
  const body = bodyStart(article);
  const ends = [...article.matchAll(/\S\n\n/g)].map((m) => m.index! + 1).filter((i) => i > body);
  const partCache = cached ? new MarkdownPartCache() : undefined;
  let n = 0;
  const edited = () => {
    const at = ends[(n * 7919) % ends.length];
    const text = `${article.slice(0, at)} edit${n++}${article.slice(at)}`;
    return renderAll(parseDocument({ path: '/kb/a.md', relativePath: 'a.md', text, requireFrontMatter: true }), { partCache });
  };
  const [timing] = interleaved(60, [edited]);
  return {
    measure: `~100 KB article: all ${CHANNELS.length} channels again after an edit, ${cached ? "with the preview's part cache" : 'without a part cache'}, p50 / p95`,
    ours: `${ms(timing.median)} / ${ms(timing.p95)}`,
    peer: cached ? '(no peer: remark has no incremental parse)' : '(what the cache saves)',
    target: cached ? 'p95 ≤ 50 ms' : undefined,
  };
}

/**
 * Times the functions in turn, run after run, so ours and the peers share
 * the machine's state (load from other processes, heap size) instead of
 * each getting a stretch of its own; 10 warm-up rounds first.
 */
function interleaved(runs: number, fns: readonly (() => unknown)[]): Timing[] {
  const samples = fns.map((): number[] => []);
  for (let round = -10; round < runs; round++) {
    fns.forEach((fn, i) => {
      const start = performance.now();
      fn();
      if (round >= 0) samples[i].push(performance.now() - start);
    });
  }
  return samples.map(summarize);
}

/** Our time over the peer's, at the median and at p95. */
function ratio(ours: Timing, peer: Timing): string {
  return `${(ours.median / peer.median).toFixed(2)}× p50, ${(ours.p95 / peer.p95).toFixed(2)}× p95`;
}

/** Every kb-sample FAQ and macro body, repeated to ~100 KB, under the first FAQ's front matter. */
function buildArticle(): string {
  const files = ['faq', 'macros'].flatMap((dir) =>
    readdirSync(join(ROOT, 'kb-sample', dir), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => readFileSync(join(ROOT, 'kb-sample', dir, f), 'utf8')),
  );
  const front = files[0].slice(0, bodyStart(files[0]));
  const bodies = files.map((t) => t.slice(bodyStart(t)).trim());
  let article = front;
  for (let i = 0; Buffer.byteLength(article) < 100 * 1024; i++) article += `\n${bodies[i % bodies.length]}\n`;
  return article;
}

function bodyStart(text: string): number {
  const end = text.indexOf('\n---\n', 4);
  return end === -1 ? 0 : end + 5;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
