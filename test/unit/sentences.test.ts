import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { splitSentences, type Span } from '../../src/core/lint/text/sentences';
import { fuzz } from './helpers/fuzz';

/**
 * The definition, written with one-character regexes as it first was: the code-unit version in
 * sentences.ts must split every text the same way.
 */
const ABBREVIATIONS = new Set(['т', 'е', 'д', 'п', 'г', 'гг', 'руб', 'коп', 'стр', 'см', 'им', 'ул', 'тел', 'e.g', 'i.e', 'etc', 'mr', 'mrs', 'ms', 'dr', 'vs', 'no', 'approx', 'st']);
function reference(text: string): Span[] {
  const end = text.length;
  const skipSpace = (i: number) => {
    while (i < end && /[\s\u0001]/.test(text[i])) i++;
    return i;
  };
  const spans: Span[] = [];
  let sentenceStart = skipSpace(0);
  for (let i = sentenceStart; i < end; i++) {
    const c = text[i];
    if (!/[.!?…]/.test(c)) continue;
    let j = i + 1;
    while (j < end && /[.!?…»"'’”)]/.test(text[j])) j++;
    if (j < end && !/\s/.test(text[j])) continue;
    const next = skipSpace(j);
    if (next < end && !/[\p{Lu}\p{N}«"„“(—–-]/u.test(text[next])) continue;
    if (c === '.') {
      let k = i;
      while (k > sentenceStart && /[\p{L}.]/u.test(text[k - 1])) k--;
      const word = text.slice(k, i).toLowerCase();
      if (ABBREVIATIONS.has(word) || (word.length === 1 && /\p{Lu}/u.test(text[k]))) continue;
    }
    spans.push({ start: sentenceStart, end: j });
    sentenceStart = next;
    i = next - 1;
  }
  let last = end;
  while (last > sentenceStart && /[\s\u0001]/.test(text[last - 1])) last--;
  if (sentenceStart < end && /\S/.test(text.slice(sentenceStart, end))) spans.push({ start: sentenceStart, end: last });
  return spans;
}

test('sentences split as the one-character-regex definition does (fast-check)', () => {
  assert.deepEqual(splitSentences('Т.е. так. См. выше! Да… Нет?! «Ок». 3.5 — это A. Pushkin'), reference('Т.е. так. См. выше! Да… Нет?! «Ок». 3.5 — это A. Pushkin'));
  const piece = fc.constantFrom(
    'Слово', 'слово', 'Word', 'word', 'т', 'е', 'см', 'руб', 'e.g', 'etc', 'A', 'Я', 'é', 'Été', '3', '12', '.', '.', '!', '?', '…', '?!', '»', '«', '"', "'", '’', '”', ')', '(',
    ' ', ' ', ' ', '\n', '\u00a0', '\u2003', '\u202f', '\u2028', '\ufeff', '\u1680', '\u3000', '\u200b', '\u0085', '\t', '\u0001', '—', '–', '-', '„', '“', '😀', '\ud835\udc00', 'ß', ',',
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
      const text = parts.join('');
      assert.deepEqual(splitSentences(text), reference(text), JSON.stringify(text));
    }),
    fuzz(30_000, 20261201),
  );
});
