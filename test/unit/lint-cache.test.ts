import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { builtinRules, DocumentLinter, lintDocument, parseDocument } from '../../src/core';
import { BlockCache } from '../../src/core/lint/block-cache';
import { formatIssues } from './helpers/format';

const rules = builtinRules().map((rule) => ({ rule, severity: rule.spec.severity }));
const linter = new DocumentLinter();
const lint = (text: string, cache?: BlockCache) =>
  formatIssues(linter.lint(parseDocument({ path: '/a.md', relativePath: 'a.md', text, requireFrontMatter: true }), rules, cache));

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

test('a rule that throws is reported once per document, with or without the cache, and its findings are not cached', () => {
  let fail = true;
  const flaky = {
    spec: { id: 'kb/flaky', kind: 'existence', severity: 'warning', message: 'm', phrases: ['x'] } as const,
    check(ctx: { blocks: readonly { start: number }[] }, report: (f: { start: number; end: number; message: string }) => void) {
      if (fail) throw new Error('boom');
      for (const b of ctx.blocks) report({ start: b.start, end: b.start + 1, message: 'seen' });
    },
  };
  const active = [{ rule: flaky as never, severity: 'warning' as const }];
  const text = '---\ntitle: A\n---\nOne.\n\nTwo.\n';
  const doc = parseDocument({ path: '/a.md', relativePath: 'a.md', text, requireFrontMatter: true });
  const cache = new BlockCache();
  for (const c of [undefined, cache]) {
    const issues = lintDocument(doc, active, c);
    assert.deepEqual(issues.map((i) => [i.ruleId, i.severity, i.message]), [['kb/flaky', 'error', 'Rule kb/flaky failed: boom']]);
  }
  fail = false;
  assert.deepEqual(lintDocument(doc, active, cache).map((i) => `${i.range.start.line}:${i.message}`), ['3:seen', '5:seen']);
});
