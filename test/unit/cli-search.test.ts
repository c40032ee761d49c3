import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO as repo, runCli, writeKb } from './helpers/cli';

const scratch = mkdtempSync(join(tmpdir(), 'support-kb-search-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const run = (args: string[], cwd = repo, isTTY = false) => runCli(args, { cwd, isTTY });
type Hit = { id: string; title: string; path: string; score: number };
const json = async (args: string[], cwd = repo) => {
  const r = await run([...args, '--json'], cwd);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as Hit[];
};

test('search --json on kb-sample: id, title, path relative to the cwd and score, best first', async () => {
  const hits = await json(['search', 'сбросить пароль', '--kb', 'kb-sample']);
  assert.ok(['password-reset', 'phone-password-reset'].includes(hits[0].id));
  for (const h of hits) assert.deepEqual(Object.keys(h).sort(), ['id', 'path', 'score', 'title']);
  assert.ok(hits.every((h) => h.path.startsWith('kb-sample/') && h.path.endsWith('.md')));
  assert.deepEqual(hits.map((h) => h.score), hits.map((h) => h.score).sort((a, b) => b - a));
  assert.ok(hits.length <= 10, 'default limit');
});

test('the query may be several arguments; the wrong keyboard layout and filters work as in the editor', async () => {
  assert.equal((await json(['search', 'сбой', 'оплаты', 'ch:sms', '--kb', 'kb-sample']))[0]?.id, 'incident-sms');
  assert.ok(['password-reset', 'phone-password-reset'].includes((await json(['search', 'gfhjkm', '--kb', 'kb-sample']))[0]?.id));
});

test('--limit, --locale and --channel', async () => {
  assert.equal((await json(['search', 'оплата', '--kb', 'kb-sample', '--limit', '2'])).length, 2);
  const en = await json(['search', 'refund', '--kb', 'kb-sample', '--locale', 'en', '--limit', '50']);
  assert.ok(en.length > 0);
  for (const h of en) assert.match(readFileSync(join(repo, h.path), 'utf8'), /^locale: en(-\w+)?$/m, h.path);
  const sms = await json(['search', 'сбой', '--kb', 'kb-sample', '--channel', 'sms', '--limit', '50']);
  assert.deepEqual(sms.map((h) => h.id), ['incident-sms']);
});

test('nothing found: exit 0, [] in JSON, a sentence otherwise', async () => {
  assert.deepEqual(await json(['search', 'жирафы марсиане', '--kb', 'kb-sample']), []);
  const plain = await run(['search', 'жирафы марсиане', '--kb', 'kb-sample']);
  assert.equal(plain.code, 0);
  assert.match(plain.stdout, /^No templates match "жирафы марсиане" among \d+ documents\./);
});

test('the readable list: number, title, id, path and first line; a note when the layout was switched', async () => {
  const root = writeKb(scratch, 'kb', {
    '.support-kb.yml': '',
    'macros/reset.md': '---\nid: reset\ntitle: Сброс пароля\ntype: macro\nlocale: ru\nchannels: [email]\n---\n\n**Здравствуйте**, {{ name }}!\nСсылка придёт на почту.\n',
  });
  const { code, stdout } = await run(['search', 'gfhjkm'], root);
  assert.equal(code, 0);
  assert.equal(stdout, 'Showing results for "пароль" (keyboard layout switched).\n\n1. Сброс пароля  reset · macro · ru · email\n   macros/reset.md\n   Здравствуйте, {{name}}!\n');
  const tty = await run(['search', 'пароль'], root, true);
  assert.notEqual(tty.stdout.replace(/\u001b\[\d+m/g, ''), tty.stdout, 'colours on a TTY');
});

test('an unknown filter is a note on stderr, not an error', async () => {
  const r = await run(['search', 'пароль', 'foo:bar', '--kb', 'kb-sample', '--json']);
  assert.equal(r.code, 0);
  assert.match(r.stderr, /^support-kb: note: Unknown filter "foo:"/);
  assert.ok(JSON.parse(r.stdout).length > 0);
});

test('usage errors exit 2', async () => {
  const cases = [
    ['search'],
    ['search', '   '],
    ['search', 'x', '--limit', '0'],
    ['search', 'x', '--limit', 'ten'],
    ['search', 'x', '--kb', 'no/such/folder'],
    ['search', 'x', '--kb', 'kb-sample', '--channel', 'viber'],
    ['search', 'x', '--kb', 'kb-sample', '--locale', 'русский'],
    ['search', 'x', '--kb', 'kb-sample', '--locale', 'ru en'],
    ['search', 'x', '--format', 'json'],
  ];
  for (const args of cases) {
    const { code, stderr } = await run(args);
    assert.equal(code, 2, args.join(' '));
    assert.match(stderr, /^support-kb: /, args.join(' '));
  }
});

test('help lists search and its options', async () => {
  assert.match((await run(['--help'])).stdout, /^ {2}search QUERY/m);
  const help = await run(['search', '--help']);
  assert.equal(help.code, 0);
  for (const option of ['--kb DIR', '--limit N', '--locale L', '--channel C', '--json']) assert.ok(help.stdout.includes(option), option);
});
