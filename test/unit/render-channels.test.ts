import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHANNELS, renderAll, renderChannel } from '../../src/core';
import { REPO } from './helpers/cli';
import { bodyDoc, kbDoc, warningSpans } from './helpers/render';

const SAMPLE = `---
title: T
locale: en
subject: "Order {{ order.id }}"
variables:
  order.id:
    sample: "SK-1"
---
## Delivery

Your order **{{ order.id }}** is _on its way_: [track it](https://t.example/SK-1?a=1&b=2).

- one
- two

| Plan | Price |
|---|---|
| Pro | 10 € |

> Call {{ phone }} if late.
`;

const all = renderAll(kbDoc(SAMPLE));
const get = (channel: (typeof CHANNELS)[number]) => all[channel]!;

test('renderAll renders all seven channels, in CHANNELS order, each like renderChannel', () => {
  assert.deepEqual(Object.keys(all), [...CHANNELS]);
  for (const channel of CHANNELS) assert.deepEqual(renderChannel(kbDoc(SAMPLE), channel), all[channel], channel);
  assert.deepEqual(Object.keys(renderAll(kbDoc(SAMPLE), { channels: ['sms', 'email'] })), ['email', 'sms']);
});

test('email: styled HTML, the plain-text part and the subject', () => {
  const r = get('email');
  assert.equal(r.format, 'html');
  assert.equal(r.subject, 'Order SK-1');
  assert.equal(
    r.output,
    [
      '<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#1f2328"><h2 style="margin:16px 0 8px;font-size:18px;font-weight:bold;line-height:1.3">Delivery</h2>',
      '<p style="margin:0 0 12px">Your order <strong>SK-1</strong> is <em>on its way</em>: <a href="https://t.example/SK-1?a=1&#x26;b=2" style="color:#0b57d0;text-decoration:underline">track it</a>.</p>',
      '<ul style="margin:0 0 12px;padding-left:24px">',
      '<li style="margin:0 0 4px">one</li>',
      '<li style="margin:0 0 4px">two</li>',
      '</ul>',
      '<table style="border-collapse:collapse;margin:0 0 12px">',
      '<thead>',
      '<tr>',
      '<th style="border:1px solid #d0d7de;padding:4px 8px;text-align:left;font-weight:bold">Plan</th>',
      '<th style="border:1px solid #d0d7de;padding:4px 8px;text-align:left;font-weight:bold">Price</th>',
      '</tr>',
      '</thead>',
      '<tbody>',
      '<tr>',
      '<td style="border:1px solid #d0d7de;padding:4px 8px;text-align:left">Pro</td>',
      '<td style="border:1px solid #d0d7de;padding:4px 8px;text-align:left">10 €</td>',
      '</tr>',
      '</tbody>',
      '</table>',
      '<blockquote style="margin:0 0 12px;padding:0 0 0 12px;border-left:3px solid #d0d7de;color:#57606a">',
      '<p style="margin:0 0 12px">Call <span data-kb-missing="phone" style="background-color:#fff3b0;color:#7a4d00">[[phone]]</span> if late.</p>',
      '</blockquote></div>',
    ].join('\n'),
  );
  assert.equal(r.text, 'Delivery\n\nYour order SK-1 is on its way: track it: https://t.example/SK-1?a=1&b=2.\n\n- one\n- two\n\nPlan: Pro\nPrice: 10 €\n\n> Call [[phone]] if late.');
  assert.equal(r.length, Buffer.byteLength(r.output), 'email length is UTF-8 bytes');
  // Email shows headings and tables: only the missing variable is a warning.
  assert.deepEqual(warningSpans(r), ['20:8-20:19 channel/missing-variable']);
});

test('chat: the widget subset, headings bold, tables as label: value lines', () => {
  const r = get('chat');
  assert.equal(
    r.output,
    '<b>Delivery</b>\n\nYour order <b>SK-1</b> is <i>on its way</i>: <a href="https://t.example/SK-1?a=1&amp;b=2">track it</a>.\n\n<ul><li>one</li><li>two</li></ul>\n\nPlan: Pro\nPrice: 10 €\n\nCall [[phone]] if late.',
  );
  assert.deepEqual(warningSpans(r), ['9:1-9:12 channel/unsupported', '16:1-18:15 channel/unsupported', '20:8-20:19 channel/missing-variable']);
});

test('telegram: allowed tags only, lists as bullet lines, quotes as blockquote', () => {
  const r = get('telegram');
  assert.equal(r.format, 'telegram-html');
  assert.equal(
    r.output,
    '<b>Delivery</b>\n\nYour order <b>SK-1</b> is <i>on its way</i>: <a href="https://t.example/SK-1?a=1&amp;b=2">track it</a>.\n\n• one\n• two\n\nPlan: Pro\nPrice: 10 €\n\n<blockquote>Call [[phone]] if late.</blockquote>',
  );
  // Length after entity parsing: tags dropped, &amp; one character.
  assert.equal(r.length, r.output.replace(/<[^>]*>/g, '').replace(/&amp;/g, '&').length);
  assert.equal(r.limit, 4096);
});

test('whatsapp: *bold* _italic_, links as "text: url", quotes with >', () => {
  const r = get('whatsapp');
  assert.equal(r.output, '*Delivery*\n\nYour order *SK-1* is _on its way_: track it: https://t.example/SK-1?a=1&b=2.\n\n- one\n- two\n\nPlan: Pro\nPrice: 10 €\n\n> Call [[phone]] if late.');
  assert.deepEqual(warningSpans(r), ['9:1-9:12 channel/unsupported', '11:48-11:90 channel/unsupported', '16:1-18:15 channel/unsupported', '20:8-20:19 channel/missing-variable']);
});

test('slack: mrkdwn with <url|text> links and & escaped', () => {
  const r = get('slack');
  assert.equal(r.format, 'slack-mrkdwn');
  assert.equal(r.output, '*Delivery*\n\nYour order *SK-1* is _on its way_: <https://t.example/SK-1?a=1&amp;b=2|track it>.\n\n• one\n• two\n\nPlan: Pro\nPrice: 10 €\n\n> Call [[phone]] if late.');
});

test('sms: plain text, one line break between blocks, encoding, and the characters that cost two septets', () => {
  const r = get('sms');
  assert.equal(r.output, 'Delivery\nYour order SK-1 is on its way: track it: https://t.example/SK-1?a=1&b=2.\n- one\n- two\nPlan: Pro\nPrice: 10 €\nCall [[phone]] if late.');
  assert.equal(r.sms?.encoding, 'GSM-7');
  assert.equal(r.sms?.units, r.output.length + 5, 'every character one septet; €, [, [, ], ] two');
  assert.equal(r.sms?.segments, 1);
  // The missing variable's marker [[phone]] points at the placeholder.
  assert.deepEqual(
    r.sms?.doubleCharacters.map((c) => [c.char, c.codePoint, c.count, c.ranges.map((x) => `${x.start.line + 1}:${x.start.character + 1}`)]),
    [
      ['€', 'U+20AC', 1, ['18:12']],
      ['[', 'U+005B', 2, ['20:8', '20:8']],
      [']', 'U+005D', 2, ['20:8', '20:8']],
    ],
  );
  assert.deepEqual(warningSpans(r), ['9:1-9:12 channel/unsupported', '11:48-11:90 channel/sms-link', '16:1-18:15 channel/unsupported', '20:8-20:19 channel/missing-variable']);
});

test('phone: speakable, the address spelled out, words and seconds at 150 a minute', () => {
  const r = get('phone');
  assert.equal(
    r.output,
    'Delivery\n\nYour order S-K-1 is on its way: track it, the address is: t dot example slash S-K dash 1 question mark a equals 1 ampersand b equals 2.\n\none\ntwo\n\nPlan: Pro\nPrice: 10 euros\n\nCall [[phone]] if late.',
  );
  const words = r.output.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length;
  assert.deepEqual(r.phone, { words, seconds: Math.round((words * 60) / 150) });
});

test('phone, Russian: acronyms letter by letter, МСК and № expanded, the address with Russian words', () => {
  const r = renderChannel(bodyDoc('Запрос № 5: оплата через СБП до 15:00 МСК, подробности на help.skladno.ru.', 'title: T\nlocale: ru'), 'phone');
  assert.equal(r.output, 'Запрос номер 5: оплата через эс-бэ-пэ до 15:00 по московскому времени, подробности на help точка skladno точка ру.');
});

test('variables: data beats samples, then the inline default, then the declared default; dotted and nested keys', () => {
  const doc = bodyDoc('{{ a }}|{{ b.c }}|{{ d | default: "inline" }}|{{ e }}', 'title: T\nvariables:\n  a:\n    sample: "sa"\n  b.c:\n    sample: "sb"\n  d:\n    sample: "sd"\n  e:\n    default: "de"');
  assert.equal(renderChannel(doc, 'sms').output, 'sa|sb|sd|de');
  assert.equal(renderChannel(doc, 'sms', { data: { a: 1, b: { c: true } } }).output, '1|true|inline|de');
  assert.equal(renderChannel(doc, 'sms', { data: { 'b.c': 'flat' } }).output, '[[a]]|flat|inline|de');
  assert.deepEqual(warningSpans(renderChannel(doc, 'sms', { data: {} })), ['13:1-13:8 channel/missing-variable', '13:9-13:18 channel/missing-variable']);
});

test('a placeholder is never read as Markdown, and works as a link destination', () => {
  const doc = bodyDoc('Hi {{ first_name }} and {{ last_name }}: [track]({{ url }})', 'title: T\nvariables:\n  first_name:\n    sample: "*Ann*"\n  last_name:\n    sample: "<b>B</b>"\n  url:\n    sample: "https://x.example/1"');
  assert.equal(renderChannel(doc, 'telegram').output, 'Hi *Ann* and &lt;b&gt;B&lt;/b&gt;: <a href="https://x.example/1">track</a>');
  assert.equal(renderChannel(doc, 'sms').output, 'Hi *Ann* and <b>B</b>: track: https://x.example/1');
});

test('SMS: which characters forced UCS-2, where, and a warning for avoidable ones', () => {
  const doc = bodyDoc('Hi — your code is ready 👍\n\nSee you');
  const r = renderChannel(doc, 'sms');
  assert.equal(r.output, 'Hi — your code is ready 👍\nSee you');
  assert.equal(r.sms?.encoding, 'UCS-2');
  assert.equal(r.sms?.units, 34);
  assert.deepEqual(
    r.sms?.ucs2Characters.map((c) => [c.char, c.codePoint, c.ranges.map((x) => `${x.start.line + 1}:${x.start.character + 1}-${x.end.line + 1}:${x.end.character + 1}`)]),
    [
      ['—', 'U+2014', ['5:4-5:5']],
      ['👍', 'U+1F44D', ['5:25-5:27']],
    ],
  );
  assert.deepEqual(r.sms?.doubleCharacters.map((c) => c.char), ['👍']);
  assert.deepEqual(warningSpans(r), ['5:4-5:5 channel/sms-ucs2', '5:25-5:27 channel/sms-emoji']);
  // Cyrillic forces UCS-2 anyway: the dash and the emoji are reported but not warned about.
  const ru = renderChannel(bodyDoc('Привет — 👍'), 'sms');
  assert.deepEqual(ru.sms?.ucs2Characters.map((c) => c.char).join(''), 'Привет—👍');
  assert.deepEqual(warningSpans(ru), []);
});

test('SMS: a character from a variable points at the placeholder', () => {
  const doc = bodyDoc('Order {{ id }}', 'title: T\nvariables:\n  id:\n    sample: "№5"');
  const r = renderChannel(doc, 'sms');
  assert.deepEqual(r.sms?.ucs2Characters.map((c) => c.ranges.map((x) => `${x.start.line + 1}:${x.start.character + 1}-${x.end.line + 1}:${x.end.character + 1}`)), [['7:7-7:15']]);
});

test('SMS: segments above the maximum are a warning pointing where the extra segment starts', () => {
  const words = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
  const doc = bodyDoc(words);
  const r = renderChannel(doc, 'sms');
  assert.equal(r.sms?.segments, 3);
  assert.deepEqual(warningSpans(r), []);
  const strict = renderChannel(doc, 'sms', { maxSmsSegments: 2 });
  assert.deepEqual(warningSpans(strict).map((s) => s.split(' ')[1]), ['channel/sms-segments']);
  assert.match(strict.warnings[0].message, /3 segments/);
});

test('over the Telegram limit: a warning at the place the limit is crossed', () => {
  const para = 'x'.repeat(3000);
  const r = renderChannel(bodyDoc(`${para}\n\n${para}`), 'telegram');
  assert.equal(r.length, 6002);
  assert.deepEqual(warningSpans(r), ['7:1-7:3001 channel/over-limit']);
});

test('a kb-sample macro: the WhatsApp/Telegram delivery reply', () => {
  const path = 'kb-sample/macros/en/answer-order-status-whatsapp.md';
  const doc = kbDoc(readFileSync(join(REPO, path), 'utf8'), 'macros/en/answer-order-status-whatsapp.md');
  const r = renderAll(doc);
  const expected =
    'Hi Emma, order SK-104582 is with the courier and on schedule: delivery today between 16:00 and 18:00.\n\n' +
    'You can forward this tracking link to your buyer: https://track.skladno.ru/SK-104582\n\n' +
    "The courier calls the buyer 30 minutes before arriving. If the buyer won't be home, they can pick a new time at the same link until 12:00 on the delivery day.";
  assert.equal(r.whatsapp?.output, expected);
  assert.equal(r.telegram?.output, expected);
  assert.deepEqual(warningSpans(r.whatsapp!), []);
  assert.deepEqual(r.sms?.sms && [r.sms.sms.encoding, r.sms.sms.units, r.sms.sms.segments], ['GSM-7', 345, 3]);
  // The tracking URL comes from a variable: still a link in an SMS, spelled out on the phone.
  assert.deepEqual(warningSpans(r.sms!), ['30:51-30:69 channel/sms-link']);
  assert.match(r.phone!.output, /your buyer: track dot skladno dot ru slash S-K dash 104582\n/);
  assert.equal(r.phone?.phone?.seconds, Math.round((r.phone!.phone!.words * 60) / 150));
});

test('phone: each emoji left out is pointed at in the source, the same emoji twice included', () => {
  const doc = bodyDoc('Thanks 👍 and **again** 👍, see you 🙂\n\nBye &amp; 👍');
  const r = renderChannel(doc, 'phone');
  // The spaces before an emoji go with it.
  assert.equal(r.output, 'Thanks and again, see you\n\nBye &');
  assert.deepEqual(
    warningSpans(r).filter((w) => w.endsWith('channel/unsupported')),
    ['5:8-5:10 channel/unsupported', '5:25-5:27 channel/unsupported', '5:37-5:39 channel/unsupported', '7:11-7:13 channel/unsupported'],
  );
  // The same character earlier as plain text (© without U+FE0F), or inside a joined emoji, is not the one pointed at.
  const plainFirst = renderChannel(bodyDoc('© 2026 Skladno ©️ thanks, 👨‍👩 and 👩'), 'phone');
  assert.deepEqual(
    warningSpans(plainFirst).filter((w) => w.endsWith('channel/unsupported')),
    ['5:16-5:17 channel/unsupported', '5:27-5:29 channel/unsupported', '5:37-5:39 channel/unsupported'],
  );
});
