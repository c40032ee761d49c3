import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KbLinter, loadKnowledgeBase } from '../../src/core';
import { parseTeamRules } from '../../src/core/lint/team-rules';
import { formatIssues } from './helpers/format';
import { memoryFileSystem } from './helpers/memory-fs';

const TEAM = `rules:
  - id: kb/competitors
    kind: existence
    severity: warning
    locale: ru
    message: "Не упоминайте конкурента «%s»."
    phrases: [МойСклад]
    examples:
      bad: ["Перейдите с МойСклад к нам."]
      good: ["Перейдите к нам."]
`;

test('a valid team rule loads and runs its examples', () => {
  const { rules, issues } = parseTeamRules(TEAM, { allowPatterns: true });
  assert.deepEqual(issues, []);
  assert.deepEqual(rules.map((r) => r.spec.id), ['kb/competitors']);
});

test('schema problems in a rule file point into the file; good rules still load', () => {
  const text = `rules:
  - id: kb/ok
    kind: existence
    severity: info
    message: ok
    phrases: [тест]
  - id: Bad Id
    kind: existance
    severity: loud
    message: x
  - id: kb/no-message
    kind: existence
    severity: info
    phrase: [x]
`;
  const { rules, issues } = parseTeamRules(text, { allowPatterns: true });
  assert.deepEqual(rules.map((r) => r.spec.id), ['kb/ok']);
  assert.deepEqual(formatIssues(issues), [
    '7:9-7:15 error "Bad Id" is not a valid id: team rule ids start with "kb/" and are kebab-case, e.g. kb/competitor-names. (kb/invalid-value)',
    '8:11-8:20 error Unknown rule kind "existance". Did you mean "existence"? Expected one of: existence, substitution, occurrence, metric, requires, capitalization. (kb/invalid-value)',
    '11:5-14:16 error Missing required "message". (kb/missing-field)',
    '14:5-14:11 error Unknown rule key "phrase". Did you mean "phrases"? (kb/unknown-key)',
  ]);
});

test('a regex that can backtrack catastrophically is rejected, with its position', () => {
  const text = 'rules:\n  - id: kb/redos\n    kind: existence\n    severity: info\n    message: x\n    patterns: ["(a+)+$", "в\\\\s+ближайшее"]\n';
  const { rules, issues } = parseTeamRules(text, { allowPatterns: true });
  assert.deepEqual(rules, []);
  assert.equal(issues.length, 1);
  assert.equal(issues[0].ruleId, 'kb/unsafe-regex');
  assert.match(issues[0].message, /^Pattern \/\(a\+\)\+\$\/ could backtrack catastrophically/);
  assert.deepEqual([issues[0].range.start.line, issues[0].range.start.character], [5, 15]);
});

test('an invalid regex is an error on the pattern, not a crash', () => {
  const text = 'rules:\n  - id: kb/bad\n    kind: existence\n    severity: info\n    message: x\n    patterns: ["([a-"]\n';
  const { issues } = parseTeamRules(text, { allowPatterns: true });
  assert.equal(issues[0].ruleId, 'kb/unsafe-regex');
  assert.match(issues[0].message, /is not a valid regular expression/);
});

test('in an untrusted workspace regex rules stay off, phrase rules still run', () => {
  const text = `${TEAM}  - id: kb/regex\n    kind: existence\n    severity: info\n    message: x\n    patterns: ["foo\\\\d+"]\n`;
  const { rules, issues } = parseTeamRules(text, { allowPatterns: false });
  assert.deepEqual(rules.map((r) => r.spec.id), ['kb/competitors']);
  assert.deepEqual(issues.map((i) => i.ruleId), ['kb/untrusted-regex']);
});

test('a rule whose own example fails is reported on that example', () => {
  const text = TEAM.replace('good: ["Перейдите к нам."]', 'good: ["Мы лучше, чем МойСклад."]');
  const { issues } = parseTeamRules(text, { allowPatterns: true });
  assert.deepEqual(formatIssues(issues).map((l) => l.split(' warning ')[0]), ['10:14-10:39']);
  assert.match(issues[0].message, /flags its good example 1/);
});

test('the KB linter: config settings, overrides, team rules, unknown ids with "did you mean"', async () => {
  const fs = memoryFileSystem({
    '/kb/.support-kb.yml': 'rules:\n  kb/competitors: error\n  ru/kantselyarti: off\noverrides:\n  - files: ["drafts/**"]\n    rules:\n      kb/competitors: off\ncustomRules: [rules/team.yml, rules/missing.yml]\n',
    '/kb/rules/team.yml': TEAM,
    '/kb/a.md': '---\ntitle: A\nlocale: ru\n---\nПереходите с МойСклад.\n',
    '/kb/drafts/b.md': '---\ntitle: B\nlocale: ru\n---\nПереходите с МойСклад.\n',
  });
  const kb = await loadKnowledgeBase(fs, '/kb', true);
  const linter = await KbLinter.create(fs, kb, { allowPatterns: true });
  assert.deepEqual(linter.lint(kb.document('/kb/a.md')!).filter((i) => i.ruleId === 'kb/competitors').map((i) => i.severity), ['error']);
  assert.deepEqual(linter.lint(kb.document('/kb/drafts/b.md')!).filter((i) => i.ruleId === 'kb/competitors'), []);
  assert.deepEqual(formatIssues(linter.setupIssues.get('/kb/.support-kb.yml') ?? []), [
    '3:3-3:18 warning No rule has the id "ru/kantselyarti". Did you mean "ru/kantselyarit"? (kb/unknown-rule)',
    '8:31-8:48 error Rule file "rules/missing.yml" not found (paths are relative to the KB root). (kb/invalid-value)',
  ]);
});

const rule = (id: string, body: string) => `  - id: kb/${id}\n    severity: warning\n    message: "%s → %r"\n${body}`;

test('a file that is not a rule file is refused without quoting its keys', () => {
  const { rules, issues } = parseTeamRules('SECRET-KEY: 1\nroot:x:0:0:/root: 2\n', { allowPatterns: true });
  assert.deepEqual(rules, []);
  assert.deepEqual(formatIssues(issues), ['1:1-1:1 error This is not a rule file: a rule file is a mapping with a "rules:" list. (kb/invalid-value)']);
});

test('substitutions that fix-all could never finish, or that break lines, are refused at load (issue 16)', () => {
  const text = `rules:
${rule('grows', '    kind: substitution\n    swap: { "кабинет": "личный кабинет" }\n')}
${rule('flips', '    kind: substitution\n    swap: { "настройки": "параметры", "параметры": "настройки" }\n')}
${rule('breaks', '    kind: substitution\n    swap: { "тариф": "тариф\\n---\\ntitle: x\\n---" }\n')}
${rule('list', '    kind: substitution\n    swap: { "оплатить": ["внести оплату", 5] }\n')}
${rule('fine', '    kind: substitution\n    swap: { "=Личный =кабинет": "Настройки" }\n')}
`;
  const { rules, issues } = parseTeamRules(text, { allowPatterns: true });
  assert.deepEqual(rules.map((r) => r.spec.id), ['kb/fine']);
  assert.deepEqual(
    issues.map((i) => `${i.range.start.line + 1} ${i.message}`),
    [
      '6 Rule kb/grows: the replacement "личный кабинет" is flagged by the rule itself, so every "fix all" would change it again (it would grow, or swap back and forth). Replace with text the rule leaves alone.',
      '12 Rule kb/flips: the replacement "параметры" is flagged by the rule itself, so every "fix all" would change it again (it would grow, or swap back and forth). Replace with text the rule leaves alone.',
      '12 Rule kb/flips: the replacement "настройки" is flagged by the rule itself, so every "fix all" would change it again (it would grow, or swap back and forth). Replace with text the rule leaves alone.',
      '18 Rule kb/breaks: the replacement for "тариф" has a line break; a quick fix replaces words within a line.',
      '24 Rule kb/list: the replacement for "оплатить" must be text or a list of texts.',
    ],
  );
});

test('phrase words of only "*" or "=" are refused: they made lint hang on runs of spaces (issue 16)', () => {
  for (const phrase of ['* * x', '=', 'a = b', '*']) {
    const text = `rules:\n${rule('stars', `    kind: existence\n    phrases: [${JSON.stringify(phrase)}]\n`)}`;
    const { rules, issues } = parseTeamRules(text, { allowPatterns: false });
    assert.deepEqual(rules, [], phrase);
    assert.match(issues[0]?.message ?? '', /is not a word: "=" and "\*" need letters/, phrase);
  }
});

test('patterns are checked as they run: case ignored, ё folded; a case-sensitive rule is checked as such', () => {
  const text = `rules:
${rule('kelvin', '    kind: existence\n    patterns: ["(?:k|\\u212a)+b"]\n')}
${rule('exact', '    kind: existence\n    caseSensitive: true\n    patterns: ["(?:k|\\u212a)+b"]\n')}
${rule('yo', '    kind: existence\n    caseSensitive: true\n    patterns: ["(?:ё+е+)+ж"]\n')}
`;
  const { rules, issues } = parseTeamRules(text, { allowPatterns: true });
  assert.deepEqual(rules.map((r) => r.spec.id), ['kb/exact']);
  assert.deepEqual(issues.map((i) => [i.ruleId, i.range.start.line + 1]), [
    ['kb/unsafe-regex', 6],
    ['kb/unsafe-regex', 20],
  ]);
});
