import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { BARE_ADDRESS, replaceBareAddresses } from '../../src/core/render/speakable';

const piece = fc.constantFrom(
  'help', 'skladno', 'app', 'Сайт', 'пример', 'x1', '.', '.', '@', '/', '-', '_', '%', '+', ':', 'https://', 'www.', ' ', ' ', '\n', '\u00a0', '\t',
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
});
