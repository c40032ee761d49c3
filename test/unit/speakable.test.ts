import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { BARE_ADDRESS, countWords, findEmoji, MAY_HOLD_EMOJI, replaceBareAddresses, speakable, spoken } from '../../src/core/render/speakable';
import { Writer } from '../../src/core/render/writer';
import { fuzz } from './helpers/fuzz';

const piece = fc.constantFrom(
  'help', 'skladno', 'app', 'Сайт', 'пример', 'x1', '.', '.', '@', '/', '-', '_', '%', '+', ':', 'https://', 'www.', ' ', ' ', '\n', '\u00a0', '\t', '\r', '\u2003', '\u3000', '\ufeff', '\u2028',
  '.ru', '.RU', '.com', '.org', '.net', '.io', '.рф', '.РФ', '.app', '.me', '.info', '.biz', '.ruble', ')', '»', '"', ',', '!', '«', '\u0000', '\u0001', '2', 'é',
);

test('bare addresses are found token by token exactly as BARE_ADDRESS finds them in the whole text (fast-check)', () => {
  const mark = (address: string) => `<${address}>`;
  assert.equal(replaceBareAddresses('Пишите на help@skladno.ru или зайдите на app.skladno.ru/orders сегодня', mark), 'Пишите на <help@skladno.ru> или зайдите на <app.skladno.ru/orders> сегодня');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      assert.equal(replaceBareAddresses(text, mark), text.replace(BARE_ADDRESS, mark), JSON.stringify(text));
    }),
    fuzz(20_000, 20261201),
  );
  // A long run without a space or an address is passed over in one step (it once took 1.2 s at 40,000 characters).
  const run = `${'x'.repeat(40_000)}.ru`;
  assert.equal(replaceBareAddresses(run, mark), run.replace(BARE_ADDRESS, mark));
});

test('no character below the emoji prefilter has an emoji property (all of Unicode)', () => {
  const emojiBase = /^(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}|\p{Regional_Indicator})$/u;
  let bases = 0;
  for (let c = 0; c <= 0x10ffff; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const char = String.fromCodePoint(c);
    if (!emojiBase.test(char)) continue;
    bases++;
    assert.ok(MAY_HOLD_EMOJI.test(char), `U+${c.toString(16).toUpperCase()} can start an emoji but the prefilter skips it`);
  }
  assert.ok(bases > 2500, `${bases} emoji bases seen`);
  assert.deepEqual(findEmoji('Готово 👍🏽, спасибо ©️ и ™').map((m) => m[0]), ['👍🏽', '©️']);
  assert.deepEqual(findEmoji('Обычный текст — «без» эмодзи…'), []);
});

/** What a script holds: abbreviations, signs and addresses, at the start or end of a line as well. */
const scriptPiece = fc.constantFrom(
  'т.е.', 'т. д.', 'т.\u00a0к.', 'руб.', 'мин.', 'МСК', 'СБП', 'API', 'OK', 'e.g.', 'etc.', 'ASAP', 'min.', 'hrs', 'FAQ',
  '№', '#', '5', '50', '%', '₽', '€', '→', '&', '~', '≈', 'app.skladno.ru', 'https://x.ru/a', 'www.site.com',
  '👍', '🇷🇺', '\uFE0F', 'Ответ', 'сегодня', 'today', ' ', ' ', '  ', '\t', '\u00a0', '\n', '\n', '\n\n',
);

test('a script made speakable in chunks of whole lines reads the same as made speakable whole (fast-check)', () => {
  fc.assert(
    fc.property(fc.array(scriptPiece, { maxLength: 60 }), fc.array(fc.nat(), { maxLength: 6 }), fc.constantFrom<'ru' | 'en'>('ru', 'en'), (parts, cuts, locale) => {
      const text = parts.join('');
      // Cut after some of the line breaks, as Writer.chunks does.
      const breaks = [...text.matchAll(/\n/g)].map((m) => m.index! + 1);
      const at = [...new Set(cuts.map((c) => breaks[c % Math.max(1, breaks.length)]).filter((b) => b !== undefined))].sort((a, b) => a - b);
      const chunks = [0, ...at].map((start, i) => text.slice(start, at[i] ?? text.length));
      assert.equal(chunks.join(''), text);
      const whole = speakable(text, locale);
      assert.equal(chunks.map((c) => speakable(c, locale)).join(''), whole, JSON.stringify(text));
      assert.equal(chunks.reduce((n, c) => n + countWords(c), 0), countWords(text));
    }),
    fuzz(10_000, 20261202),
  );
  // A sign at the start of a line is read as one; a line break is never swallowed.
  assert.equal(speakable('A\n& B\n50\n% of it', 'en'), 'A\nand B\n50\n percent of it');
});

test('ASCII-and-Russian scripts (plain-range patterns) read and count as through the Unicode patterns (fast-check)', () => {
  // A first line with a letter outside ASCII and Russian makes the whole text take the Unicode
  // patterns; nothing in speakable crosses a line (a line start reads as the start), so the rest
  // must read the same.
  const unicodeWord = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
  const upper = fc.constantFrom('СБП', 'ЁЖ', 'API', 'OK', 'ИНН', 'ABCDEF', 'Ё', 'ЖКХ1', 'x', "don't", 'd’Ar', 'ёлка', '1С', 'IV', 'ГОСТ');
  fc.assert(
    fc.property(fc.array(fc.oneof(scriptPiece, upper), { maxLength: 60 }), fc.constantFrom<'ru' | 'en'>('ru', 'en'), (parts, locale) => {
      const text = parts.join('');
      assert.equal(countWords(text), text.match(unicodeWord)?.length ?? 0, JSON.stringify(text));
      assert.equal(speakable(`é\n${text}`, locale), `é\n${speakable(text, locale)}`, JSON.stringify(text));
    }),
    fuzz(10_000, 20261205),
  );
  assert.equal(speakable('Оплата через СБП и API', 'ru'), 'Оплата через эс-бэ-пэ и эй-пи-ай');
});

test('Writer.chunks: whole lines of about the size asked, together the whole output', () => {
  const w = new Writer();
  for (let i = 0; i < 500; i++) {
    w.text(`line ${i} ${'x'.repeat(i % 37)}`);
    if (i % 50 === 0) w.text(spoken('a\u0000b'));
    w.newline();
  }
  w.text('last line without a break');
  const chunks = w.chunks(1_000);
  assert.equal(chunks.join(''), w.toString());
  assert.ok(chunks.length > 5, `${chunks.length} chunks`);
  for (const chunk of chunks.slice(0, -1)) {
    assert.ok(chunk.endsWith('\n'), 'a chunk ends at a line end');
    assert.ok(chunk.length >= 1_000 && chunk.length < 1_100, `${chunk.length} characters`);
  }
  assert.deepEqual(new Writer().chunks(), []);
});

test('a stray U+0000 in the text is not taken for a spoken mark: nothing is cut, no half of a pair is left', () => {
  assert.equal(speakable('\u0000𝐀', 'ru'), '\u0000𝐀');
  assert.equal(speakable(`${spoken('эс')} \u0000 ok 😀x𝐀`, 'en'), 'эс \u0000 okx𝐀');
});
