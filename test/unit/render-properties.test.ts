import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CHANNELS, measureSms, renderAll, renderChannel } from '../../src/core';
import { bodyDoc, kbDoc } from './helpers/render';
import { kbDocumentText } from './helpers/render-arbitrary';
import { checkChat, checkEmailHtml, checkSlack, checkTelegram } from './helpers/render-checks';
import { fuzz } from './helpers/fuzz';

/*
 * Properties of the channel renderers on generated documents, and the XSS
 * cases. SMS counts are checked against a second implementation written here
 * from 3GPP TS 23.038 §6.2.1: the message is encoded into septets (or UTF-16
 * units) and cut into parts of 153 (67), never between an escape and its
 * extension character (never inside a surrogate pair).
 */
const ESC = 0x1b;
/** The GSM 7-bit default alphabet by septet value 0x00–0x7F (0x1B is the escape). */
// prettier-ignore
const DEFAULT_ALPHABET: readonly (string | null)[] = [
  '@', '£', '$', '¥', 'è', 'é', 'ù', 'ì', 'ò', 'Ç', '\n', 'Ø', 'ø', '\r', 'Å', 'å',
  'Δ', '_', 'Φ', 'Γ', 'Λ', 'Ω', 'Π', 'Ψ', 'Σ', 'Θ', 'Ξ', null, 'Æ', 'æ', 'ß', 'É',
  ' ', '!', '"', '#', '¤', '%', '&', "'", '(', ')', '*', '+', ',', '-', '.', '/',
  '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ':', ';', '<', '=', '>', '?',
  '¡', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O',
  'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z', 'Ä', 'Ö', 'Ñ', 'Ü', '§',
  '¿', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
  'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 'ä', 'ö', 'ñ', 'ü', 'à',
];
/** The extension table: septet after the escape → character. */
const EXTENSION: Readonly<Record<number, string>> = { 0x0a: '\f', 0x14: '^', 0x28: '{', 0x29: '}', 0x2f: '\\', 0x3c: '[', 0x3d: '~', 0x3e: ']', 0x40: '|', 0x65: '€' };

function toSeptets(text: string): number[] | undefined {
  const out: number[] = [];
  for (const ch of text) {
    const basic = DEFAULT_ALPHABET.indexOf(ch);
    if (basic !== -1) {
      out.push(basic);
      continue;
    }
    const ext = Object.entries(EXTENSION).find(([, c]) => c === ch);
    if (!ext) return undefined;
    out.push(ESC, Number(ext[0]));
  }
  return out;
}

/** Cuts `units` into parts of at most `size`, never after a unit for which `split(unit)` is false. */
function cut(units: readonly number[], size: number, canEndWith: (unit: number) => boolean): number[][] {
  const parts: number[][] = [];
  let at = 0;
  while (at < units.length) {
    let end = Math.min(at + size, units.length);
    if (end < units.length && !canEndWith(units[end - 1])) end--;
    parts.push(units.slice(at, end));
    at = end;
  }
  return parts;
}

interface Reference {
  encoding: 'GSM-7' | 'UCS-2';
  units: number;
  parts: string[];
}

function reference(text: string): Reference {
  const septets = toSeptets(text);
  if (septets) {
    const parts = septets.length <= 160 ? (septets.length ? [septets] : []) : cut(septets, 153, (s) => s !== ESC);
    // Decode each part back, the escape pairing with the septet after it.
    const decoded = parts.map((p) => {
      let s = '';
      for (let i = 0; i < p.length; i++) s += p[i] === ESC ? EXTENSION[p[++i]] : DEFAULT_ALPHABET[p[i]];
      return s;
    });
    return { encoding: 'GSM-7', units: septets.length, parts: decoded };
  }
  const units = Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
  const isHigh = (u: number) => u >= 0xd800 && u <= 0xdbff;
  const parts = units.length <= 70 ? (units.length ? [units] : []) : cut(units, 67, (u) => !isHigh(u));
  return { encoding: 'UCS-2', units: units.length, parts: parts.map((p) => String.fromCharCode(...p)) };
}

test('the reference implementation on hand-counted cases', () => {
  assert.deepEqual(reference('a'.repeat(160)), { encoding: 'GSM-7', units: 160, parts: ['a'.repeat(160)] });
  assert.equal(reference('a'.repeat(161)).parts.length, 2);
  // 152 letters then €: the escape would be the 153rd septet, so € opens part two.
  assert.deepEqual(reference(`${'a'.repeat(152)}€${'b'.repeat(10)}`).parts.map((p) => p.length), [152, 11]);
  assert.deepEqual(reference(`${'я'.repeat(66)}😀x${'я'.repeat(10)}`).parts.map((p) => p.length), [66, 13]);
});

test('measureSms on hand-counted cases', () => {
  const cases: [string, string, number, number][] = [
    ['', 'GSM-7', 0, 0],
    ['a'.repeat(160), 'GSM-7', 160, 1],
    ['a'.repeat(161), 'GSM-7', 161, 2],
    ['€'.repeat(80), 'GSM-7', 160, 1],
    ['€'.repeat(81), 'GSM-7', 162, 2],
    ['a'.repeat(306), 'GSM-7', 306, 2],
    ['a'.repeat(307), 'GSM-7', 307, 3],
    [`${'a'.repeat(152)}€${'a'.repeat(153)}`, 'GSM-7', 307, 3],
    ['я'.repeat(70), 'UCS-2', 70, 1],
    ['я'.repeat(71), 'UCS-2', 71, 2],
    ['😀'.repeat(35), 'UCS-2', 70, 1],
    [`${'я'.repeat(66)}${'😀'.repeat(34)}`, 'UCS-2', 134, 3],
    ['Ça coûte 5 €', 'UCS-2', 12, 1],
    ['Ça va, 5 €', 'GSM-7', 11, 1],
  ];
  for (const [text, encoding, units, segments] of cases) {
    const m = measureSms(text);
    assert.deepEqual([m.encoding, m.units, m.segments], [encoding, units, segments], JSON.stringify(text.slice(0, 20)));
  }
});

/** Characters near the edges: GSM basic, extension, Latin-1 outside GSM, Cyrillic, emoji, lone surrogates. */
const smsChar = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...'abcXYZ 019.,!?@£$¥èéÇ\nΔ_ÆßÉ¤§¿äöñüà') },
  { weight: 2, arbitrary: fc.constantFrom(...'^{}\\[~]|€\f') },
  { weight: 1, arbitrary: fc.constantFrom('ç', 'ê', '—', '«', 'я', 'Ж', '\u00a0', '😀', '👍🏽', '🇷🇺', '\ud800', '\udc00') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
);
const smsText = fc.oneof(
  fc.array(fc.constantFrom(...'abc €[]'), { maxLength: 400 }).map((cs) => cs.join('')),
  fc.array(smsChar, { maxLength: 400 }).map((cs) => cs.join('')),
  fc.tuple(fc.constantFrom('a', '€', 'я', '😀'), fc.integer({ min: 60, max: 170 }), fc.constantFrom('€', '😀', 'b', 'я')).map(([a, n, b]) => a.repeat(n) + b + a.repeat(n)),
);

test('measureSms agrees with the 3GPP reference on generated texts', () => {
  fc.assert(
    fc.property(smsText, (text) => {
      const m = measureSms(text);
      const r = reference(text);
      assert.deepEqual([m.encoding, m.units, m.segments], [r.encoding, r.units, r.parts.length]);
      const parts = m.partStarts.map((s, i) => text.slice(s, m.partStarts[i + 1] ?? text.length));
      assert.deepEqual(parts, r.parts);
    }),
    fuzz(20_000, 20261211),
  );
});

test('the checkers catch what they are for', () => {
  assert.equal(checkTelegram('<b>x</b> &lt; &amp; <a href="https://x.example">y</a>'), undefined);
  assert.match(checkTelegram('<p>x</p>')!, /not allowed/);
  assert.match(checkTelegram('<b>x')!, /unclosed/);
  assert.match(checkTelegram('<b><code>x</code></b>')!, /inside formatting/);
  assert.match(checkTelegram('<blockquote><blockquote>x</blockquote></blockquote>')!, /nested/);
  assert.match(checkTelegram('a & b')!, /unescaped &/);
  assert.match(checkTelegram('1 > 0')!, /unescaped >/);
  assert.match(checkTelegram('<a href="javascript:alert(1)">x</a>')!, /link/);
  assert.equal(checkSlack('*b* &amp; <https://x.example?a=1&amp;b=2|t &lt; u> <mailto:a@b.ru>'), undefined);
  assert.match(checkSlack('a < b')!, /unescaped </);
  assert.equal(checkSlack('> quoted\n>\n> more'), undefined);
  assert.match(checkSlack('> > nested')!, /unescaped >/);
  assert.match(checkSlack('a & b')!, /unescaped &/);
  assert.match(checkSlack('<javascript:alert(1)|x>')!, /link/);
  assert.match(checkChat('<h1>x</h1>')!, /not allowed/);
  assert.match(checkChat('<li>x</li>')!, /outside a list/);
  assert.match(checkEmailHtml('<img src="x" onerror="alert(1)">')!, /event handler/);
  assert.equal(checkEmailHtml('<p title="1 > 0 <b>">a &#x3C; b</p>'), undefined);
  assert.match(checkEmailHtml('<a href="jav&#x09;ascript:alert(1)">x</a>')!, /href/);
  assert.match(checkEmailHtml('<script>alert(1)</script>')!, /tag <script>/);
});

/**
 * Generated documents (10,000 with FUZZ=1), each rendered for all seven channels: every
 * payload keeps its channel's grammar, and no HTML-speaking payload holds
 * anything a browser or client would run (the XSS cases below check the
 * text channels too, on payloads whose place in the document is known).
 */
test('every channel keeps its grammar, SMS counts agree with 3GPP, no HTML payload can run a script: generated documents', () => {
  fc.assert(
    fc.property(kbDocumentText, (text) => {
      const all = renderAll(kbDoc(text));
      assert.deepEqual(Object.keys(all), [...CHANNELS]);
      for (const channel of CHANNELS) {
        for (const w of all[channel]!.warnings) assert.ok(!w.range || w.range.start.line <= w.range.end.line, `${channel}: ${w.code} range`);
      }
      // The channels a client interprets as markup: only their own harmless tags and safe addresses.
      // (Text inside an HTML block or a code block stays text, `alert(1)` included: in SMS that runs nothing.)
      assert.equal(checkEmailHtml(all.email!.output), undefined, all.email!.output);
      assert.equal(checkChat(all.chat!.output), undefined, all.chat!.output);
      assert.equal(checkTelegram(all.telegram!.output), undefined, all.telegram!.output);
      assert.equal(all.telegram!.length, all.telegram!.output.replace(/<[^>]*>/g, '').replace(/&(lt|gt|amp|quot);/g, '.').length);
      assert.equal(checkSlack(all.slack!.output), undefined, all.slack!.output);
      // SMS: encoding, units and the parts as sent agree with the 3GPP reference below; the report names
      // every character outside both tables, and counts every one that costs two units.
      const sms = all.sms!;
      const ref = reference(sms.output);
      assert.deepEqual([sms.sms!.encoding, sms.sms!.units, sms.sms!.segments], [ref.encoding, ref.units, ref.parts.length]);
      assert.deepEqual(sms.sms!.parts, ref.parts);
      assert.equal(sms.length, ref.units);
      const outside = [...new Set([...sms.output].filter((c) => toSeptets(c) === undefined))];
      assert.deepEqual(sms.sms!.ucs2Characters.map((c) => c.char).sort(), ref.encoding === 'UCS-2' ? outside.sort() : []);
      const doubles = ref.encoding === 'GSM-7' ? [...sms.output].filter((c) => toSeptets(c)?.length === 2) : [...sms.output].filter((c) => c.length === 2);
      assert.equal(sms.sms!.doubleCharacters.reduce((n, c) => n + c.count, 0), doubles.length);
      // WhatsApp and SMS take no HTML: none of ours, and the author's raw HTML is gone (its text stays;
      // a variable's value is text, so the `markup` sample's <img …> may show as characters).
      for (const channel of ['whatsapp', 'sms'] as const) {
        assert.doesNotMatch(all[channel]!.output, /<\/?(b|i|u|s|a|em|strong|span|div|p|code|pre|blockquote|ul|ol|li|br)\b[^>]*>/, channel);
      }
      // Phone: no markup, no emoji, addresses spelled out, time at 150 words a minute.
      const phone = all.phone!;
      assert.doesNotMatch(phone.output, /\p{Emoji_Presentation}|:\/\/|<\/?(b|i|u|s|a|em|strong|code|pre|blockquote|ul|ol|li)>/u, phone.output);
      assert.equal(phone.phone!.seconds, Math.round((phone.phone!.words * 60) / 150));
      assert.ok(phone.phone!.words >= phone.output.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length, 'every spoken token counts');
    }),
    fuzz(10_000, 20261212),
  );
});

const XSS: [string, string][] = [
  ['script tag', 'Hi <script>alert(1)</script> there'],
  ['script block', '<script>\nalert(1)\n</script>'],
  ['onerror', '<img src=x onerror=alert(1)>'],
  ['onerror in a block', '<div><img src="x" onerror="alert(1)"></div>'],
  ['javascript: link', '[click](javascript:alert(1))'],
  ['mixed-case javascript: link', '<a href="JaVaScRiPt:alert(1)">click</a>'],
  ['entity-hidden javascript:', '<a href="jav&#x09;ascript:alert(1)">click</a> <a href="javascript&colon;alert(1)">again</a>'],
  ['data: link', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
  ['iframe', '<iframe src="javascript:alert(1)"></iframe>'],
  ['svg onload', '<svg onload=alert(1)><circle r="1"/></svg>'],
  ['style', '<style>body { background: url("javascript:alert(1)") }</style>'],
  ['autolink to javascript:', '<javascript:alert(1)>'],
];

test('XSS cases: nothing executable in any channel, and a warning says what was removed', () => {
  for (const [name, body] of XSS) {
    const doc = bodyDoc(`Before.\n\n${body}\n\nAfter.`);
    const all = renderAll(doc);
    for (const channel of CHANNELS) {
      const r = all[channel]!;
      const payload = channel === 'email' ? `${r.output}\n${r.text}` : r.output;
      if (name !== 'autolink to javascript:') assert.doesNotMatch(payload, /alert|javascript|data:text/i, `${name} in ${channel}: ${payload}`);
      assert.doesNotMatch(payload, /<script|<iframe|<svg|<style|\son\w+=|href="\s*javascript/i, `${name} in ${channel}`);
      assert.match(r.output, /Before[\s\S]*After/, `${name}: the rest of ${channel} is kept`);
    }
    assert.equal(checkEmailHtml(all.email!.output), undefined, name);
    assert.ok(all.sms!.warnings.some((w) => w.code === 'channel/unsafe-html'), `${name} is reported`);
  }
});

test('an autolink to javascript: keeps its text, as text: nowhere a link', () => {
  const all = renderAll(bodyDoc('<javascript:alert(1)>'));
  assert.equal(all.email!.output.includes('<a '), true, 'the element stays, without href');
  assert.doesNotMatch(all.email!.output, /href/);
  assert.equal(all.telegram!.output, 'javascript:alert(1)');
  assert.equal(all.slack!.output, 'javascript:alert(1)');
  assert.equal(all.chat!.output, 'javascript:alert(1)');
});

test('safe raw HTML keeps its formatting in every channel', () => {
  const doc = bodyDoc('Text with <b>bold</b>, <u>under</u> and <a href="https://x.example">a link</a>.');
  assert.equal(renderChannel(doc, 'telegram').output, 'Text with <b>bold</b>, <u>under</u> and <a href="https://x.example">a link</a>.');
  assert.equal(renderChannel(doc, 'slack').output, 'Text with *bold*, under and <https://x.example|a link>.');
  assert.equal(renderChannel(doc, 'sms').output, 'Text with bold, under and a link: https://x.example.');
});

/** Samples in YAML escapes: halves of a pair, a pair split by a NUL, a NUL before a character outside the BMP. */
const SURROGATE_SAMPLES = ['x\\ud83d', '\\ude00y', '\\ud83d \\ude00', '\\0\\U0001D400', '\\0\\ud83d\\ude00', '😀\\0', 'a\\u0001\\0b'];
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

test('no channel output holds a lone surrogate: generated documents with surrogate halves and NULs in values', () => {
  fc.assert(
    fc.property(kbDocumentText, fc.constantFrom(...SURROGATE_SAMPLES), (text, sample) => {
      // The value first and last in the body: where a phone script's text begins and ends.
      const withValues = text.replace('sample: "🎉"', `sample: "${sample}"`).replace('\n---\n', '\n---\n{{ emoji }}\n\n');
      const doc = kbDoc(`${withValues}\n{{ name }} {{ emoji }}\n`);
      const all = renderAll(doc);
      for (const channel of CHANNELS) {
        const r = all[channel]!;
        for (const part of [r.output, r.text ?? '', r.subject ?? '', ...(r.sms?.parts ?? [])]) assert.doesNotMatch(part, LONE_SURROGATE, `${channel}: ${JSON.stringify(part)}`);
      }
    }),
    fuzz(2000, 20261213),
  );
});
