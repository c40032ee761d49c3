/**
 * The renderers' parser loads a GFM extension only when the text has its trigger
 * and parses long texts in parts (src/core/render/parse-markdown.ts,
 * markdown-parts.ts). Neither may ever change the tree: here against one parse
 * of the whole with full GFM (what remark-gfm runs), positions included.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { markdownParts, openUntil } from '../../src/core/render/markdown-parts';
import { gfmPartsFor, parseMarkdown } from '../../src/core/render/parse-markdown';
import { MarkdownPartCache } from '../../src/core/render/part-cache';
import { markdownDocument } from './helpers/markdown-arbitrary';
import { fuzz } from './helpers/fuzz';

const full = (text: string) => fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

const types = (text: string): Set<string> => {
  const found = new Set<string>();
  const walk = (node: { type: string; children?: unknown[] }) => {
    found.add(node.type);
    for (const child of node.children ?? []) walk(child as { type: string; children?: unknown[] });
  };
  walk(full(text));
  return found;
};

test('each GFM construct is still found at the edge of its trigger', () => {
  const cases: [string, string][] = [
    ['a | b\n--|--\nc | d', 'table'],
    ['| a |\n| - |', 'table'],
    ['a\n:--', 'table'],
    ['a\n--:', 'table'],
    ['Go to WWW.EXAMPLE.COM now', 'link'],
    ['Write to help@skladno.ru', 'link'],
    ['mailto:help@skladno.ru', 'link'],
    ['See https://skladno.ru/help', 'link'],
    ['Text[^1]\n\n[^1]: Note', 'footnoteReference'],
    ['~~gone~~ and ~one~', 'delete'],
    ['- [x] done\n- [ ] not yet', 'listItem'],
    ['- [X] done', 'listItem'],
    ['- [\t] tab', 'listItem'],
    ['- [\n] line', 'listItem'],
    ['- [\r\n] line', 'listItem'],
    ['- [\r] line', 'listItem'],
    // The task extension tries a check after a `[` that ends a line; failing over the line ending,
    // it moves the end of the text before in a list item.
    ['- [\n  `a`', 'listItem'],
    ['* [\n  *a*', 'emphasis'],
  ];
  for (const [text, type] of cases) {
    assert.ok(types(text).has(type), `${JSON.stringify(text)} should hold a ${type} (check the case, not the parser)`);
    assert.deepEqual(parseMarkdown(text), full(text), JSON.stringify(text));
  }
  // The dashes alone are no table: a setext heading, with or without the table extension.
  assert.ok(!types('a\n---').has('table'));
  assert.deepEqual(parseMarkdown('a\n---'), full('a\n---'));
});

/** The shared generator seldom writes `[^`: footnote calls and definitions, some inside other constructs. */
const FOOTNOTES = fc.constantFrom('', '', '', '\n\nSee this[^1].\n\n[^1]: The *note*.', ' x[^a] y', '\n\n> [^q]: quoted\n', '\n- [^1]\n\n[^1]:\n    indented', '[^]');

test('generated Markdown (fast-check): the same tree as full GFM', (t) => {
  const { numRuns: runs, seed } = fuzz(3000, 20261201);
  const left = new Map<string, number>();
  const kept = new Map<string, number>();
  const all = gfmPartsFor('| ~ [^ @ [x]');
  const details = fc.check(
    fc.property(markdownDocument, FOOTNOTES, fc.constantFrom('', '|', '~', '[^', '@', 'www.', ':-'), ({ text }, footnote, drop) => {
      // Dropping a trigger from the document makes many take the reduced path.
      const withNote = text + footnote;
      const doc = drop ? withNote.split(drop).join(' ') : withNote;
      const used = gfmPartsFor(doc);
      for (const name of all) (used.includes(name) ? kept : left).set(name, ((used.includes(name) ? kept : left).get(name) ?? 0) + 1);
      assert.deepEqual(parseMarkdown(doc), full(doc), JSON.stringify(doc));
    }),
    { numRuns: runs, seed },
  );
  if (details.failed) assert.fail(fc.defaultReportMessage(details));
  t.diagnostic(`${runs} documents; left out: ${JSON.stringify([...left])}; kept: ${JSON.stringify([...kept])}`);
  assert.equal(all.length, 5);
  // Both paths, for every construct, in a good share of the documents.
  for (const name of all) {
    assert.ok((left.get(name) ?? 0) > runs / 20, `${name} left out in too few documents`);
    assert.ok((kept.get(name) ?? 0) > runs / 20, `${name} kept in too few documents`);
  }
});

test('where a text is cut into parts', () => {
  const cuts = (text: string) => markdownParts(text).map((p) => text.slice(p.start, p.start + 4));
  // The cut inside the fence is found here; the parse joins the two parts again (openUntil).
  assert.deepEqual(cuts('# A\n\nPara\n\n```\nx\n\ny\n```\n\nEnd'), ['# A\n', 'Para', '```\n', 'y\n``', 'End']);
  // Not before what could continue a container or a list, nor without a blank line before.
  assert.deepEqual(cuts('- a\n\n- b\n\n1. c\n\n> d\n\n  e\n\n\tf\nG'), ['- a\n']);
  // Definitions and footnotes reach across the whole document.
  assert.equal(markdownParts('[a]\n\nB\n\n[a]: /u').length, 1);
  assert.equal(markdownParts('A[^1]\n\nB\n\n[^1]: n').length, 1);
  // \r\n and a lone \r end lines too; the line count goes with the offset.
  assert.deepEqual(markdownParts('a\r\n\r\nb\r\rc'), [
    { start: 0, lineOffset: 0 },
    { start: 5, lineOffset: 2 },
    { start: 8, lineOffset: 4 },
  ]);
});

test('a part that ends inside a fence or an HTML block of kinds 1-5 is joined with the next', () => {
  const open = (text: string) => openUntil(full(text), text, 0, text.length) !== undefined;
  for (const text of ['```\nx\n\n', '~~~~\n~~~\n\n', '<!--\n\n', '<!-->\n\n', '<script>\n\n', '<?\n\n', '<!X\n\n', '<![CDATA[\n\n', '- a\n\n  ```\n\n', '> ```\n> x\n> ```\n\n']) {
    assert.ok(open(text), JSON.stringify(text));
  }
  for (const text of ['```\nx\n```\n\n', '<!-- a -->\n\n', '<div>\n\n', '    code\n\n', 'Para\n\n', '- a\n\n  ```\n  b\n  ```\n\n', '<pre>\n</pre>\n\n']) {
    assert.ok(!open(text), JSON.stringify(text));
  }
});

test('how far a part left open must reach: past the line that closes a top-level block, into the next part for a nested one', () => {
  const until = (text: string, end: number) => openUntil(full(text.slice(0, end)), text, 0, end);
  const fence = '```\n\nx\n\n```\n\nAfter';
  assert.equal(until(fence, 5), fence.indexOf('```', 3) + 4);
  assert.equal(until('~~~~\n\n~~~\n\n~~~~~ \r\nAfter', 6), '~~~~\n\n~~~\n\n~~~~~ \r\n'.length);
  assert.equal(until('```\n\nnever closed\n\nB', 5), '```\n\nnever closed\n\nB'.length);
  assert.equal(until('```\n\nx\n```', 5), '```\n\nx\n```'.length);
  const comment = '<!--\n\nx\n-->\n\nAfter';
  assert.equal(until(comment, 6), comment.indexOf('-->') + 4);
  assert.equal(until('<script>\n\n</style>\n\nB', 10), '<script>\n\n</style>\n'.length);
  const nested = '- a\n\n  ```\n\nb';
  assert.equal(until(nested, nested.indexOf('b')), nested.indexOf('b') + 1);
  assert.equal(until('Para\n\nB', 6), undefined);
});

/** Blocks that blank lines do not end, or that end differently at the end of a part, put between generated blocks. */
const ACROSS_BLANK_LINES = fc.constantFrom(
  '', '<!--\n\nopen comment\n\n-->', '<!--\n\nnever closed', '<script>\n\nx\n\n</script>', '<?\n\n?>', '<!X\n\n>', '<![CDATA[\n\n]]>',
  '```\n\nfenced\n\n```', '~~~~\n\n~~~\n\nstill\n\n~~~~', '```\n\nunclosed', '- a\n\n  ```\n\n  b\n\n  ```', '> ```\n>\n> x',
  '1. a\n\n   ```\n   b\n\n', '<div>\n\nx\n\n</div>', '    indented\n\n    code', 'para\n\n\n\npara', '* a\n\n* b\n\n\nc', '-\n\n  x\n\ny', '<pre>\n\n</pre>',
);

test('generated Markdown cut into parts (fast-check): the same tree as one parse', (t) => {
  const { numRuns: runs, seed } = fuzz(2000, 20261202);
  let cut = 0;
  let joined = 0;
  const details = fc.check(
    fc.property(markdownDocument, fc.array(fc.tuple(ACROSS_BLANK_LINES, fc.nat(8)), { maxLength: 3 }), ({ text }, inserts) => {
      let doc = text;
      for (const [block, at] of inserts) {
        const blocks = doc.split('\n\n');
        blocks.splice(at % (blocks.length + 1), 0, block);
        doc = blocks.join('\n\n');
      }
      const parts = markdownParts(doc);
      if (parts.length > 1) cut++;
      if (parts.some((p, i) => i + 1 < parts.length && openUntil(full(doc.slice(p.start, parts[i + 1].start)), doc, p.start, parts[i + 1].start) !== undefined)) joined++;
      assert.deepEqual(parseMarkdown(doc), full(doc), JSON.stringify(doc));
    }),
    { numRuns: runs, seed },
  );
  if (details.failed) assert.fail(fc.defaultReportMessage(details));
  t.diagnostic(`${runs} documents; cut into parts: ${cut}; with a part joined to the next: ${joined}`);
  assert.ok(cut > runs / 2, 'too few documents were cut');
  assert.ok(joined > runs / 20, 'too few documents had a part left open');
});

test('with a part cache: the same trees as without, edit after edit, and none shared (fast-check)', (t) => {
  const { numRuns: runs, seed } = fuzz(500, 20261203);
  const cache = new MarkdownPartCache(5_000_000);
  let hits = 0;
  const details = fc.check(
    fc.property(markdownDocument, fc.array(fc.tuple(fc.nat(), fc.constantFrom('x', '\n\n', '```', '- ', '|', '<!--', '')), { minLength: 1, maxLength: 4 }), ({ text }, edits) => {
      // The document as it is typed: each edit inserts at a place, the next version builds on it.
      let version = text;
      for (const [at, insert] of [[0, ''] as const, ...edits]) {
        const i = at % (version.length + 1);
        version = version.slice(0, i) + insert + version.slice(i);
        const before = cache.chars;
        const tree = parseMarkdown(version, cache);
        if (cache.chars === before) hits++;
        assert.deepEqual(tree, full(version), JSON.stringify(version));
        // What the caller does to its tree (link addresses, positions) must not reach the cache.
        const first = tree.children[0];
        if (first?.position) first.position.start.line += 1000;
        tree.children.push({ type: 'thematicBreak' });
        assert.deepEqual(parseMarkdown(version, cache), full(version), JSON.stringify(version));
      }
    }),
    { numRuns: runs, seed },
  );
  if (details.failed) assert.fail(fc.defaultReportMessage(details));
  t.diagnostic(`${runs} documents edited; parses answered wholly from the cache: ${hits}; cache holds ${cache.chars} characters`);
  assert.ok(hits > runs / 4, 'too few parses came from the cache');
  assert.ok(cache.chars <= 5_000_000);
});

test('the part cache drops the least recently used texts beyond its size', () => {
  const cache = new MarkdownPartCache(10);
  const tree = full('a');
  cache.set('aaaa', tree);
  cache.set('bbbb', tree);
  assert.ok(cache.get('aaaa'));
  cache.set('cccc', tree); // 12 characters: the least recently used, bbbb, goes
  assert.equal(cache.get('bbbb'), undefined);
  assert.ok(cache.get('aaaa') && cache.get('cccc'));
  assert.equal(cache.chars, 8);
  cache.set('x'.repeat(11), tree); // larger than the whole cache: not kept
  assert.equal(cache.chars, 8);
});

test('a long text (every kb-sample body, 100 KB) parsed in bounded spans gives the tree of one full parse', () => {
  const root = join(__dirname, '../../kb-sample');
  const bodies = readdirSync(root, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => readFileSync(join(root, f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
  let text = '';
  for (let i = 0; text.length < 100_000; i++) text += `${bodies[i % bodies.length]}\n\n`;
  assert.ok(markdownParts(text).length > 100, 'the text is cut into many parts');
  assert.deepEqual(parseMarkdown(text), full(text));
  assert.deepEqual(parseMarkdown(text, new MarkdownPartCache()), full(text));
});
