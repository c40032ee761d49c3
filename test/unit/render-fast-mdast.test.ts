/**
 * The renderers' hand-written parser (src/core/render/fast-mdast) against micromark with full GFM
 * (what remark-gfm runs): whenever it returns a tree, the tree must be micromark's, positions
 * included; when it returns nothing, parseMarkdown uses micromark. Checked on generated documents
 * near what it models, on the shared Markdown generator (mostly things it must decline), on every
 * part of every kb-sample document and of a generated knowledge base, and on the micromark quirks
 * that the generated documents found.
 *
 * FAST_MDAST_RUNS overrides the size of the property tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { fastParse } from '../../src/core/render/fast-mdast';
import { markdownParts } from '../../src/core/render/markdown-parts';
import { splitFrontMatter } from '../../src/core/parse/front-matter';
import { generateKb } from '../../bench/generate-kb';
import { markdownDocument } from './helpers/markdown-arbitrary';
import { plainMarkdownDocument } from './helpers/plain-markdown-arbitrary';

const RUNS = Number(process.env.FAST_MDAST_RUNS ?? 10_000);
const full = (text: string) => fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

/** The fast tree of the whole text, checked against micromark; whether there was one. */
function agrees(text: string): boolean {
  const tree = fastParse(text, 0, text.length, 1);
  if (tree) assert.deepEqual(tree, full(text), JSON.stringify(text));
  return tree !== undefined;
}

function body(text: string): string {
  const split = splitFrontMatter(text);
  return split.kind === 'closed' ? text.slice(split.bodyOffset) : text;
}

/** Every part of `text` the fast parser takes must give micromark's blocks for that part of the whole text; returns the characters it took. */
function partsAgree(text: string): number {
  const parts = markdownParts(text);
  const whole = full(text).children;
  let taken = 0;
  parts.forEach((part, i) => {
    const end = i + 1 < parts.length ? (parts[i + 1] as { start: number }).start : text.length;
    const tree = fastParse(text, part.start, end, part.lineOffset + 1);
    if (!tree) return;
    taken += end - part.start;
    const expected = whole.filter((node) => node.position!.start.offset! >= part.start && node.position!.start.offset! < end);
    assert.deepEqual(tree.children, expected, JSON.stringify(text.slice(part.start, end)));
  });
  return taken;
}

test(`generated documents near what it models (fast-check): micromark's tree whenever it gives one, ≥ ${RUNS} documents`, (t) => {
  let taken = 0;
  const details = fc.check(
    fc.property(plainMarkdownDocument, (doc) => {
      if (agrees(doc)) taken++;
    }),
    { numRuns: RUNS, seed: 20261202 },
  );
  if (details.failed) assert.fail(fc.defaultReportMessage(details));
  t.diagnostic(`${RUNS} documents, ${taken} parsed by the fast parser`);
  // The generator is meant to exercise it: a fair share must not fall back.
  assert.ok(taken > RUNS / 10, `only ${taken} documents took the fast path`);
});

test('the shared Markdown generator (fast-check): every construct it does not model is declined, never misparsed', (t) => {
  const runs = Math.round(RUNS / 2);
  let taken = 0;
  const details = fc.check(
    fc.property(markdownDocument, ({ text }) => {
      if (agrees(text)) taken++;
    }),
    { numRuns: runs, seed: 20261203 },
  );
  if (details.failed) assert.fail(fc.defaultReportMessage(details));
  t.diagnostic(`${runs} documents, ${taken} parsed by the fast parser`);
});

test('kb-sample and a generated knowledge base: each part it takes parses as micromark parses it, and it takes most of them', (t) => {
  const sample = (dir: string): string[] =>
    readdirSync(dir, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.md'))
      .map((f) => readFileSync(join(dir, f), 'utf8'));
  const texts = [...sample(join(__dirname, '..', '..', 'kb-sample')), ...generateKb({ count: 400, seed: 7 }).filter((f) => f.path.endsWith('.md')).map((f) => f.text)].map(body);
  let taken = 0;
  let total = 0;
  for (const text of texts) {
    taken += partsAgree(text);
    total += text.length;
  }
  t.diagnostic(`${texts.length} documents: ${((taken / total) * 100).toFixed(1)}% of their characters parsed by the fast parser`);
  assert.ok(taken / total > 0.6, `the fast parser took only ${((taken / total) * 100).toFixed(1)}% of the characters`);
});

test('micromark quirks it reproduces or declines', () => {
  const cases: [string, boolean][] = [
    // After a pair, the runs inside are paired again with what is left of them: the `**` pairs with
    // three of the four `*` only once one of them went to the emphasis around `[`.
    ['_a**Мы.****[*\nМы__ \n.', true],
    ['a**b.****[', true],
    // A code span that finds no end past a line ending: the text node ends after the next line's
    // container prefix in a list item (declined), after the line ending elsewhere.
    ['- `a\n  _b_', false],
    ['`a\n  _b_', true],
    // Each cell's content is a chunk of its own: no `|` beside a run at its edges.
    ['Мы|__](a b)_\n:-: | :-:', true],
    ['Мы|__a_\n:-: | :-:', true],
    ['*|**_*\n ---  |  --- \n\nМы', true],
    // A list item comes before a delimiter row; a table with no body ends with its delimiter row.
    ['*|*\n- | -', false],
    ['| Мы |\n|-|\n\n*|\n-x', true],
    // A task check, also with a line ending for its space.
    ['- [ ] a', false],
    ['- [\n  ] (u)', false],
    // Ordered items interrupt nothing unless they start at 1; siblings and lazy lines.
    ['1. a\n2. b\nlazy\n   more\n\n\n3. c\n\n# H', true],
    ['a\n2. b', true],
    ['007) x\n8) y\nz', true],
    // Character references: `&` before a letter, digit or `#` is declined; otherwise text.
    ['Billing & plan', true],
    ['a &amp; b', false],
    ['[a](u?x=1&amp;y=2)', false],
    // A definition, whatever its label holds, is micromark's.
    ['[`\n]:Мы\nМы', false],
    ['[a]: /u\n\n[a]', false],
    // Fences: closed in the part, with an info string; a backtick in a backtick fence's info makes it text.
    ['p\n```js x \n  a\n\n```  \nafter', true],
    [' ~~~\n   a\n  ~~~~', true],
    ['```a`b\nx\n```', false],
    ['```\nnever closed', false],
    // Found by a review's generators: a destination ends at its cell's `|`; in a list item, a full
    // reference tried over a line ending (as a failed code span) moves the end of the text before;
    // micromark drops a byte order mark at the start.
    ['[a](u|b)\n-|-', false],
    ['| [a](u) | b |\n|-|-|', true],
    ['- [a][b\n  `c`', false],
    ['- [][b  \n  c', false],
    ['- [a][b] x\n  c', true],
    ['[a][b\n`c`', true],
    ['\uFEFF# a', false],
    // Email addresses: taken whole by the literal tokenizer (a trailing dot stays text), or declined.
    ['write to support@skladno.ru.', true],
    ['*a@b.cd* x', true],
    ['| a@b.cd |\n|-|', true],
    ['a_b@x.com', false],
    ['x a@b.c_', false],
    ['[a@b.cd](u)', false],
    ['[x](u) a@b.cd', true],
    ['[x] a@b.cd', true],
    ['[x a@b.cd', false],
    ['[[a](u)](v) x@y.zz', true],
    ['[a [b](u) c@d.ef', false],
  ];
  for (const [text, fast] of cases) assert.equal(agrees(text), fast, JSON.stringify(text));
});

test('positions are in the whole text: a part in the middle gets its own line numbers and offsets', () => {
  const text = 'One\n\n## Two *x*\n\n- a\n- b\n\n| h |\n|---|\n| c |\n';
  const parts = markdownParts(text);
  assert.ok(parts.length > 2);
  assert.equal(partsAgree(text), text.length);
});
