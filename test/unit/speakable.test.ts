import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { BARE_ADDRESS, findEmoji, MAY_HOLD_EMOJI, replaceBareAddresses } from '../../src/core/render/speakable';

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
    { numRuns: 20_000, seed: 20261201 },
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
