import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument, type KbDocument } from '../../src/core';
import { cachedIndex, searchCacheFolder } from '../../src/cli/search-cache';
import { runCli, writeKb } from './helpers/cli';

const scratch = mkdtempSync(join(tmpdir(), 'support-kb-search-cache-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const doc = (name: string, title: string, body: string): KbDocument =>
  parseDocument({ path: `/kb/${name}.md`, relativePath: `${name}.md`, text: `---\nid: ${name}\ntitle: ${title}\ntype: macro\nlocale: ru\n---\n${body}\n`, requireFrontMatter: true });

test('the index is built and written once, then read from the cache while the documents stay the same', async () => {
  const folder = join(scratch, 'unit');
  const docs = [doc('refund', 'Возврат денег', 'Деньги вернутся за 5 дней.'), doc('password', 'Сброс пароля', 'Нажмите «Забыли пароль».')];
  const first = await cachedIndex('/kb', docs, folder);
  assert.equal(first.from, 'built');
  assert.equal(readdirSync(folder).length, 1, 'one cache file, no temporary left');
  const second = await cachedIndex('/kb', docs, folder);
  assert.equal(second.from, 'cache');
  assert.deepEqual(second.index.search('возрат').hits.map((h) => h.id), first.index.search('возрат').hits.map((h) => h.id));
  assert.equal(second.index.search('возрат').hits[0]?.id, 'refund');

  // Any change to a document's text is a rebuild, never a stale answer.
  const edited = [docs[0], doc('password', 'Сброс пароля и возврат', 'Нажмите «Забыли пароль».')];
  const third = await cachedIndex('/kb', edited, folder);
  assert.equal(third.from, 'built');
  assert.deepEqual(new Set(third.index.search('возврат').hits.map((h) => h.id)), new Set(['refund', 'password']));
  // Another KB root has a cache file of its own.
  assert.equal((await cachedIndex('/other-kb', docs, folder)).from, 'built');
  assert.equal(readdirSync(folder).length, 2);
});

test('a corrupt cache is rebuilt and replaced; an unwritable folder only costs the cache', async () => {
  const folder = join(scratch, 'corrupt');
  const docs = [doc('refund', 'Возврат денег', 'Деньги вернутся за 5 дней.')];
  await cachedIndex('/kb', docs, folder);
  const [file] = readdirSync(folder);
  writeFileSync(join(folder, file), '{"key": "x", "index": ');
  const rebuilt = await cachedIndex('/kb', docs, folder);
  assert.equal(rebuilt.from, 'built');
  assert.equal(rebuilt.index.search('возврат').hits[0]?.id, 'refund');
  assert.equal((await cachedIndex('/kb', docs, folder)).from, 'cache', 'the rebuilt cache replaced the corrupt one');

  const blocked = join(scratch, 'a-file');
  writeFileSync(blocked, 'not a folder');
  const unwritable = await cachedIndex('/kb', docs, join(blocked, 'cache'));
  assert.equal(unwritable.from, 'built');
  assert.equal(unwritable.index.search('возврат').hits[0]?.id, 'refund');
});

test('support-kb search keeps its index in the cache folder, follows edits, and --no-cache writes nothing', async () => {
  const kb = writeKb(scratch, 'kb', {
    '.support-kb.yml': 'defaultLocale: ru\n',
    'macros/refund.md': '---\nid: refund\ntitle: Возврат денег\ntype: macro\n---\nДеньги вернутся за 5 дней.\n',
    'macros/password.md': '---\nid: password\ntitle: Сброс пароля\ntype: macro\n---\nНажмите «Забыли пароль».\n',
  });
  const home = join(scratch, 'cache-home');
  const env = { ...process.env, XDG_CACHE_HOME: home };
  const search = async (query: string, extra: string[] = []) => {
    const r = await runCli(['search', query, '--kb', kb, '--json', ...extra], { cwd: scratch, env });
    assert.equal(r.code, 0, r.stderr);
    return (JSON.parse(r.stdout) as { id: string }[]).map((h) => h.id);
  };
  assert.deepEqual(await search('возрат'), ['refund']);
  assert.equal(readdirSync(join(home, 'support-kb')).length, 1);
  assert.deepEqual(await search('возрат'), ['refund']);
  writeFileSync(join(kb, 'macros/refund.md'), readFileSync(join(kb, 'macros/refund.md'), 'utf8').replace('Возврат денег', 'Деньги назад'));
  assert.deepEqual(await search('возрат'), [], 'the edited title is searched, not the cached one');

  const untouched = join(scratch, 'untouched-home');
  const r = await runCli(['search', 'пароль', '--kb', kb, '--json', '--no-cache'], { cwd: scratch, env: { ...process.env, XDG_CACHE_HOME: untouched } });
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual((JSON.parse(r.stdout) as { id: string }[]).map((h) => h.id), ['password']);
  assert.equal(existsSync(untouched), false);
});

test('the cache folder: XDG_CACHE_HOME first, else the platform\'s place', () => {
  assert.equal(searchCacheFolder({ XDG_CACHE_HOME: '/x/cache' }, 'linux', '/home/a'), join('/x/cache', 'support-kb'));
  assert.equal(searchCacheFolder({}, 'linux', '/home/a'), join('/home/a', '.cache', 'support-kb'));
  assert.equal(searchCacheFolder({}, 'darwin', '/Users/a'), join('/Users/a', 'Library', 'Caches', 'support-kb'));
  assert.equal(searchCacheFolder({ LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' }, 'win32', 'C:\\Users\\a'), join('C:\\Users\\a\\AppData\\Local', 'support-kb', 'cache'));
});
