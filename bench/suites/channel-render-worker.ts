import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { MarkdownPartCache } from '../../src/core';
import { renderPreview, type PreviewRenderRequest } from '../../src/extension/preview/preview-render';
import { RenderClient } from '../../src/extension/preview/render-client';
import { ms, printTable, summarize, type Row, type Timing } from '../harness';

const ROOT = resolve(__dirname, '../..');
/** Built here from the worker's entry with esbuild.js's node options, so the row never times a stale dist/. */
const WORKER = join(ROOT, '.cache/bench/render-worker.js');
/** Far above any render here: the bench measures, it never stops a render. */
const NO_LIMIT_MS = 60_000;

/**
 * The channel preview's render as the panel runs it since issue 16: in a worker thread
 * (src/extension/preview/render-worker.ts), through its client, against the same work done on
 * the calling thread (parse, all seven channels, the HTML mocks' images: renderPreview). Each
 * round does one of each in turn. Also: how long the calling thread itself is busy per worker
 * render (event-loop utilisation: posting the request, reading the result), which is what the
 * extension host pays, and the first render of a worker just started (thread, bundle, cold JIT).
 */
export async function benchPreviewWorker(macro: string, article: string): Promise<void> {
  await build({ entryPoints: [join(ROOT, 'src/extension/preview/render-worker.ts')], outfile: WORKER, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' });
  const rows: Row[] = [];
  for (const [label, text, runs] of [
    ['~3 KB macro', macro, 200],
    ['~100 KB article', article, 40],
  ] as const) {
    // Cold: every paragraph new to both caches. After an edit: one paragraph new, as typing does.
    for (const [what, texts] of [
      ['cold (no part cached)', (n: number) => everyPartNew(text, n)],
      ['after an edit (part cache)', (n: number) => oneEdit(text, n)],
    ] as const) {
      const { worker, busy, inProcess } = await compare(texts, runs);
      rows.push({
        measure: `${label}, ${what}: worker round trip p50 / p95 (caller busy p50)`,
        ours: `${ms(worker.median)} / ${ms(worker.p95)} (${ms(busy.median)})`,
        peer: `${ms(inProcess.median)} / ${ms(inProcess.p95)} (in process)`,
        ratio: `${(worker.median / inProcess.median).toFixed(2)}× p50`,
      });
    }
  }
  const first = await firstRenders(article, 5);
  rows.push({ measure: '~100 KB article: first render of a new worker (start, load, cold JIT), p50 / max', ours: `${ms(first.median)} / ${ms(first.p95)}` });
  printTable('Channel preview in its render worker vs on the calling thread (same process, same texts)', rows);
}

async function compare(texts: (n: number) => string, runs: number): Promise<{ worker: Timing; busy: Timing; inProcess: Timing }> {
  const client = new RenderClient({ workerPath: WORKER, timeoutMs: NO_LIMIT_MS });
  const cache = new MarkdownPartCache();
  const worker: number[] = [];
  const busy: number[] = [];
  const inProcess: number[] = [];
  let n = 0;
  try {
    for (let round = -10; round < runs; round++) {
      const request = requestFor(texts(n++));
      const loop = performance.eventLoopUtilization();
      const start = performance.now();
      const outcome = await client.render(request);
      const took = performance.now() - start;
      if (outcome.kind !== 'rendered') throw new Error(`worker render: ${JSON.stringify(outcome)}`);
      const active = performance.eventLoopUtilization(loop).active;
      const here = performance.now();
      renderPreview(request, cache);
      const tookHere = performance.now() - here;
      if (round < 0) continue;
      worker.push(took);
      busy.push(active);
      inProcess.push(tookHere);
    }
  } finally {
    client.dispose();
  }
  return { worker: summarize(worker), busy: summarize(busy), inProcess: summarize(inProcess) };
}

async function firstRenders(text: string, runs: number): Promise<Timing> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const client = new RenderClient({ workerPath: WORKER, timeoutMs: NO_LIMIT_MS });
    const start = performance.now();
    const outcome = await client.render(requestFor(text));
    samples.push(performance.now() - start);
    client.dispose();
    if (outcome.kind !== 'rendered') throw new Error(`first render: ${JSON.stringify(outcome)}`);
  }
  return summarize(samples);
}

function requestFor(text: string): PreviewRenderRequest {
  return {
    document: { path: '/kb/a.md', relativePath: 'a.md', text, requireFrontMatter: true },
    channels: ['email', 'chat', 'sms', 'telegram', 'whatsapp', 'slack', 'phone'],
    images: { policy: 'block', documentFolder: '', addressTemplate: 'https://webview.invalid/kb/support-kb-image-path' },
  };
}

/**
 * A word of its own added to every line a part can start with (markdown-parts.ts cuts before a
 * line at column 0 after a blank line), keeping each block what it was: before a line's first
 * letter, in a heading after its `#`s, in a table row's first cell (not the delimiter row); fenced
 * code changes inside. No part was seen before, not even in the same text (the article repeats
 * kb-sample's bodies).
 */
function everyPartNew(text: string, n: number): string {
  const body = text.indexOf('\n---\n', 4) + 5;
  const lines = text.slice(body).split('\n').map((line, i) => {
    const word = `c${n}x${i}`;
    if (/^#{1,6} /.test(line)) return line.replace(/^(#+ )/, `$1${word} `);
    if (line.startsWith('|')) return /^[|\s:-]+$/.test(line) ? line : line.replace('|', `|${word} `);
    return /^[\p{L}[!]/u.test(line) ? `${word} ${line}` : line;
  });
  return text.slice(0, body) + lines.join('\n');
}

/** A word added at the end of one paragraph, a different one each time (as bench/suites/channel-render.ts does). */
function oneEdit(text: string, n: number): string {
  const ends = [...text.matchAll(/\S\n\n/g)].map((m) => m.index + 1);
  const at = ends[(n * 7919) % ends.length];
  return `${text.slice(0, at)} edit${n}${text.slice(at)}`;
}
