import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KbFileError, KnowledgeBase, loadKnowledgeBase, parseConfig, parseDocument } from '../../src/core';
import { coveredText, formatIssues, issueSpans } from './helpers/format';
import { memoryFileSystem } from './helpers/memory-fs';

const parse = (text: string, relativePath = 'a.md') => parseDocument({ path: `/kb/${relativePath}`, relativePath, text, requireFrontMatter: true });

test('keys named like Object.prototype members are unknown keys, not crashes', () => {
  for (const key of ['toString', 'constructor', 'valueOf', '__proto__', 'hasOwnProperty']) {
    assert.deepEqual(issueSpans(parse(`---\ntitle: A\n${key}: x\n---\n`).issues), [`3:1-3:${key.length + 1} kb/unknown-key`], key);
    assert.equal(parseConfig(`${key}: 1\n`).issues[0]?.ruleId, 'kb/unknown-key', `config ${key}`);
  }
  assert.deepEqual(issueSpans(parse('---\ntitle: A\nvariables:\n  x: {constructor: 1}\n---\n{{ x }}\n').issues), ['4:7-4:18 kb/unknown-key']);
});

// The timeout is a watchdog for a hang (an expansion of 9^10 nodes would never end), not a speed test.
test('a "billion laughs" of nested aliases neither hangs nor throws', { timeout: 60_000 }, () => {
  const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 10; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
  const yaml = `${levels.join('\n')}\ntags: [*j, *j]\n`;
  const doc = parse(`---\ntitle: A\n${yaml}---\n`);
  assert.ok(doc.issues.some((i) => i.ruleId === 'kb/unknown-key'));
  assert.ok(parseConfig(`${levels.join('\n')}\nignore: [*j, *j]\n`).issues.length > 0);
});

test('CR-only line ends: schema issues sit on their values, not on the fence', () => {
  const text = '---\rtitle: A\rkind: bogus\r---\rBody\r';
  const doc = parse(text);
  assert.deepEqual(issueSpans(doc.issues), ['3:7-3:12 kb/invalid-value']);
  assert.equal(coveredText(text, doc.issues[0]), 'bogus');
  assert.deepEqual(issueSpans(parseConfig('name: KB\rlocales: ru\r').issues), ['2:10-2:12 kb/wrong-type']);
});

test('placeholders in YAML comments and descriptions are not uses; the subject is', () => {
  const text = '---\ntitle: A\n# TODO {{ old.name }}\nsubject: "Order {{ order.number }}"\nvariables:\n  order.number: {sample: "1"}\n  name:\n    description: "Shown as {{ name }}"\n---\nBody\n';
  assert.deepEqual(issueSpans(parse(text).issues), ['7:3-7:7 kb/unused-variable']);
});

test('one bad variable does not switch off the other variable checks', () => {
  const text = '---\ntitle: A\nvariables:\n  "first name": {sample: a}\n  eta: {sample: b}\n---\n{{ undeclared }}\n';
  assert.deepEqual(issueSpans(parse(text).issues), ['4:3-4:15 kb/invalid-value', '5:3-5:6 kb/unused-variable', '7:4-7:14 kb/undeclared-variable']);
});

test('an empty id still checks the file name', () => {
  assert.deepEqual(issueSpans(parse('---\ntitle: A\nid:\n---\n', 'My File.md').issues), ['1:1-1:4 kb/invalid-value']);
});

test('a tag error marks only its own line', () => {
  const text = '---\ntitle: !!binary aGVsbG8=\nkind: answer\n---\n';
  const [issue] = parse(text).issues;
  assert.equal(issue.ruleId, 'kb/yaml-syntax');
  assert.equal(issue.range.start.line, 1);
  assert.equal(issue.range.end.line, 1);
});

test('a warning in the config keeps the value: a repeated ignore glob still ignores', () => {
  const { config, issues } = parseConfig('ignore: [README.md, README.md, "drafts/**", "!x/**"]\nlocales: [ru, ru]\n');
  assert.deepEqual(config.ignore, ['README.md', 'README.md', 'drafts/**', '!x/**']);
  assert.deepEqual(config.locales, ['ru', 'ru']);
  assert.deepEqual(
    issues.map((i) => `${i.range.start.line + 1}:${i.range.start.character + 1} ${i.severity} ${i.message.split(':')[0]}`),
    ['1:21 warning "README.md" is listed twice in "ignore".', '1:45 warning "!x/**" is a negated glob', '2:15 warning "ru" is listed twice in "locales".'],
  );
});

test('the editor path has the same size limit as disk reads', () => {
  const kb = new KnowledgeBase('/kb', true);
  kb.setText('/kb/big.md', `---\ntitle: A\n---\n${'x'.repeat(3 * 1024 * 1024)}`);
  assert.deepEqual(kb.issuesFor('/kb/big.md').map((i) => i.ruleId), ['kb/file-too-large']);
});

test('outside a configured KB, unreadable Markdown is left out, not reported', () => {
  const kb = new KnowledgeBase('/ws', false);
  kb.setBytes('/ws/CHANGELOG.md', new Uint8Array([0xff, 0xfe, 0x00]));
  assert.deepEqual(kb.reports(), []);
});

test('an unreadable folder is reported on the folder; the rest of the KB loads', async () => {
  const fs = memoryFileSystem({
    '/kb/.support-kb.yml': '',
    '/kb/a.md': '---\ntitle: A\n---\n',
    '/kb/locked': { error: new KbFileError('unreadable', 'permission denied') },
    '/kb/locked/b.md': '---\ntitle: B\n---\n',
  });
  const kb = await loadKnowledgeBase(fs, '/kb', true);
  assert.deepEqual(kb.reports().map((r) => r.relativePath), ['.support-kb.yml', 'a.md', 'locked']);
  assert.deepEqual(formatIssues(kb.issuesFor('/kb/locked')), ['1:1-1:1 error This folder could not be read (permission denied), so its documents were not checked. (kb/unreadable)']);
});

test('many documents sharing one id: messages and related lists stay short', () => {
  const kb = new KnowledgeBase('/kb', true);
  for (let i = 0; i < 50; i++) kb.setText(`/kb/f${i}/index.md`, '---\ntitle: A\n---\n');
  const [issue] = kb.issuesFor('/kb/f0/index.md');
  assert.equal(issue.related?.length, 10);
  assert.match(issue.message, /and 39 more\. Ids must be unique/);
  assert.deepEqual(formatIssues([issue]).length, 1);
});
