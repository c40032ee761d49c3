import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuery, swapLayout } from '../../src/core';
import { firstLineOf, fold, stripMarkup } from '../../src/core/search/normalize';
import { adjacentSwaps, fuzziness, queryTerms, shorterStems } from '../../src/core/search/query-terms';
import { englishStem, termOf, words } from '../../src/core/search/terms';

const terms = (text: string) => words(text).map(termOf).filter(Boolean);

test('fold: case and ё', () => {
  assert.equal(fold('ЁЛКА Пришёл'), 'елка пришел');
});

test('stripMarkup drops placeholders, Liquid tags, HTML, comments, link targets and URLs, keeps link text', () => {
  const body = [
    'Здравствуйте, {{ customer.first_name | default: "коллега" }}!',
    '{% if plan %}Тариф{% endif %} <b>важно</b> <!-- support-kb-disable ru/vague-time -->',
    'См. [инструкцию](https://help.example/reset "Сброс") и <https://status.example>, www.example.com/x.',
    '[ref]: https://example.org/ref',
  ].join('\n');
  assert.deepEqual(words(stripMarkup(body)), ['Здравствуйте', 'Тариф', 'важно', 'См', 'инструкцию', 'и']);
});

test('firstLineOf: the first line with words, as plain text', () => {
  assert.equal(firstLineOf('\n<!-- support-kb-disable\nru/x -->\n# **Привет**, {{ customer.first_name }}!\nНе эта.'), 'Привет, {{customer.first_name}}!');
  assert.equal(firstLineOf('```\ncode\n```\n- [Ссылка](https://x.example) и `код`\n'), 'Ссылка и код');
  assert.equal(firstLineOf('---\n| a | b |\n\n'), '');
  assert.equal(firstLineOf('Слово '.repeat(60)).length, 120);
});

test('terms: Russian word forms meet, ё = е, stop words and lone letters drop out', () => {
  assert.deepEqual(new Set(terms('пароль пароля паролем пароли')).size, 1);
  // Fleeting vowels, which Snowball keeps apart.
  assert.deepEqual(new Set(terms('посылок посылка посылки')).size, 1);
  assert.deepEqual(new Set(terms('звонок звонка звонку')).size, 1);
  assert.deepEqual(new Set(terms('карточек карточка')).size, 1);
  assert.deepEqual(terms('пришёл'), terms('пришел'));
  assert.deepEqual(terms('как и в на с the a of'), []);
  assert.deepEqual(terms('x 5 54-ФЗ'), ['5', '54', 'фз']);
});

test('English light stemming: plurals, -ed, -ing and a final e meet; no over-stemming', () => {
  const same = (...ws: string[]) => assert.equal(new Set(ws.map(englishStem)).size, 1, ws.join(' '));
  same('refund', 'refunds', 'refunded', 'refunding');
  same('close', 'closed', 'closes', 'closing');
  same('delivery', 'deliveries');
  same('ship', 'shipping', 'shipped');
  same('invoice', 'invoices');
  assert.equal(englishStem('general'), 'general');
  assert.equal(englishStem('status'), 'status');
  assert.equal(englishStem('access'), 'access');
});

test('swapLayout: both directions, punctuation keys that carry letters, mixed words kept', () => {
  assert.equal(swapLayout('gfhjkm'), 'пароль');
  assert.equal(swapLayout('пароль'), 'gfhjkm');
  assert.equal(swapLayout('j,hfnyfz cdzpm'), 'обратная связь');
  assert.equal(swapLayout('куагтв'), 'refund');
  assert.equal(swapLayout('GFHJKM'), 'ПАРОЛЬ');
  assert.equal(swapLayout('iPhone-айфон 42'), 'iPhone-айфон 42');
  for (const word of ['пароль', 'обратная', 'ёлка', 'съешь', 'ЭХО']) assert.equal(swapLayout(swapLayout(word)), word);
});

test('parseQuery: filters out of the words, several values, case-insensitive keys', () => {
  const q = parseQuery('сбой #Payments Lang:ru ch:sms,email type:macro kind:incident оплаты');
  assert.equal(q.text, 'сбой оплаты');
  assert.deepEqual(q.filters, { tags: ['payments'], locales: ['ru'], channels: ['sms', 'email'], types: ['macro'], kinds: ['incident'] });
  assert.deepEqual(q.messages, []);
  assert.equal(q.open, true);
  assert.equal(parseQuery('сбой ').open, false);
  assert.equal(parseQuery('ch:sms').open, false, 'no words, nothing being typed');
});

test('parseQuery: unknown keys stay words with a message; bad values are left out with a message', () => {
  const unknown = parseQuery('foo:bar пароль');
  assert.equal(unknown.text, 'foo:bar пароль');
  assert.match(unknown.messages[0], /Unknown filter "foo:".*#tag, lang:, ch:, type: and kind:/);

  const bad = parseQuery('пароль ch:emial kind:apology lang:русский type:');
  assert.equal(bad.text, 'пароль');
  assert.deepEqual(bad.filters.channels, []);
  assert.equal(bad.messages.length, 4);
  assert.match(bad.messages[0], /Unknown channel "emial".*Did you mean "email"\?/);
  assert.match(bad.messages[1], /Unknown kind "apology"/);
  assert.match(bad.messages[2], /not a language tag/);
  assert.match(bad.messages[3], /"type:" needs a value/);

  // A title being typed, a time and a URL are not filters.
  for (const text of ['API: why', 'с 10:40', 'https://help.example']) assert.deepEqual(parseQuery(text).messages, [], text);
});

test('queryTerms: the last word is a prefix only while typed; duplicates once; a lone stop word may start a word', () => {
  assert.deepEqual(
    queryTerms('сброс пароля', true).map((t) => [t.term, t.prefix]),
    [
      [termOf('сброс'), false],
      [termOf('пароля'), true],
    ],
  );
  assert.equal(queryTerms('пароль паролем', false).length, 1);
  assert.deepEqual(queryTerms('на', true).map((t) => t.term), ['на']);
  assert.deepEqual(queryTerms('на', false), []);
  assert.equal(queryTerms('слово '.repeat(20) + Array.from({ length: 30 }, (_, i) => `w${i}`).join(' '), true).length, 12);
});

test('fuzziness: by the typed word\'s length, limited by its term\'s', () => {
  assert.equal(fuzziness('персональых', 'персонал'), 2);
  assert.equal(fuzziness('пароль', termOf('пароль')!), 1);
  assert.equal(fuzziness('данных', 'дан'), 0);
  assert.equal(fuzziness('чек', 'чек'), 0);
});

test('variants: adjacent swaps and shorter stems', () => {
  assert.deepEqual(adjacentSwaps('abca'), ['baca', 'acba', 'abac']);
  assert.deepEqual(adjacentSwaps('aab'), ['aba']);
  assert.deepEqual(shorterStems('подпис'), ['подпи', 'подп']);
  assert.deepEqual(shorterStems('пароль'.slice(0, 4)), []);
});
