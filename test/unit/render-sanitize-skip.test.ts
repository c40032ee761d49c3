/**
 * sanitizeTree hands back a tree made of what Markdown without raw HTML gives (src/core/render/
 * sanitize.ts, `keptAsIs`) without running hast-util-sanitize over it. That is only right if the
 * sanitiser would have returned the same tree: checked here on generated documents, raw HTML and
 * unsafe links included, against hast-util-sanitize with the same schema.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { raw } from 'hast-util-raw';
import { sanitize } from 'hast-util-sanitize';
import type { Root } from 'hast';
import { toHast } from 'mdast-util-to-hast';
import { parseMarkdown } from '../../src/core/render/parse-markdown';
import { SCHEMA, sanitizeTree } from '../../src/core/render/sanitize';
import { RenderSource } from '../../src/core/render/source';
import { bodyDoc } from './helpers/render';
import { markdownDocument } from './helpers/markdown-arbitrary';
import { plainMarkdownDocument } from './helpers/plain-markdown-arbitrary';

const source = new RenderSource(bodyDoc('x'));

function hastOf(markdown: string): Root {
  const tree = toHast(parseMarkdown(markdown), { allowDangerousHtml: true }) as Root;
  return raw(tree) as Root;
}

/** The result of sanitizeTree against the sanitiser's own; whether sanitizeTree skipped it. */
function same(markdown: string): boolean {
  const tree = hastOf(markdown);
  const expected = sanitize(structuredClone(tree), SCHEMA);
  const result = sanitizeTree(tree, source);
  assert.deepEqual(result.tree, expected, JSON.stringify(markdown));
  return result.tree === tree;
}

test('generated documents (fast-check): the same tree as hast-util-sanitize, skipped or not', (t) => {
  const runs = Number(process.env.SANITIZE_SKIP_RUNS ?? 3000);
  let skipped = 0;
  const unsafe = fc.constantFrom('', '', '[x](javascript:alert(1))', '[x](JAVASCRIPT:a)', '![i](data:x)', '[x](mailto:a@b.c)', '[x](tel:+1)', '[x](/a:b)', '[x](a?b:c)', '[^1]\n\n[^1]: n', '- [x] done', '<b onclick="x">b</b>', '```js\nx\n```');
  const details = fc.check(
    fc.property(fc.oneof(markdownDocument.map((d) => d.text), plainMarkdownDocument), unsafe, (doc, extra) => {
      if (same(`${doc}\n\n${extra}`)) skipped++;
    }),
    { numRuns: runs, seed: 20261204 },
  );
  if (details.failed) assert.fail(fc.defaultReportMessage(details));
  t.diagnostic(`${runs} documents, ${skipped} kept as they were`);
  assert.ok(skipped > runs / 5, `only ${skipped} documents skipped the sanitiser`);
});

test('what is never kept as it is', () => {
  for (const markdown of ['[x](javascript:alert(1))', '![i](data:image/png;base64,x)', 'a[^1]\n\n[^1]: n', '<span style="x">a</span>', '<div id="a">b</div>']) {
    assert.equal(same(markdown), false, markdown);
  }
  for (const markdown of ['# A *b*\n\n- [link](https://x.ru) `c`\n\n| a |\n|:-:|\n| b |', '1. x\n2. y', '- [x] task', '```js\ncode\n```', '![i](https://x.ru/i.png "t")']) {
    assert.equal(same(markdown), true, markdown);
  }
});
