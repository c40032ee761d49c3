/**
 * The fast prose scanner against the reference: remark's own parse (mdast-util-from-markdown +
 * micromark-extension-gfm + mdast-util-gfm). For every document the set of prose offsets, the block
 * grouping (kind, extent, spans) and the HTML comments must be identical, or the fast scanner must
 * have declined the document (then `scanProse` uses the reference, and we count how often).
 *
 * The reference itself (`scanProseFromMdast`) is built from mdast text nodes and micromark's token
 * ranges, and checks on every text node that the tokens it counts spell the node's value; the focused
 * cases in prose.test.ts pin its output by hand.
 *
 * FUZZ=1, FUZZ_RUNS and FUZZ_SEED set the property test's size and seed (helpers/fuzz.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Nodes } from 'mdast';
import { scanProse, type ProseScan } from '../../src/core/lint/prose';
import { fastScan, scanProseFast } from '../../src/core/lint/prose/fast';
import { scanProseFromMdast } from '../../src/core/lint/prose/from-mdast';
import { splitFrontMatter } from '../../src/core/parse/front-matter';
import { generateKb } from '../../bench/generate-kb';
import { markdownDocument } from './helpers/markdown-arbitrary';
import { fuzz } from './helpers/fuzz';

const KB_SAMPLE = join(__dirname, '..', '..', 'kb-sample');

function bodyOffsetOf(text: string): number {
  const split = splitFrontMatter(text);
  return split.kind === 'closed' ? split.bodyOffset : 0;
}

/** Prose offsets as a sorted list (the "set" the property is about). */
function proseOffsets(scan: ProseScan): number[] {
  const out: number[] = [];
  for (const block of scan.blocks) for (const span of block.spans) for (let i = span.start; i < span.end; i++) out.push(i);
  return out;
}

function describeScan(text: string, scan: ProseScan): string {
  const lines = scan.blocks.map(
    (b) => `  ${b.kind} ${b.start}-${b.end} ${b.spans.map((s) => `${s.start}:${JSON.stringify(text.slice(s.start, s.end))}`).join(' ')}`,
  );
  for (const c of scan.comments) lines.push(`  comment ${c.start}-${c.end} ${JSON.stringify(c.body)}`);
  return lines.join('\n');
}

type Outcome = 'same' | 'fallback';

/** Compares fast and reference; throws with both scans when they differ. */
function check(text: string, bodyOffset: number, includeBlockquotes: boolean, label: string): Outcome {
  const options = { includeBlockquotes };
  const reference = scanProseFromMdast(text, bodyOffset, options);
  const fast = scanProseFast(text, bodyOffset, options);
  if (fast === null) return 'fallback';
  assert.equal(fast.usedFallback, false);
  const same =
    JSON.stringify(proseOffsets(fast)) === JSON.stringify(proseOffsets(reference)) &&
    JSON.stringify(fast.blocks) === JSON.stringify(reference.blocks) &&
    JSON.stringify(fast.comments) === JSON.stringify(reference.comments);
  if (!same) {
    assert.fail(
      `${label}: fast scan differs from mdast (includeBlockquotes: ${includeBlockquotes})\n` +
        `document: ${JSON.stringify(text.slice(bodyOffset))}\nfast:\n${describeScan(text, fast)}\nmdast:\n${describeScan(text, reference)}`,
    );
  }
  return 'same';
}

/**
 * Block grouping against the tree directly: every mdast paragraph (outside blockquotes), heading and
 * table cell that has prose is exactly one block with the node's extent, in document order.
 */
function checkGrouping(text: string, bodyOffset: number, scan: ProseScan): void {
  const tree = fromMarkdown(text.slice(bodyOffset), { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const extents: string[] = [];
  const walk = (node: Nodes, container: string): void => {
    if (node.type === 'blockquote') return;
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      const kind = node.type === 'heading' ? 'heading' : node.type === 'tableCell' ? 'table-cell' : container === 'listItem' ? 'list-item' : 'paragraph';
      extents.push(`${kind} ${(node.position?.start.offset ?? 0) + bodyOffset}-${(node.position?.end.offset ?? 0) + bodyOffset}`);
      return;
    }
    const next = node.type === 'listItem' ? 'listItem' : node.type === 'root' || node.type === 'list' || node.type === 'table' || node.type === 'tableRow' ? container : 'other';
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child, next);
  };
  walk(tree, 'root');
  const blocks = scan.blocks.map((b) => `${b.kind} ${b.start}-${b.end}`);
  // Every block is one of the tree's prose nodes, in order (nodes without prose have no block).
  let k = 0;
  for (const block of blocks) {
    while (k < extents.length && extents[k] !== block) k++;
    assert.ok(k < extents.length, `block ${block} is not an mdast paragraph/heading/tableCell`);
    k++;
  }
}

// ---------------------------------------------------------------------------------------------
// Real documents.

function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...markdownFiles(path));
    else if (name.endsWith('.md')) out.push(path);
  }
  return out.sort();
}

test('kb-sample: every Markdown file scans exactly as mdast, with no fallback', (t) => {
  const files = markdownFiles(KB_SAMPLE);
  assert.ok(files.length >= 70, `found ${files.length} files`);
  let fallbacks = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const bodyOffset = bodyOffsetOf(text);
    for (const includeBlockquotes of [false, true]) {
      if (check(text, bodyOffset, includeBlockquotes, file) === 'fallback') fallbacks++;
    }
    checkGrouping(text, bodyOffset, scanProse(text, bodyOffset));
  }
  t.diagnostic(`${files.length} files, ${fallbacks} fallbacks`);
  assert.equal(fallbacks, 0);
});

test('generated corpus: the first 2,000 documents scan exactly as mdast; fallback under 1 %', (t) => {
  const files = generateKb({ count: 2000, seed: 42 }).filter((f) => f.path.endsWith('.md'));
  assert.equal(files.length, 2000);
  let fallbacks = 0;
  for (const file of files) {
    const bodyOffset = bodyOffsetOf(file.text);
    if (check(file.text, bodyOffset, false, file.path) === 'fallback') fallbacks++;
  }
  for (const file of files.slice(0, 200)) checkGrouping(file.text, bodyOffsetOf(file.text), scanProse(file.text, bodyOffsetOf(file.text)));
  t.diagnostic(`${files.length} documents, ${fallbacks} fallbacks`);
  assert.ok(fallbacks < files.length / 100, `${fallbacks} fallbacks`);
});

test('generated Markdown (fast-check): fast scan equals mdast', (t) => {
  const { numRuns: runs, seed } = fuzz(2200, 20261125);
  let total = 0;
  let fallbacks = 0;
  const reasons = new Map<string, number>();
  const details = fc.check(
    fc.property(markdownDocument, fc.boolean(), ({ text, bodyOffset }, includeBlockquotes) => {
      total++;
      if (check(text, bodyOffset, includeBlockquotes, 'generated') === 'fallback') {
        fallbacks++;
        const reason = fastScan(text, bodyOffset, { includeBlockquotes }).scan.approximations.map((a) => a.kind).join('+');
        reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
      }
    }),
    { numRuns: runs, seed, endOnFailure: !process.env.PROSE_FUZZ_SHRINK },
  );
  if (details.failed) {
    const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    assert.fail(`${fc.defaultReportMessage(details)}\n${cause}`);
  }
  assert.ok(total >= runs * 0.9, `${total} of ${runs} documents ran`);
  t.diagnostic(`${total} documents, ${fallbacks} fallbacks ${JSON.stringify([...reasons])}`);
  // Generated documents are full of rare constructs on purpose; still, nearly all take the fast path.
  assert.ok(fallbacks < total * 0.03, `fallbacks ${fallbacks}/${total}: ${JSON.stringify([...reasons])}`);
});
