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

test('a regex that can backtrack catastrophically is rejected quickly, with its position', () => {
  const text = 'rules:\n  - id: kb/redos\n    kind: existence\n    severity: info\n    message: x\n    patterns: ["(a+)+$", "в\\\\s+ближайшее"]\n';
  const started = performance.now();
  const { rules, issues } = parseTeamRules(text, { allowPatterns: true });
  const elapsed = performance.now() - started;
  assert.deepEqual(rules, []);
  assert.equal(issues.length, 1);
  assert.equal(issues[0].ruleId, 'kb/unsafe-regex');
  assert.match(issues[0].message, /^Pattern \/\(a\+\)\+\$\/ can backtrack catastrophically/);
  assert.deepEqual([issues[0].range.start.line, issues[0].range.start.character], [5, 15]);
  console.log(`      rejected in ${elapsed.toFixed(0)} ms`);
  assert.ok(elapsed < 1000, `rejected in ${elapsed} ms, well under a second`);
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
