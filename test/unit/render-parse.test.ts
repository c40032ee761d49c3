/**
 * The renderers' parser loads a GFM extension only when the text has its trigger
 * (src/core/render/parse-markdown.ts). Leaving one out must never change the
 * tree: here against full GFM (what remark-gfm runs), positions included.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { gfmPartsFor, parseMarkdown } from '../../src/core/render/parse-markdown';
import { markdownDocument } from './helpers/markdown-arbitrary';

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

test('generated Markdown (fast-check): the same tree as full GFM, ≥ 3,000 documents', (t) => {
  const runs = Number(process.env.RENDER_PARSE_RUNS ?? 3000);
  const left = new Map<string, number>();
  const kept = new Map<string, number>();
  const all = gfmPartsFor('| ~ [^ @');
  const details = fc.check(
    fc.property(markdownDocument, FOOTNOTES, fc.constantFrom('', '|', '~', '[^', '@', 'www.', ':-'), ({ text }, footnote, drop) => {
      // Dropping a trigger from the document makes many take the reduced path.
      const withNote = text + footnote;
      const doc = drop ? withNote.split(drop).join(' ') : withNote;
      const used = gfmPartsFor(doc);
      for (const name of all) (used.includes(name) ? kept : left).set(name, ((used.includes(name) ? kept : left).get(name) ?? 0) + 1);
      assert.deepEqual(parseMarkdown(doc), full(doc), JSON.stringify(doc));
    }),
    { numRuns: runs, seed: 20261201 },
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
