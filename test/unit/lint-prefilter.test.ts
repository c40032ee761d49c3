import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { builtinRules, lintDocument, parseDocument } from '../../src/core';
import { setLiteralPrefilter } from '../../src/core/lint/matcher';
import { literalOfPattern } from '../../src/core/lint/triggers';
import { generateKb } from '../../bench/generate-kb';
import { formatIssues } from './helpers/format';

test('required literals are extracted only where they are provable', () => {
  assert.deepEqual(literalOfPattern(String.raw`(?<!\p{L})в\s+ближайшее\s+время(?!\p{L})`), ['ближайшее'], 'the longest required run');
  assert.deepEqual(literalOfPattern(String.raw`(?<!\p{L})вы\s+должны(?!\p{L})`), ['должны']);
  assert.deepEqual(literalOfPattern(String.raw`(?<!\p{L})(?!осуществить\s+оплату)осуществ[а-яё]+`), ['осуществ'], 'look-arounds say nothing');
  assert.equal(literalOfPattern(String.raw`(?<name>abc)d`), undefined, 'named groups are not trusted');
  assert.deepEqual(literalOfPattern(String.raw`(?<!\p{L})(?:сегодня|завтра|послезавтра)(?!\p{L})`), ['сегодня', 'завтра', 'послезавтра']);
  assert.deepEqual(literalOfPattern(String.raw`(?<!\p{L})как\s+правило|по\s+сути`), ['правило', 'сути'], 'one literal per top-level alternative');
  assert.deepEqual(literalOfPattern(String.raw`colou?r`), ['colo']);
  assert.deepEqual(literalOfPattern(String.raw`ask(?:ed)?\s+to`), ['ask']);
  assert.deepEqual(literalOfPattern(String.raw`!!+`), ['!!']);
  assert.equal(literalOfPattern(String.raw`(?:a|bc)d`), undefined, 'an alternative of one letter proves nothing');
  assert.equal(literalOfPattern(String.raw`\d{1,2}:\d{2}`), undefined);
  assert.equal(literalOfPattern(String.raw`(?:до|к)?\s*\d+`), undefined, 'an optional group proves nothing');
  assert.deepEqual(literalOfPattern(String.raw`[её]лка`), ['елка', 'ёлка'], 'a small class forks the literal');
  assert.deepEqual(literalOfPattern(String.raw`(?:бро|ч[её])`), ['бро', 'че', 'чё']);
  assert.deepEqual(literalOfPattern(String.raw`[Aa][Bb]c`), ['abc'], 'case pairs fold to one literal');
  assert.equal(literalOfPattern(String.raw`x[a-c]y`), undefined, 'a range is not a small class');
  assert.equal(literalOfPattern(String.raw`x[^a]y`), undefined, 'nor is a negated class');
  assert.equal(literalOfPattern(String.raw`x[\sa]`), undefined, 'nor a class with \s');
  assert.deepEqual(literalOfPattern(String.raw`\){2,}`), ['))'], 'a repeated character counts its required copies');
  assert.deepEqual(literalOfPattern(String.raw`a[😀b]c`), undefined, 'classes with astral characters are left alone');
});

test('the literal prefilter changes no finding (kb-sample and 1,500 generated documents)', () => {
  const rules = builtinRules().map((rule) => ({ rule, severity: rule.spec.severity }));
  const root = resolve(__dirname, '../../kb-sample');
  const files: { path: string; text: string }[] = [];
  for (const dir of ['faq/ru', 'faq/en', 'macros/ru', 'macros/en', 'snippets', 'drafts']) {
    for (const name of readdirSync(join(root, dir))) if (name.endsWith('.md')) files.push({ path: `${dir}/${name}`, text: readFileSync(join(root, dir, name), 'utf8') });
  }
  files.push(...generateKb({ count: 1500, seed: 7 }).filter((f) => f.path.endsWith('.md')));
  const lintAll = () =>
    files.flatMap((f) => {
      const doc = parseDocument({ path: `/kb/${f.path}`, relativePath: f.path, text: f.text, requireFrontMatter: true });
      return formatIssues(lintDocument(doc, rules)).map((line) => `${f.path} ${line}`);
    });
  const filtered = lintAll();
  setLiteralPrefilter(false);
  try {
    assert.deepEqual(filtered, lintAll());
  } finally {
    setLiteralPrefilter(true);
  }
  assert.ok(filtered.length > 100, `the corpus has findings to compare (${filtered.length})`);
});
