import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { builtinRules, DocumentLinter, parseDocument } from '../../src/core';
import { literalGroupsOfPattern } from '../../src/core/lint/triggers';
import { generateKb } from '../../bench/generate-kb';
import { formatIssues } from './helpers/format';

/** The groups as text: ‹ marks "no letter before", › "no letter after"; one string per group, literals joined by |. */
function groups(pattern: string): string[] | undefined {
  return literalGroupsOfPattern(pattern)?.map((g) => g.map((l) => `${l.start ? '‹' : ''}${l.text}${l.end ? '›' : ''}`).join('|'));
}

test('required literals are extracted only where they are provable', () => {
  assert.deepEqual(groups(String.raw`(?<!\p{L})в\s+ближайшее\s+время(?!\p{L})`), ['‹ближайшее›', '‹время›'], 'every required run of two or more characters, longest first');
  assert.deepEqual(groups(String.raw`(?<!\p{L})вы\s+должны(?!\p{L})`), ['‹должны›', '‹вы›']);
  assert.deepEqual(groups(String.raw`(?<!\p{L})(?!осуществить\s+оплату)осуществ[а-яё]+`), ['‹осуществ'], 'look-aheads say nothing; the class ends the word');
  assert.equal(groups(String.raw`(?<name>abc)d`), undefined, 'named groups are not trusted');
  assert.deepEqual(groups(String.raw`(?<!\p{L})(?:сегодня|завтра|послезавтра)(?!\p{L})`), ['‹сегодня›|‹завтра›|‹послезавтра›']);
  assert.deepEqual(groups(String.raw`(?<!\p{L})как\s+правило|по\s+сути`), ['‹правило|‹сути'], 'one group across top-level alternatives: each one’s best literal');
  assert.deepEqual(groups(String.raw`colou?r`), ['colo']);
  assert.deepEqual(groups(String.raw`ask(?:ed)?\s+to`), ['ask', '‹to']);
  assert.deepEqual(groups(String.raw`!!+`), ['!!']);
  assert.equal(groups(String.raw`(?:a|bc)d`), undefined, 'an alternative of one letter proves nothing');
  assert.deepEqual(groups(String.raw`\d{1,2}:\d{2}`), ['‹:00'], '\\d is the literal 0, and never a letter');
  assert.equal(groups(String.raw`(?:до|к)?\s*\d+`), undefined, 'an optional group proves nothing');
  assert.deepEqual(groups(String.raw`[её]лка`), ['елка|ёлка'], 'a small class forks the literal');
  assert.deepEqual(groups(String.raw`(?:бро|ч[её])`), ['бро|че|чё']);
  assert.deepEqual(groups(String.raw`[Aa][Bb]c`), ['abc'], 'case pairs fold to one literal');
  assert.equal(groups(String.raw`x[a-c]y`), undefined, 'a range is not a small class');
  assert.equal(groups(String.raw`x[^a]y`), undefined, 'nor is a negated class');
  assert.equal(groups(String.raw`x[\sa]`), undefined, 'nor a class with \s');
  assert.deepEqual(groups(String.raw`\){2,}`), ['))'], 'a repeated character counts its required copies');
  assert.equal(groups(String.raw`a[😀b]c`), undefined, 'classes with astral characters are left alone');
  assert.deepEqual(groups(String.raw`a\u00a0b`), ['a\u00a0b'], 'a \\u escape is the character it names');
});

test('word edges are claimed only where the pattern proves them', () => {
  assert.deepEqual(groups(String.raw`(?<![\p{L}\p{N}_])ты(?![\p{L}\p{N}_])`), ['‹ты›'], 'look-arounds that exclude every letter');
  assert.deepEqual(groups(String.raw`(?<!\p{L})се\s+ля\s+ви(?!\p{L})`), ['‹се›', '‹ля›', '‹ви›'], '\\s between words: both edges');
  assert.deepEqual(groups(String.raw`(?<!\p{L})как,?[\s\u00a0]+уже`), ['‹как›', '‹уже'], 'an optional comma, then a space: still no letter after');
  assert.deepEqual(groups(String.raw`(?<!\p{L})как\s+(?:мы\s+)?уже`), ['‹как›', 'уже'], 'after an optional group, nothing is known');
  assert.deepEqual(groups(String.raw`(?<!\p{L})ваш(?:е|а)?\s+счёт`), ['‹счёт', '‹ваш'], 'a word that may go on has no end edge');
  assert.deepEqual(groups(String.raw`(?<!\p{L})(?:за|через)\s+час`), ['‹час', '‹за›|‹через›'], 'a group’s branches take the edges around it');
  assert.deepEqual(groups(String.raw`(?<![a-z])abc(?![a-z])`), ['abc'], 'a look-around that lets other letters through proves no edge');
  assert.deepEqual(groups(String.raw`^abc$`), ['‹abc›'], 'the text’s ends are edges');
  assert.deepEqual(groups(String.raw`x\s*abc\b`), ['abc'], 'an optional space proves nothing; \\b is not trusted');
  assert.deepEqual(groups(String.raw`(?:\d+[.,])?\d+\s*(?:мин|час)`), ['‹мин|‹час'], 'a digit, then maybe spaces: no letter before');
  assert.deepEqual(groups(String.raw`[a-z]+\s*(?:мин|час)`), ['мин|час'], 'a letter, then maybe spaces: nothing known');
});

test('the literal prefilter changes no finding (kb-sample and 1,500 generated documents)', () => {
  const rules = builtinRules().map((rule) => ({ rule, severity: rule.spec.severity }));
  const root = resolve(__dirname, '../../kb-sample');
  const files: { path: string; text: string }[] = [];
  for (const dir of ['faq/ru', 'faq/en', 'macros/ru', 'macros/en', 'snippets', 'drafts']) {
    for (const name of readdirSync(join(root, dir))) if (name.endsWith('.md')) files.push({ path: `${dir}/${name}`, text: readFileSync(join(root, dir, name), 'utf8') });
  }
  files.push(...generateKb({ count: 1500, seed: 7 }).filter((f) => f.path.endsWith('.md')));
  const lintAll = (literalPrefilter: boolean) => {
    const linter = new DocumentLinter({ literalPrefilter });
    return files.flatMap((f) => {
      const doc = parseDocument({ path: `/kb/${f.path}`, relativePath: f.path, text: f.text, requireFrontMatter: true });
      return formatIssues(linter.lint(doc, rules)).map((line) => `${f.path} ${line}`);
    });
  };
  const filtered = lintAll(true);
  assert.deepEqual(filtered, lintAll(false));
  assert.ok(filtered.length > 100, `the corpus has findings to compare (${filtered.length})`);
});
