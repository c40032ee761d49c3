import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHANNELS } from '../../src/core';
import { REPO as repo, runCli, writeKb } from './helpers/cli';

const scratch = mkdtempSync(join(tmpdir(), 'support-kb-render-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const run = (args: string[], cwd = repo) => runCli(args, { cwd });
const MACRO = 'kb-sample/macros/en/ack-sms-en.md';

test('render --json: the documented shape for every channel', async () => {
  for (const channel of CHANNELS) {
    const { code, stdout, stderr } = await run(['render', MACRO, '--channel', channel, '--json']);
    assert.equal(code, 0, stderr);
    const r = JSON.parse(stdout);
    assert.equal(r.channel, channel);
    assert.equal(typeof r.output, 'string');
    assert.ok(Array.isArray(r.warnings));
    assert.equal(typeof r.length, 'number');
    const expected = { email: 'html', chat: 'html', sms: 'text', telegram: 'telegram-html', whatsapp: 'whatsapp', slack: 'slack-mrkdwn', phone: 'text' }[channel];
    assert.equal(r.format, expected);
    assert.equal('text' in r && 'subject' in r, channel === 'email', channel);
    assert.equal('sms' in r, channel === 'sms', channel);
    assert.equal('phone' in r, channel === 'phone', channel);
  }
});

test('render sms --json: the sample values, encoding, units and segments', async () => {
  const { stdout } = await run(['render', MACRO, '--channel', 'sms', '--json']);
  assert.deepEqual(JSON.parse(stdout), {
    channel: 'sms',
    format: 'text',
    output: 'Skladno: we got your request #48213 and will reply within 4 business hours. To add details, reply to this text.',
    warnings: [],
    length: 111,
    sms: { encoding: 'GSM-7', units: 111, segments: 1, ucs2Characters: [], doubleCharacters: [] },
  });
});

test('render without --json prints the payload; warnings go to stderr with their line', async () => {
  const root = writeKb(scratch, 'plain', {
    '.support-kb.yml': 'defaultLocale: ru\n',
    'a.md': '---\ntitle: A\n---\n# Заголовок\n\nПривет, {{ name }}!\n',
  });
  const { code, stdout, stderr } = await run(['render', 'a.md', '--channel', 'telegram'], root);
  assert.equal(code, 0);
  assert.equal(stdout, '<b>Заголовок</b>\n\nПривет, [[name]]!\n');
  assert.equal(
    stderr,
    'support-kb: info: a.md:4:1: Telegram has no headings: shown as a bold line. (channel/unsupported)\n' +
      'support-kb: warning: a.md:6:9: No value for "name": the message shows [[name]]. Add a sample under "variables", a default ({{ name | default: "…" }}), or the value in the data file. (channel/missing-variable)\n',
  );
  // The KB's default locale makes the phone script Russian.
  assert.match((await run(['render', 'a.md', '--channel', 'phone'], root)).stdout, /^Заголовок\n/);
});

test('--data FILE (JSON or YAML) fills the placeholders instead of the samples', async () => {
  const root = writeKb(scratch, 'data', {
    'a.md': '---\ntitle: A\nsubject: "Order {{ order.id }}"\nvariables:\n  order.id:\n    sample: "1"\n---\nOrder {{ order.id }} for {{ name }}.\n',
    'ticket.json': '{ "order": { "id": "SK-9" }, "name": "Ann" }',
    'ticket.yml': 'order.id: SK-7\nname: Bo\n',
    'list.json': '[1, 2]',
    'broken.json': '{ "order": { "id": "SK-9" },\n  "name": "Ann"',
  });
  const json = JSON.parse((await run(['render', 'a.md', '--channel', 'email', '--data', 'ticket.json', '--json'], root)).stdout);
  assert.equal(json.subject, 'Order SK-9');
  assert.equal(json.text, 'Order SK-9 for Ann.');
  assert.deepEqual(json.warnings, []);
  assert.equal((await run(['render', 'a.md', '--channel', 'sms', '--data', 'ticket.yml'], root)).stdout, 'Order SK-7 for Bo.\n');
  const list = await run(['render', 'a.md', '--channel', 'sms', '--data', 'list.json'], root);
  assert.equal(list.code, 2);
  assert.match(list.stderr, /must hold a mapping/);
  const broken = await run(['render', 'a.md', '--channel', 'sms', '--data', 'broken.json'], root);
  assert.equal(broken.code, 2);
  assert.match(broken.stderr, /data file broken\.json \(line 2, column \d+\): it is neither JSON nor YAML/);
});

test('--channel all and a comma list: every payload under its header, an array with --json', async () => {
  const single = await Promise.all(CHANNELS.map(async (channel) => JSON.parse((await run(['render', MACRO, '--channel', channel, '--json'])).stdout)));
  const all = await run(['render', MACRO, '--channel', 'all', '--json']);
  assert.equal(all.code, 0, all.stderr);
  assert.deepEqual(JSON.parse(all.stdout), single);

  const text = await run(['render', MACRO, '--channel', 'phone, sms,phone']);
  assert.equal(text.code, 0, text.stderr);
  const payload = async (channel: string) => (await run(['render', MACRO, '--channel', channel])).stdout;
  assert.equal(text.stdout, `==> phone <==\n${await payload('phone')}\n==> sms <==\n${await payload('sms')}`);
});

test('--max-segments sets when SMS segments are a warning', async () => {
  const root = writeKb(scratch, 'long', { 'a.md': `---\ntitle: A\n---\n${'word '.repeat(40)}\n` });
  const loose = JSON.parse((await run(['render', 'a.md', '--channel', 'sms', '--json'], root)).stdout);
  assert.equal(loose.sms.segments, 2);
  assert.deepEqual(loose.warnings, []);
  const strict = JSON.parse((await run(['render', 'a.md', '--channel', 'sms', '--json', '--max-segments', '1'], root)).stdout);
  assert.deepEqual(strict.warnings.map((w: { code: string; line: number }) => [w.code, w.line]), [['channel/sms-segments', 4]]);
});

test('usage errors exit 2 with a clear message', async () => {
  const cases: [string[], RegExp][] = [
    [['render', MACRO, '--channel', 'fax'], /unknown channel "fax"; the channels are: email, chat, sms, telegram, whatsapp, slack, phone/],
    [['render', MACRO], /render needs --channel: one of email, chat, sms, telegram, whatsapp, slack, phone, several separated by commas, or all/],
    [['render', MACRO, '--channel', 'sms,fax'], /unknown channel "fax"/],
    [['render', 'nope/missing.md', '--channel', 'sms'], /no such file: nope\/missing.md/],
    [['render', '--channel', 'sms'], /render takes one file, got 0/],
    [['render', MACRO, MACRO, '--channel', 'sms'], /render takes one file, got 2/],
    [['render', MACRO, '--channel', 'sms', '--data', 'missing.json'], /no such data file/],
    [['render', MACRO, '--channel', 'sms', '--max-segments', '0'], /--max-segments/],
    [['render', MACRO, '--channel', 'sms', '--bogus'], /bogus/],
  ];
  for (const [args, message] of cases) {
    const { code, stdout, stderr } = await run(args);
    assert.equal(code, 2, args.join(' '));
    assert.equal(stdout, '', args.join(' '));
    assert.match(stderr, message, args.join(' '));
  }
});

test('render --help, and render in the main help', async () => {
  const help = await run(['render', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage: support-kb render FILE --channel CH\[,CH…\] \[--data FILE\] \[--json\]/);
  assert.match((await run(['--help'])).stdout, /\n {2}render FILE {7}/);
});
