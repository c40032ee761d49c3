/**
 * The email's HTML written straight from the tree (src/core/render/channels/email-html.ts,
 * `emailHtml`) against what it stands for: hast-util-to-html of the styled copy. Checked on
 * kb-sample, on generated KB documents (variables present and missing, raw HTML, unsafe values),
 * on generated Markdown, and on nodes it hands to the library.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { emailHtml, styledWrapper } from '../../src/core/render/channels/email-html';
import { prepareDocument } from '../../src/core/render/prepare';
import { bodyDoc, kbDoc } from './helpers/render';
import { kbDocumentText } from './helpers/render-arbitrary';
import { markdownDocument } from './helpers/markdown-arbitrary';
import { plainMarkdownDocument } from './helpers/plain-markdown-arbitrary';

const same = (tree: Root, label: string) => assert.equal(emailHtml(tree), toHtml(styledWrapper(tree)), label);

test('kb-sample and generated documents: the HTML hast-util-to-html makes of the styled copy', (t) => {
  const dir = join(__dirname, '..', '..', 'kb-sample');
  const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.md') && !f.startsWith('drafts/broken'));
  for (const file of files) same(prepareDocument(kbDoc(readFileSync(join(dir, file), 'utf8'), file)).hast, file);
  const runs = Number(process.env.EMAIL_HTML_RUNS ?? 1500);
  const details = fc.check(
    fc.property(fc.oneof(kbDocumentText, markdownDocument.map((d) => `---\ntitle: T\n---\n${d.text}`), plainMarkdownDocument.map((d) => `---\ntitle: T\n---\n${d}`)), (text) => {
      same(prepareDocument(kbDoc(text)).hast, text);
    }),
    { numRuns: runs, seed: 20261206 },
  );
  if (details.failed) assert.fail(fc.defaultReportMessage(details));
  t.diagnostic(`${files.length} kb-sample files, ${runs} generated documents`);
});

test('values that need references, void elements, and nodes left to hast-util-to-html', () => {
  same(prepareDocument(bodyDoc('A < b & "c" \'d\' `e`\n\n[x](https://x.ru/?a=1&b="2") ![i "q"](https://x.ru/i.png \'t\')\n\n---\n\n1. a\n\n   b\n\n- [x] done')).hast, 'escapes');
  same(
    {
      type: 'root',
      children: [
        { type: 'element', tagName: 'style', properties: {}, children: [{ type: 'text', value: 'a > b & c' }] },
        { type: 'element', tagName: 'svg', properties: { viewBox: '0 0 1 1' }, children: [{ type: 'element', tagName: 'path', properties: { d: 'M0' }, children: [] }] },
        { type: 'element', tagName: 'br', properties: {}, children: [{ type: 'text', value: 'inside a void' }] },
        { type: 'element', tagName: 'p', properties: { id: 'x', style: 'color:red' }, children: [{ type: 'text', value: 'x < y & z' }] },
        { type: 'element', tagName: 'td', properties: { align: 'center', style: 'old' }, children: [] },
        { type: 'element', tagName: 'input', properties: { type: 'checkbox', checked: false, disabled: true }, children: [] },
        { type: 'element', tagName: 'ol', properties: { start: 3, className: ['a', 'b'] }, children: [] },
        { type: 'comment', value: ' c ' },
      ],
    },
    'library nodes',
  );
});
