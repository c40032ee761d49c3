import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { scanLetters } from '../../src/core/lint/text/letters';
import { isSimpleText } from '../../src/core/text/simple-text';
import { wordStarts } from '../../src/core/lint/text/words';
import { fuzz } from './helpers/fuzz';

test('"simple" is isSimpleText for every BMP character', () => {
  for (let c = 0; c < 0x10000; c++) {
    const char = String.fromCharCode(c);
    assert.equal(scanLetters(`a${char}b`).simple, isSimpleText(`a${char}b`), `U+${c.toString(16).toUpperCase()}`);
  }
});

test('one pass gives the letter counts, ё, simplicity and the word regex\'s starts (fast-check)', () => {
  const char = fc.constantFrom(
    'a', 'Z', 'q', '0', '7', 'я', 'Ж', 'ё', 'Ё', 'е', '-', "'", '’', '‐', ' ', ' ', '\n', '.', ',', '«', '»', '—', '\u00a0', '№', '₽', '\u0001', '_', 'é', '²', '中', '👍', 'ß', 'Ω',
  );
  fc.assert(
    fc.property(fc.array(char, { maxLength: 120 }), (chars) => {
      const text = chars.join('');
      const scan = scanLetters(text);
      assert.equal(scan.cyrillic, text.match(/[а-яё]/gi)?.length ?? 0);
      assert.equal(scan.latin, text.match(/[a-z]/gi)?.length ?? 0);
      assert.equal(scan.yo, /[ёЁ]/.test(text));
      assert.equal(scan.simple, isSimpleText(text));
      if (scan.simple) {
        assert.deepEqual([...scan.wordStarts!], [...wordStarts(text, false)], JSON.stringify(text));
      } else {
        assert.equal(scan.wordStarts, undefined);
      }
    }),
    fuzz(20_000, 20261201),
  );
  // A long paragraph, and results independent of each other.
  const long = 'слово-за-словом и word '.repeat(2_000);
  const first = scanLetters(long).wordStarts!;
  assert.deepEqual([...first], [...wordStarts(long, false)]);
  assert.deepEqual([...scanLetters('a b').wordStarts!], [0, 2]);
  assert.equal(first.length, 6_000, 'unchanged by the later scan');
});
