/**
 * Placeholder values are customer data: in every channel they are text, never markup
 * (src/core/render/channels/inert-value.ts for Slack and WhatsApp, the channels' own escaping
 * elsewhere), while the author's Markdown around them keeps its formatting.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderAll } from '../../src/core';
import { inertValue, SLACK_LINE_START, WHATSAPP_LINE_START } from '../../src/core/render/channels/inert-value';
import { bodyDoc } from './helpers/render';

const FRONT = [
  'title: T',
  'locale: en',
  'variables:',
  '  name:',
  '    sample: "*bold* _it_ ~s~ `c` <b>x</b> <@U123> & <!channel>"',
  '  comment:',
  '    sample: "> q\\n- item\\n1. first\\n```\\nfence"',
  '  login:',
  '    sample: "john_doe@x.example snake_case_name"',
  '  link:',
  '    sample: "https://x.example/_next/*a*"',
].join('\n');

const all = renderAll(bodyDoc('Dear **{{ name }}**,\n\n{{ comment }}\n\nLogin {{ login }}, page {{ link }}.', FRONT));

test('Slack: marks, quotes, fences, mentions and tags in a value are text; the author\'s bold stays bold', () => {
  const out = all.slack!.output;
  assert.equal(
    out,
    'Dear *\u2217bold\u2217 \u02cdit\u02cd \u223cs\u223c \u02cbc\u02cb &lt;b&gt;x&lt;/b&gt; &lt;@U123&gt; &amp; &lt;!channel&gt;*,\n\n' +
      '\u00ad&gt; q\n- item\n1. first\n\u02cb\u02cb\u02cb\nfence\n\n' +
      'Login john_doe@x.example snake_case_name, page https://x.example/_next/*a*.',
  );
});

test('WhatsApp: the same marks are text, and no line of a value starts a quote or a list', () => {
  const out = all.whatsapp!.output;
  assert.equal(
    out,
    'Dear *\u2217bold\u2217 \u02cdit\u02cd \u223cs\u223c \u02cbc\u02cb <b>x</b> <@U123> & <!channel>*,\n\n' +
      '\u00ad> q\n\u00ad- item\n\u00ad1. first\n\u02cb\u02cb\u02cb\nfence\n\n' +
      'Login john_doe@x.example snake_case_name, page https://x.example/_next/*a*.',
  );
});

test('Telegram, chat and email HTML escape a value\'s tags; their marks are no syntax there', () => {
  assert.match(all.telegram!.output, /Dear <b>\*bold\* _it_ ~s~ `c` &lt;b&gt;x&lt;\/b&gt; &lt;@U123&gt; &amp; &lt;!channel&gt;<\/b>/m);
  assert.match(all.chat!.output, /<b>\*bold\* _it_ ~s~ `c` &lt;b&gt;x&lt;\/b&gt;/);
  assert.match(all.email!.output, /<strong>\*bold\* _it_ ~s~ `c` &#x3C;b>x&#x3C;\/b>/);
  for (const channel of ['telegram', 'chat', 'email'] as const) assert.doesNotMatch(all[channel]!.output, /<b>x<\/b>|<blockquote/, channel);
});

test('SMS, phone and the email\'s text part carry a value as it is: no markup to escape', () => {
  assert.match(all.sms!.output, /Dear \*bold\* _it_ ~s~ `c` <b>x<\/b> <@U123> & <!channel>,\n> q\n- item/);
  assert.match(all.email!.text!, /Dear \*bold\* _it_ ~s~ `c` <b>x<\/b>/);
  assert.doesNotMatch(all.phone!.output, /[\u2217\u02cd\u00ad]/);
});

test('inertValue: marks between letters or digits stay; addresses stay whole; line starts only at a line start', () => {
  assert.equal(inertValue('a_b x*y 2~3 `', false, SLACK_LINE_START), 'a_b x*y 2~3 \u02cb');
  assert.equal(inertValue('_a_ *Ж* _😀_', false, SLACK_LINE_START), '\u02cda\u02cd \u2217Ж\u2217 \u02cd😀\u02cd');
  assert.equal(inertValue('> q', true, SLACK_LINE_START), '\u00ad> q');
  assert.equal(inertValue('> q', false, SLACK_LINE_START), '> q');
  assert.equal(inertValue('- a', true, SLACK_LINE_START), '- a', 'Slack has no list syntax');
  assert.equal(inertValue('  - a', true, WHATSAPP_LINE_START), '\u00ad  - a');
  assert.equal(inertValue('12. a', true, WHATSAPP_LINE_START), '\u00ad12. a');
  assert.equal(inertValue('* a', true, WHATSAPP_LINE_START), '\u2217 a', 'a `*` bullet is swapped already');
  assert.equal(inertValue('mailto:a_b_@x.example www.x.example/_a_ a_@b.example', false, SLACK_LINE_START), 'mailto:a_b_@x.example www.x.example/_a_ a_@b.example');
});

test('a value after a line prefix is at a line start: in a quote and in a list item', () => {
  const r = renderAll(bodyDoc('> {{ v }}\n\n- {{ v }}', 'title: T\nvariables:\n  v:\n    sample: "> x"'));
  assert.equal(r.slack!.output, '> \u00ad&gt; x\n\n• \u00ad&gt; x');
  assert.equal(r.whatsapp!.output, '> \u00ad> x\n\n- \u00ad> x');
});
