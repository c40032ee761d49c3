/**
 * The renderers' mdast → hast (src/core/render/to-hast.ts) against mdast-util-to-hast: the same
 * tree, positions included, with and without raw HTML allowed, on generated documents of every
 * construct (what it hands to the library included) and on the kb-sample corpus.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { toHast } from 'mdast-util-to-hast';
import { parseMarkdown } from '../../src/core/render/parse-markdown';
import { markdownToHast } from '../../src/core/render/to-hast';
import { markdownDocument } from './helpers/markdown-arbitrary';
import { plainMarkdownDocument } from './helpers/plain-markdown-arbitrary';

function same(markdown: string): void {
  for (const allowDangerousHtml of [false, true]) {
    // Each side gets its own tree: mdast-util-to-hast's handlers may keep references into it.
    assert.deepEqual(markdownToHast(parseMarkdown(markdown), { allowDangerousHtml }), toHast(parseMarkdown(markdown), { allowDangerousHtml }), JSON.stringify(markdown));
  }
}

test('generated documents (fast-check): the same hast as mdast-util-to-hast', (t) => {
  const runs = Number(process.env.TO_HAST_RUNS ?? 3000);
  const details = fc.check(
    fc.property(fc.oneof(markdownDocument.map((d) => d.text), plainMarkdownDocument), (doc) => same(doc)),
    { numRuns: runs, seed: 20261205 },
  );
  if (details.failed) assert.fail(fc.defaultReportMessage(details));
  t.diagnostic(`${runs} documents`);
});

test('kb-sample, and the cases where mdast-util-to-hast must do it all', () => {
  const dir = join(__dirname, '..', '..', 'kb-sample');
  for (const file of readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.md'))) same(readFileSync(join(dir, file), 'utf8'));
  for (const markdown of ['a[^1]\n\n[^1]: note', '[a][b]\n\n[b]: /u', '![i][x]\n\n[x]: /i.png', '- [x] done\n- [ ] not\n\n1. a\n\n   b', 'a  \n  b\\\nc', '> *q*\n\n```js\nx\n```\n\n---\n\n<b>x</b>', '| a | b |\n|:-|-:|\n| c |\n| d | e | f |']) {
    same(markdown);
  }
});
