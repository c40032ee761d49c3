import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitFrontMatter } from '../../src/core/parse/front-matter';

test('no front matter when the file does not start with a fence', () => {
  assert.deepEqual(splitFrontMatter('# Title\n---\n'), { kind: 'none' });
  assert.deepEqual(splitFrontMatter(' ---\ntitle: x\n---\n'), { kind: 'none' });
  assert.deepEqual(splitFrontMatter(''), { kind: 'none' });
});

test('closed front matter with LF, CRLF and CR line ends keeps exact offsets', () => {
  for (const eol of ['\n', '\r\n', '\r']) {
    const text = ['---', 'title: A', '---', 'Body'].join(eol);
    const split = splitFrontMatter(text);
    assert.equal(split.kind, 'closed');
    if (split.kind !== 'closed') return;
    assert.equal(split.yaml, `title: A${eol}`);
    assert.equal(split.yamlOffset, 3 + eol.length);
    assert.equal(text.slice(split.bodyOffset), 'Body');
  }
});

test('"..." closes too, trailing spaces on fences are allowed, empty front matter is closed', () => {
  const dots = splitFrontMatter('---  \ntitle: A\n...\nBody');
  assert.equal(dots.kind, 'closed');
  const empty = splitFrontMatter('---\n---\n');
  assert.deepEqual(empty, { kind: 'closed', yaml: '', yamlOffset: 4, bodyOffset: 8 });
});

test('a closing fence at the end of the file without a line break', () => {
  const split = splitFrontMatter('---\ntitle: A\n---');
  assert.equal(split.kind, 'closed');
  if (split.kind === 'closed') assert.equal(split.bodyOffset, 16);
});

test('unterminated front matter reports the opening fence', () => {
  assert.deepEqual(splitFrontMatter('---\ntitle: A\nBody\n'), { kind: 'unterminated', openEnd: 3 });
  assert.deepEqual(splitFrontMatter('---'), { kind: 'unterminated', openEnd: 3 });
  assert.deepEqual(splitFrontMatter('---\r\ntitle: A'), { kind: 'unterminated', openEnd: 3 });
});

test('a "----" or "---x" line is not a fence', () => {
  assert.equal(splitFrontMatter('---\ntitle: A\n----\n').kind, 'unterminated');
  assert.equal(splitFrontMatter('---\ntitle: A\n---x\nBody\n').kind, 'unterminated');
});

test('a word after the opening fence makes it no fence: "---js" is text, never code to run', () => {
  assert.deepEqual(splitFrontMatter('---js\nprocess.exit(1)\n---\n'), { kind: 'none' });
  assert.deepEqual(splitFrontMatter('---yaml\ntitle: A\n---\n'), { kind: 'none' });
});
