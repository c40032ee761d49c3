// The channel preview's render worker, driven through its client as the panel drives it: the
// worker bundle is built from src/extension/preview/render-worker.ts as esbuild.js builds it and
// started as a real worker thread. A render there gives what core gives in process; a newer request
// supersedes older ones; a render that never ends is stopped by ending the thread; a dying worker
// is started again once. Two wrappers around the real bundle make a worker hang or die on a
// marker in the text, so those cases do not depend on how fast anything runs.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { CHANNELS, KnowledgeBase, parseDataFile, renderAll, renderChannel, type Channel, type KbDocument } from '../../src/core';
import { previewImages } from '../../src/core/render/preview-images';
import { ADDRESS_MARKER, encodeSegment, kbImageAddress } from '../../src/extension/preview/kb-image-address';
import type { PreviewRenderRequest, PreviewRenderResult } from '../../src/extension/preview/preview-render';
import { RenderClient, type RenderOutcome } from '../../src/extension/preview/render-client';
import { isTooSlow, tooSlowRenders } from '../../src/extension/preview/too-slow';
import { REPO } from './helpers/cli';

const SAMPLE = join(REPO, 'kb-sample');
/** What a webview's asWebviewUri could give for `<KB root>/ADDRESS_MARKER`: a prefix and a query around the path. */
const TEMPLATE = `https://file%2B.vscode-resource.example/kb-sample/${ADDRESS_MARKER}?v=1`;
/** Far above any render here (the slowest kb-sample document takes a few ms); the hang tests end by it, whatever the machine. */
const GENEROUS_MS = 20_000;
const HANG = 'HANG-THE-WORKER';
const CRASH = 'CRASH-THE-WORKER';

const scratch = mkdtempSync(join(tmpdir(), 'support-kb-render-worker-'));
const workerPath = join(scratch, 'render-worker.js');
const clients: RenderClient[] = [];

before(async () => {
  // esbuild.js's node options. The marker wrappers load the real bundle with its message listener
  // wrapped: on the marker, the action runs instead of the render (a throw there is uncaught, as a crash in the worker would be).
  await build({ entryPoints: [join(REPO, 'src/extension/preview/render-worker.ts')], outfile: workerPath, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' });
  const wrapper = (action: string, marker: string) =>
    `const { parentPort } = require('node:worker_threads');\n` +
    `const on = parentPort.on.bind(parentPort);\n` +
    `parentPort.on = (event, listener) => on(event, event !== 'message' ? listener : (m) => {\n` +
    `  if (m.request.document.text.includes(${JSON.stringify(marker)})) { ${action} }\n` +
    `  listener(m);\n` +
    `});\n` +
    `require('./render-worker.js');\n`;
  writeFileSync(join(scratch, 'hanging-worker.js'), wrapper('for (;;) {}', HANG));
  writeFileSync(join(scratch, 'crashing-worker.js'), wrapper("throw new Error('the test worker died');", CRASH));
});

after(() => {
  for (const client of clients) client.dispose();
  rmSync(scratch, { recursive: true, force: true });
});

function client(options: { worker?: string; timeoutMs?: number } = {}): RenderClient {
  const made = new RenderClient({ workerPath: options.worker ? join(scratch, options.worker) : workerPath, timeoutMs: options.timeoutMs ?? GENEROUS_MS, maxHeapMb: 512 });
  clients.push(made);
  return made;
}

/** kb-sample as the extension's registry holds it: its config, every Markdown file parsed with it. */
function loadSample(): KnowledgeBase {
  const kb = new KnowledgeBase(SAMPLE, true);
  kb.setConfigText(readFileSync(join(SAMPLE, '.support-kb.yml'), 'utf8'));
  for (const file of readdirSync(SAMPLE, { recursive: true }).map(String)) {
    if (!file.endsWith('.md') || kb.isIgnored(file)) continue;
    kb.setText(join(SAMPLE, file), readFileSync(join(SAMPLE, file), 'utf8'));
  }
  return kb;
}

/** The request the panel sends for `doc` (channel-preview.ts). */
function requestFor(kb: KnowledgeBase, doc: KbDocument, data?: Readonly<Record<string, unknown>>): PreviewRenderRequest {
  return {
    document: { path: doc.path, relativePath: doc.relativePath, text: doc.text, defaultLocale: kb.config.defaultLocale, requireFrontMatter: kb.hasConfig },
    data,
    channels: doc.meta.channels.length ? doc.meta.channels : CHANNELS,
    images: { policy: 'block', documentFolder: relative(SAMPLE, join(doc.path, '..')).split('\\').join('/'), addressTemplate: TEMPLATE },
  };
}

/** What the panel showed before the worker: renderAll in this thread, then the mocks' images. */
function inProcess(doc: KbDocument, request: PreviewRenderRequest): PreviewRenderResult {
  const all = renderAll(doc, { data: request.data, channels: request.channels });
  const renders = request.channels.flatMap((c) => all[c] ?? []);
  const options = { policy: request.images.policy, documentFolder: request.images.documentFolder, localAddress: (s: readonly string[]) => kbImageAddress(TEMPLATE, s) };
  return { renders, mocks: renders.filter((r) => r.format === 'html' || r.format === 'telegram-html').map((r) => ({ channel: r.channel, ...previewImages(r.output, options) })) };
}

function rendered(outcome: RenderOutcome, what: string): PreviewRenderResult {
  assert.equal(outcome.kind, 'rendered', `${what}: ${JSON.stringify(outcome).slice(0, 500)}`);
  return (outcome as Extract<RenderOutcome, { kind: 'rendered' }>).result;
}

function withText(request: PreviewRenderRequest, text: string): PreviewRenderRequest {
  return { ...request, document: { ...request.document, text } };
}

test('every kb-sample document renders in the worker exactly as renderAll renders it in process (deep equality: plain data survives the clone)', { timeout: 120_000 }, async () => {
  const kb = loadSample();
  const docs = [...kb.documents()];
  assert.ok(docs.length >= 40, `kb-sample documents: ${docs.length}`);
  const worker = client();
  for (const doc of docs) {
    const request = requestFor(kb, doc);
    assert.deepStrictEqual(rendered(await worker.render(request), doc.relativePath), inProcess(doc, request), doc.relativePath);
  }
  const screenshot = docs.find((d) => d.text.includes('2fa-security-screen.png'));
  assert.ok(screenshot, 'kb-sample has a document with a KB image');
  const mocks = rendered(await worker.render(requestFor(kb, screenshot)), 'the image document').mocks;
  assert.ok(
    mocks.some((m) => m.html.includes(`https://file%2B.vscode-resource.example/kb-sample/assets/2fa-security-screen.png?v=1`)),
    'the KB image points at the address made from the template',
  );
});

test('data-file values, defaults only, and an edit after the part cache filled: the same as in process', { timeout: 60_000 }, async () => {
  const kb = loadSample();
  const doc = kb.document(join(SAMPLE, 'macros/ru/ack-chat-handoff.md'));
  assert.ok(doc);
  const data = parseDataFile(readFileSync(join(SAMPLE, 'data/ivan-delivery.yml'), 'utf8'));
  assert.ok(data.ok);
  const worker = client();
  for (const values of [data.data, {}, undefined]) {
    const request = requestFor(kb, doc, values);
    assert.deepStrictEqual(rendered(await worker.render(request), JSON.stringify(values)), inProcess(doc, request));
  }
  // The worker's cache now holds the document's parts; an edit must still give what a fresh parse gives.
  const text = doc.text.replace(/\n*$/, '\n\nНовая строка для превью.\n');
  const edited = new KnowledgeBase(SAMPLE, true);
  edited.setConfigText(readFileSync(join(SAMPLE, '.support-kb.yml'), 'utf8'));
  edited.setText(doc.path, text);
  const editedDoc = edited.document(doc.path)!;
  const result = rendered(await worker.render(withText(requestFor(kb, doc), text)), 'the edit');
  assert.deepStrictEqual(result, inProcess(editedDoc, requestFor(edited, editedDoc)));
  assert.match(result.renders.find((r) => r.channel === 'telegram')!.output, /Новая строка для превью/);
});

test('a newer request supersedes the waiting and the running ones; only the newest result is given', { timeout: 60_000 }, async () => {
  const kb = loadSample();
  const doc = kb.document(join(SAMPLE, 'macros/ru/ack-chat-handoff.md'))!;
  const request = requestFor(kb, doc);
  const worker = client();
  const first = worker.render(withText(request, `${doc.text}\nfirst\n`));
  const second = worker.render(withText(request, `${doc.text}\nsecond\n`));
  const third = worker.render(withText(request, `${doc.text}\nthird\n`));
  assert.deepEqual(await first, { kind: 'superseded' });
  assert.deepEqual(await second, { kind: 'superseded' });
  const last = rendered(await third, 'the newest request');
  assert.match(last.renders[0].output, /third/);
  assert.doesNotMatch(last.renders[0].output, /first|second/);
});

test('a render that never ends is stopped by ending the worker; the next request is answered by a fresh one', { timeout: 60_000 }, async () => {
  const kb = loadSample();
  const doc = kb.document(join(SAMPLE, 'macros/ru/ack-chat-handoff.md'))!;
  const request = requestFor(kb, doc);
  // The wrapper spins forever on the marker: only ending the thread stops it, and a worker left running could never answer again.
  const worker = client({ worker: 'hanging-worker.js', timeoutMs: 500 });
  assert.deepEqual(await worker.render(withText(request, `${doc.text}\n${HANG}\n`)), { kind: 'too-slow', timeoutMs: 500 });
  assert.deepStrictEqual(rendered(await worker.render(request), 'after the stop'), inProcess(doc, request));
  // Superseded while hanging: the newer request still gets its answer, after the stop.
  const hung = worker.render(withText(request, `${doc.text}\n${HANG}\n`));
  const next = worker.render(request);
  assert.deepEqual(await hung, { kind: 'superseded' });
  assert.deepStrictEqual(rendered(await next, 'after a superseded hang'), inProcess(doc, request));
});

test('a dying worker is started again once; a second death in a row stops the client', { timeout: 60_000 }, async () => {
  const kb = loadSample();
  const doc = kb.document(join(SAMPLE, 'macros/ru/ack-chat-handoff.md'))!;
  const request = requestFor(kb, doc);
  const crash = withText(request, `${doc.text}\n${CRASH}\n`);
  const worker = client({ worker: 'crashing-worker.js' });
  const first = await worker.render(crash);
  assert.equal(first.kind, 'crashed');
  assert.match((first as { message: string }).message, /the test worker died/);
  assert.equal((first as { restarting: boolean }).restarting, true);
  // Started again, and a render done resets the count.
  rendered(await worker.render(request), 'after one death');
  assert.equal((await worker.render(crash)).kind, 'crashed');
  const second = await worker.render(crash);
  assert.deepEqual({ kind: second.kind, restarting: (second as { restarting: boolean }).restarting }, { kind: 'crashed', restarting: false });
  const given = await worker.render(request);
  assert.deepEqual({ kind: given.kind, restarting: (given as { restarting: boolean }).restarting }, { kind: 'crashed', restarting: false });
});

test('a worker script that is missing is a crash with its reason, not a request left waiting', { timeout: 60_000 }, async () => {
  const kb = loadSample();
  const doc = kb.document(join(SAMPLE, 'macros/ru/ack-chat-handoff.md'))!;
  const outcome = await client({ worker: 'no-such-worker.js' }).render(requestFor(kb, doc));
  assert.equal(outcome.kind, 'crashed');
  assert.match((outcome as { message: string }).message, /no-such-worker\.js|Cannot find module/);
});

test('dispose answers the running request and every later one "disposed"', { timeout: 60_000 }, async () => {
  const kb = loadSample();
  const doc = kb.document(join(SAMPLE, 'macros/ru/ack-chat-handoff.md'))!;
  const worker = client({ worker: 'hanging-worker.js' });
  // A render done first: the worker is loaded, so the next request goes to it at once (and the hang keeps it there).
  rendered(await worker.render(requestFor(kb, doc)), 'the first render');
  const running = worker.render(withText(requestFor(kb, doc), `${doc.text}\n${HANG}\n`));
  worker.dispose();
  assert.deepEqual(await running, { kind: 'disposed' });
  assert.deepEqual(await worker.render(requestFor(kb, doc)), { kind: 'disposed' });
});

test('a stopped render reads as each channel\'s tab, with one "too slow" warning and no payload', () => {
  const doc = loadSample().document(join(SAMPLE, 'macros/ru/ack-chat-handoff.md'))!;
  const slow = tooSlowRenders(CHANNELS, 1500, true);
  assert.deepEqual(slow.map((r) => r.channel), CHANNELS);
  for (const render of slow) {
    const real = renderChannel(doc, render.channel as Channel);
    assert.equal(render.format, real.format, render.channel);
    if (render.channel !== 'sms') assert.equal(render.lengthUnit, real.lengthUnit, render.channel);
    assert.equal(render.output, '');
    assert.equal(render.warnings.length, 1);
    assert.equal(render.warnings[0].severity, 'warning');
    assert.match(render.warnings[0].message, /^Too slow to preview: rendering this document took longer than 1\.5 s/);
    assert.ok(isTooSlow(render));
    assert.ok(!isTooSlow(real));
  }
  assert.equal(slow.find((r) => r.channel === 'email')!.subject, '');
  assert.equal(tooSlowRenders(['email'], 1500, false)[0].subject, undefined);
  assert.match(tooSlowRenders(['sms'], 5000, false)[0].warnings[0].message, /took longer than 5 s/);
});

test('KB image addresses: the marker replaced by the segments, encoded as vscode.Uri encodes a path', () => {
  assert.equal(kbImageAddress(`https://x.example/root/${ADDRESS_MARKER}`, ['assets', 'a b.png']), 'https://x.example/root/assets/a%20b.png');
  assert.equal(kbImageAddress(`https://x.example/${ADDRESS_MARKER}?q=1`, ['img.png']), 'https://x.example/img.png?q=1');
  assert.equal(kbImageAddress('https://x.example/root/', ['img.png']), undefined, 'no marker: no address');
  assert.equal(encodeSegment("it's (1)*!.png"), 'it%27s%20%281%29%2A%21.png');
  assert.equal(encodeSegment('ёж#?%/.png'), '%D1%91%D0%B6%23%3F%25%2F.png');
});
