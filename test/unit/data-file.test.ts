import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDataFile } from '../../src/core';

test('a data file is a JSON or YAML mapping; anything else is refused with where and why', () => {
  assert.deepEqual(parseDataFile('{ "order": { "id": "SK-9" }, "name": "Ann" }'), { ok: true, data: { order: { id: 'SK-9' }, name: 'Ann' } });
  assert.deepEqual(parseDataFile('order.id: SK-7\nname: Bo\n'), { ok: true, data: { 'order.id': 'SK-7', name: 'Bo' } });

  const unclosed = parseDataFile('{ "order": 1,\n  "name": "Ann"');
  assert.equal(unclosed.ok, false);
  assert.ok(!unclosed.ok && unclosed.line === 1, `the error is on line 2: ${JSON.stringify(unclosed)}`);
  assert.match(!unclosed.ok ? unclosed.message : '', /^it is neither JSON nor YAML: /);

  const duplicate = parseDataFile('name: Ann\nname: Bo\n');
  assert.ok(!duplicate.ok && duplicate.line === 1 && /unique/i.test(duplicate.message), JSON.stringify(duplicate));

  for (const text of ['[1, 2]', 'just text', '', '42']) {
    const read = parseDataFile(text);
    assert.ok(!read.ok && /mapping of variable names/.test(read.message), `${JSON.stringify(text)}: ${JSON.stringify(read)}`);
  }
  assert.match(JSON.stringify(parseDataFile('a\0b')), /binary/);
  // Aliases that would expand a billion times are refused, not expanded.
  const laughs = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)].join('\n');
  const read = parseDataFile(laughs);
  assert.ok(!read.ok, 'refused');
  // Past 100 levels, as front matter and configurations: where it gets too deep, not "Maximum call stack size exceeded".
  assert.deepEqual(parseDataFile(`order:\n  items: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`), {
    ok: false,
    message: 'it is nested too deeply (more than 100 levels)',
    line: 1,
    character: 107,
  });
});
