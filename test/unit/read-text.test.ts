import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_DOCUMENT_BYTES, readText } from '../../src/core/kb/read-text';

const utf8 = (s: string) => new TextEncoder().encode(s);

test('UTF-8 text is decoded; a BOM is dropped so positions match the editor', () => {
  assert.deepEqual(readText(utf8('---\ntitle: Привет\n---\n')), { ok: true, text: '---\ntitle: Привет\n---\n' });
  const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('---\ntitle: A\n---\n')]);
  assert.deepEqual(readText(withBom), { ok: true, text: '---\ntitle: A\n---\n' });
});

test('a binary file is an error, not a parse', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
  const result = readText(png);
  assert.equal(result.ok, false);
  if (!result.ok) {
    assert.equal(result.issue.ruleId, 'kb/binary-file');
    assert.match(result.issue.message, /NUL byte at offset 8/);
  }
});

test('a file over the size limit is skipped with a warning naming its size', () => {
  const result = readText(new Uint8Array(10 * 1024 * 1024).fill(0x61));
  assert.equal(result.ok, false);
  if (!result.ok) {
    assert.equal(result.issue.ruleId, 'kb/file-too-large');
    assert.equal(result.issue.severity, 'warning');
    assert.match(result.issue.message, /10\.0 MB/);
  }
  assert.equal(readText(new Uint8Array(MAX_DOCUMENT_BYTES).fill(0x61)).ok, true);
});

test('invalid UTF-8 names the line of the first bad byte', () => {
  const bytes = new Uint8Array([...utf8('---\ntitle: A\n---\n'), 0xc3, 0x28, 0x0a]);
  const result = readText(bytes);
  assert.equal(result.ok, false);
  if (!result.ok) {
    assert.equal(result.issue.ruleId, 'kb/encoding');
    assert.equal(result.issue.range.start.line, 3);
    assert.match(result.issue.message, /line 4/);
  }
});

test('UTF-16 files, with or without a byte order mark, are named as such, not as binary (issue 16)', () => {
  const doc = '---\ntitle: Привет, hello\n---\nТекст ответа и немного English.\n';
  const le = Buffer.from(doc, 'utf16le');
  const cases: [string, Uint8Array, string][] = [
    ['LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), le]), 'little-endian'],
    ['BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()]), 'big-endian'],
    ['LE, Latin, no BOM', Buffer.from('---\ntitle: Hello\n---\nText.\n', 'utf16le'), 'little-endian'],
    ['LE, Cyrillic, no BOM', Buffer.from('Добрый день, заказ уже в пути', 'utf16le'), 'little-endian'],
    ['BE, Cyrillic, no BOM', Buffer.from('Добрый день, заказ уже в пути', 'utf16le').swap16(), 'big-endian'],
  ];
  for (const [what, bytes, order] of cases) {
    const result = readText(bytes);
    assert.equal(result.ok, false, what);
    if (!result.ok) {
      assert.equal(result.issue.ruleId, 'kb/encoding', what);
      assert.match(result.issue.message, new RegExp(`^This file is UTF-16 \\(${order}\\), not UTF-8\\. Convert it to UTF-8`), what);
    }
  }
  // UTF-8 in both scripts is never taken for UTF-16.
  assert.equal(readText(utf8(doc)).ok, true);
  assert.equal(readText(utf8('Добрый день')).ok, true);
});
