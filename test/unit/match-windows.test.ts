import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { MATCH_WINDOW, matchWindows } from '../../src/core/lint/match-windows';
import { Matcher } from '../../src/core/lint/matcher';

const haystack = (text: string) => ({ text, lower: text.toLowerCase() });

test('windows cover the text in order, none longer than the size, cut after a sentence or a space', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom('word', ' ', '. ', 'Ещё', '😀', 'x'.repeat(700)), { maxLength: 400 }), (parts) => {
      const text = parts.join('');
      const windows = matchWindows(text, 200);
      assert.equal(windows[0].start, 0);
      assert.equal(windows.at(-1)!.end, text.length);
      for (let i = 0; i < windows.length; i++) {
        const w = windows[i];
        assert.ok(w.end > w.start || text.length === 0);
        assert.ok(w.end - w.start <= 200);
        if (i > 0) assert.equal(w.start, windows[i - 1].end);
        // Never between the halves of a surrogate pair.
        const before = text.charCodeAt(w.start - 1);
        if (i > 0) assert.ok(!(before >= 0xd800 && before <= 0xdbff), 'cut inside a surrogate pair');
      }
    }),
  );
});

test('a cut prefers the end of a sentence to a plain space', () => {
  const text = `${'a '.repeat(60)}Конец. ${'b '.repeat(60)}`;
  const [first] = matchWindows(text, 200);
  assert.equal(text.slice(first.end - 7, first.end), 'Конец. ');
});

test('in a paragraph longer than a window, matches are found in every window with their offsets', () => {
  const sentence = 'Мы решим вопрос в ближайшее время. ';
  const text = sentence.repeat(Math.ceil((5 * MATCH_WINDOW) / sentence.length));
  const matcher = new Matcher(['в ближайшее время'], ['реш\\p{L}+.*?вопрос']);
  const found = matcher.matches(haystack(text));
  const expected: number[] = [];
  for (let at = text.indexOf('решим'); at >= 0; at = text.indexOf('решим', at + 1)) expected.push(at);
  assert.deepEqual(found.filter((m) => m.index === 1).map((m) => m.start), expected);
  assert.equal(found.filter((m) => m.index === 0).length, expected.length);
  for (const m of found) assert.match(text.slice(m.start, m.end), m.index === 0 ? /^в ближайшее время$/ : /^решим вопрос$/);
});

test('a pattern with back-references or named groups keeps its meaning beside other patterns', () => {
  const matcher = new Matcher([], ['(x)(y)z', '(?<![\\p{L}])(\\p{L}+) \\1(?![\\p{L}])', '(?<w>b)\\k<w>', '(?<w>c)\\k<w>']);
  const text = 'xyz the the word then bb and cc';
  assert.deepEqual(
    matcher.matches(haystack(text)).map((m) => [text.slice(m.start, m.end), m.index]),
    [
      ['xyz', 0],
      ['the the', 1],
      ['bb', 2],
      ['cc', 3],
    ],
  );
});
