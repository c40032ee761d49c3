import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex } from '../../src/core';

test('positions across LF, CRLF and CR agree with VS Code line numbering', () => {
  const text = 'ab\ncd\r\nef\rgh';
  const index = new LineIndex(text);
  assert.equal(index.lineCount, 4);
  assert.deepEqual(index.positionAt(0), { line: 0, character: 0 });
  assert.deepEqual(index.positionAt(2), { line: 0, character: 2 });
  assert.deepEqual(index.positionAt(3), { line: 1, character: 0 });
  assert.deepEqual(index.positionAt(7), { line: 2, character: 0 });
  assert.deepEqual(index.positionAt(10), { line: 3, character: 0 });
  assert.deepEqual(index.positionAt(999), { line: 3, character: 2 });
  assert.equal(index.lineEnd(1), 5);
  assert.deepEqual(index.lineRange(1), { start: { line: 1, character: 0 }, end: { line: 1, character: 2 } });
});

test('offsetAt inverts positionAt for every offset that is not inside a CRLF', () => {
  const text = 'привет\r\n🙂 мир\n\nend';
  const index = new LineIndex(text);
  for (let offset = 0; offset <= text.length; offset++) {
    if (text[offset - 1] === '\r' && text[offset] === '\n') continue;
    assert.equal(index.offsetAt(index.positionAt(offset)), offset, `offset ${offset}`);
  }
});

test('characters count UTF-16 units, like VS Code (an emoji is two)', () => {
  const index = new LineIndex('🙂x');
  assert.deepEqual(index.positionAt(2), { line: 0, character: 2 });
});

test('a text with LF line breaks only is indexed like any other', () => {
  const index = new LineIndex('ab\n\ncd\n');
  assert.equal(index.lineCount, 4);
  assert.deepEqual(index.positionAt(3), { line: 1, character: 0 });
  assert.deepEqual(index.positionAt(5), { line: 2, character: 1 });
  assert.deepEqual(index.lineRange(2), { start: { line: 2, character: 0 }, end: { line: 2, character: 2 } });
  assert.deepEqual(index.positionAt(7), { line: 3, character: 0 });
});
