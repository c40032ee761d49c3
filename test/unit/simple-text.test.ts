import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { capsWords } from '../../src/core/lint/kinds/capitalization';
import { isSimpleText } from '../../src/core/text/simple-text';
import { splitSentences } from '../../src/core/lint/text/sentences';
import { countStarts, countWords, wordStarts } from '../../src/core/lint/text/words';
import { fuzz } from './helpers/fuzz';

// Characters around the edges of the simple set's ranges, and a few just outside it.
const SIMPLE = [...'aZzA09_-\'’ .,!?«»—–…\u00a0\u0001ЁёАЯаяЖжQq№₽\u2014\u2019\t\n', ...'--\'\'’’aaяя'];
const OUTSIDE = [...'éÉµª²ßЀѐЄєΩω中\u00ad'];

test('which texts are simple', () => {
  assert.ok(isSimpleText('Заказ № 12 — «готов», ETA 5 мин… ₽'));
  for (const c of OUTSIDE) assert.ok(!isSimpleText(`abc${c}`), `U+${c.charCodeAt(0).toString(16)} is outside`);
  assert.ok(!isSimpleText('привет 😀'), 'emoji take the Unicode path');
});

test('the plain-range regexes find what the Unicode ones find in simple texts', () => {
  const text = fc.array(fc.constantFrom(...SIMPLE), { maxLength: 40 }).map((cs) => cs.join(''));
  fc.assert(
    fc.property(text, (t) => {
      assert.ok(isSimpleText(t));
      assert.equal(countWords(t, 0, t.length, true), countWords(t, 0, t.length, false));
      const start = t.length >> 2;
      const end = t.length - (t.length >> 3);
      assert.equal(countWords(t, start, end, true), countWords(t, start, end, false), `words in [${start}, ${end})`);
      assert.deepEqual(capsWords(t, true).map((m) => [m.index, m[0]]), capsWords(t, false).map((m) => [m.index, m[0]]));
    }),
    fuzz(10_000, 20261217),
  );
});

test('words per sentence from one pass over the paragraph agree with counting each sentence', () => {
  const piece = fc.constantFrom('Заказ', 'готов', 'что-то', "don't", '12', '3.5', 'т.е.', 'example.com', 'ёлка', 'Éclair', '😀', '\u0001\u0001', '—', '«Ок»');
  const gap = fc.constantFrom(' ', '  ', '. ', '! ', '? ', '… ', ', ', '.', '\n', '-', '');
  const text = fc.array(fc.tuple(piece, gap), { maxLength: 30 }).map((parts) => parts.map(([p, g]) => p + g).join(''));
  fc.assert(
    fc.property(text, (t) => {
      const simple = isSimpleText(t);
      const starts = wordStarts(t, simple);
      assert.equal(starts.length, countWords(t, 0, t.length, simple));
      for (const s of splitSentences(t)) assert.equal(countStarts(starts, s.start, s.end), countWords(t, s.start, s.end, simple), `sentence [${s.start}, ${s.end})`);
    }),
    fuzz(5_000, 20261218),
  );
});
