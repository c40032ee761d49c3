import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { builtinRules, lintDocument, parseDocument } from '../../src/core';
import { BlockCache } from '../../src/core/lint/block-cache';
import { formatIssues } from './helpers/format';

const rules = builtinRules().map((rule) => ({ rule, severity: rule.spec.severity }));
const lint = (text: string, cache?: BlockCache) =>
  formatIssues(lintDocument(parseDocument({ path: '/a.md', relativePath: 'a.md', text, requireFrontMatter: true }), rules, cache));

test('the paragraph cache gives the same findings as a full lint, through a series of edits', () => {
  const base = readFileSync(resolve(__dirname, '../../kb-sample/drafts/kantselyarit.md'), 'utf8');
  const cache = new BlockCache();
  const edits = [
    base,
    base.replace('Уважаемый клиент!', 'Уважаемый клиент!\n\nНовый абзац: ответим в ближайшее время.'),
    base.replace('в случае если', 'в случае, если'),
    base.replace('Данное письмо', 'Всё это письмо'),
    base.replace('Данное письмо', 'Все это письмо'),
    `${base}\n<!-- support-kb-disable ru/kantselyarit -->\n\nОсуществляем доставку.\n`,
    base,
  ];
  for (const text of edits) assert.deepEqual(lint(text, cache), lint(text));
});

test('the same paragraph in two places is reported at each place', () => {
  const text = '---\ntitle: A\nlocale: ru\n---\nОтветим в ближайшее время.\n\nОтветим в ближайшее время.\n';
  const cache = new BlockCache();
  const cached = lint(text, cache);
  assert.deepEqual(cached, lint(text));
  assert.deepEqual(cached.map((l) => l.split(' ')[0]), ['5:9-5:26', '7:9-7:26']);
});
