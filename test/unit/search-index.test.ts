import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadKnowledgeBase, MINISEARCH_VERSION, parseDocument, TemplateIndex, type KbDocument, type KnowledgeBase } from '../../src/core';
import { nodeFileSystem } from '../../src/cli/node-file-system';
import { toPosix } from '../../src/cli/commands/check';

const REPO = resolve(__dirname, '../..');
let sample: KnowledgeBase;
let index: TemplateIndex;

before(async () => {
  sample = await loadKnowledgeBase(nodeFileSystem, toPosix(resolve(REPO, 'kb-sample')), true);
  index = TemplateIndex.build(sample.documents());
});

const ids = (query: string, limit = 3) => index.search(query, { limit }).hits.map((h) => h.id);
const top = (query: string) => ids(query, 1)[0];
const meta = (id: string) => [...sample.documents()].find((d) => d.id === id)!.meta;

const doc = (path: string, front: string, body: string): KbDocument =>
  parseDocument({ path: `/kb/${path}`, relativePath: path, text: `---\n${front}\n---\n${body}\n`, requireFrontMatter: true });

test('the index holds every kb-sample document', () => {
  assert.equal(index.size, sample.documentCount);
});

test('ё and е are one letter, both in the query and in the documents', () => {
  // incident-slack's title has «идёт»; answer-receipt-not-sent's alias «чек не пришёл».
  assert.equal(top('идет исправление'), 'incident-slack');
  assert.equal(top('идёт исправление'), 'incident-slack');
  assert.equal(top('чек не пришел'), 'answer-receipt-not-sent');
  const small = TemplateIndex.build([doc('a.md', 'title: Елка', 'Зеленая.'), doc('b.md', 'title: Другое', 'Текст.')]);
  assert.deepEqual(small.search('ёлка зелёная').hits.map((h) => h.path), ['/kb/a.md']);
});

test('Russian word forms and English inflections find the same documents', () => {
  assert.ok(['password-reset', 'phone-password-reset'].includes(top('паролем')));
  assert.equal(top('резервными кодами'), 'two-factor-auth');
  assert.equal(top('оценки после чатов'), 'csat-after-chat');
  assert.equal(top('refunds denied after 14 days'), 'refusal-refund-after-period-en');
});

test('typos: one wrong, missing or extra letter, and two swapped letters', () => {
  assert.ok(['password-reset', 'phone-password-reset'].includes(top('пороль')));
  assert.equal(top('maintenence notice'), 'proactive-maintenance');
  assert.equal(top('автоотвт'), 'ack-new-request');
  assert.equal(top('дотсавка курьером'), 'courier-delivery');
  assert.equal(top('pasword reset'), 'password-reset-en');
});

test('the last word is a prefix while it is being typed, not after a space', () => {
  assert.equal(top('двухфак'), 'two-factor-auth');
  assert.equal(top('maint'), 'proactive-maintenance');
  // Snowball stems «подпись» to «подп» but «подписи» to «подпис»: the typed «подпис» finds both.
  assert.equal(top('подпис'), 'signature');
  assert.equal(top('курьер задерж'), 'proactive-order-delayed-sms');
  assert.deepEqual(ids('двухфак '), [], 'a finished word is not a prefix');
});

test('the wrong keyboard layout is tried when the query finds nothing as typed', () => {
  const ru = index.search('gfhjkm');
  assert.equal(ru.layoutSwapped, 'пароль');
  assert.ok(['password-reset', 'phone-password-reset'].includes(ru.hits[0]?.id));
  const en = index.search('кфеу дшьше');
  assert.equal(en.layoutSwapped, 'rate limit');
  assert.equal(en.hits[0]?.id, 'answer-api-rate-limit');
  assert.equal(top('hfccskrf j c,jt'), 'incident-payments-email', '«рассылка о сбое», with , for б');
  assert.equal(index.search('api').layoutSwapped, undefined, 'a query that finds something is not swapped');
});

test('a whole query in the wrong layout wins over some of its words matching as typed', () => {
  const small = TemplateIndex.build([
    doc('a.md', 'title: Смена пароля', 'Пароль меняется в профиле.'),
    doc('b.md', 'title: Keyboard layouts', 'Typed with the wrong layout, «пароль» comes out as gfhjkm.'),
  ]);
  const r = small.search('cvtyf gfhjkm');
  assert.equal(r.layoutSwapped, 'смена пароль');
  assert.equal(r.match, 'all-words');
  assert.deepEqual(r.hits.map((h) => h.path), ['/kb/a.md']);
  // Words that match as typed (any of them) still come before the other layout's any-word match.
  assert.deepEqual(small.search('layouts cvtyf').hits.map((h) => h.path), ['/kb/b.md']);
});

test('filters typed in the box narrow the results; filters alone list what passes', () => {
  const sms = index.search('сбой оплаты ch:sms');
  assert.equal(sms.hits[0]?.id, 'incident-sms');
  assert.ok(sms.hits.every((h) => h.channels.includes('sms')));
  const both = index.search('сбой оплаты kind:incident ch:sms,phone', { limit: 50 });
  assert.deepEqual(new Set(both.hits.map((h) => h.id)), new Set(['incident-sms', 'incident-phone']));
  assert.ok(index.search('refund lang:en', { limit: 50 }).hits.every((h) => /^en(-|$)/.test(h.locale ?? '')));
  assert.equal(top('password lang:en type:faq'), 'password-reset-en');

  const billing = index.search('#billing', { limit: 100 });
  assert.equal(billing.match, 'filters');
  const tagged = [...sample.documents()].filter((d) => d.meta.tags.includes('billing')).map((d) => d.path);
  assert.deepEqual(billing.hits.map((h) => h.path).sort(), tagged.sort());
  const titles = billing.hits.map((h) => h.title);
  assert.deepEqual(titles, [...titles].sort((a, b) => a.localeCompare(b)), 'filters alone: by title');
});

test('filters given as options combine with typed ones (the CLI --locale and --channel)', () => {
  const hits = index.search('оценка', { filters: { channels: ['chat'] }, limit: 50 }).hits;
  assert.ok(hits.length > 0 && hits.every((h) => h.channels.includes('chat')));
  assert.equal(hits[0].id, 'csat-after-chat');
  assert.deepEqual(index.search('оценка ch:sms', { filters: { locales: ['ru'] } }).hits, [], 'no Russian SMS rating template');
});

test('unknown filter keys are searched as words, with a message', () => {
  const r = index.search('foo:пароль');
  assert.equal(r.messages.length, 1);
  assert.ok(['password-reset', 'phone-password-reset'].includes(r.hits[0]?.id));
});

test('all words first; any word when no document has them all', () => {
  const all = index.search('сбой оплаты', { limit: 100 });
  assert.equal(all.match, 'all-words');
  const some = index.search('пароль марсианин', { limit: 100 });
  assert.equal(some.match, 'some-words');
  assert.ok(['password-reset', 'phone-password-reset'].includes(some.hits[0]?.id));
  // The fallback really widens: every document with «пароль» is in it.
  const withPassword = index.search('пароль', { limit: 100 }).hits.map((h) => h.path);
  assert.deepEqual(some.hits.map((h) => h.path).sort(), withPassword.sort());
});

test('the title weighs most', () => {
  // «Подпись в письме» (signature) has the words in its title; other documents only in their bodies.
  assert.equal(top('подпись'), 'signature');
  assert.equal(top('приветствие'), 'greeting');
  assert.equal(top('email signature'), 'signature-en');
});

test('hits carry what a result list shows', () => {
  const [hit] = index.search('автоответ запрос получен').hits;
  assert.equal(hit.id, 'ack-new-request');
  assert.equal(hit.path, toPosix(resolve(REPO, 'kb-sample/macros/ru/ack-new-request.md')));
  assert.equal(hit.title, meta('ack-new-request').title);
  assert.deepEqual([hit.locale, hit.type, hit.kind, hit.channels, hit.tags], ['ru', 'macro', 'acknowledgement', ['email'], ['auto-reply', 'first-response']]);
  assert.equal(hit.firstLine, 'Здравствуйте!');
  assert.ok(hit.score > 0);
});

test('the labelled kb-sample queries (bench/queries/kb-sample.json): at least 90 % in the top 3', () => {
  const queries = JSON.parse(readFileSync(resolve(REPO, 'bench/queries/kb-sample.json'), 'utf8')) as { query: string; expected: string[] }[];
  assert.ok(queries.length >= 50);
  const missed = queries.filter((q) => !ids(q.query, 3).some((id) => q.expected.includes(id))).map((q) => q.query);
  assert.ok(missed.length <= queries.length * 0.1, `missed: ${missed.join(' | ')}`);
});

test('incremental: add, change and remove one document without a rebuild', () => {
  const small = TemplateIndex.build([doc('a.md', 'title: Сброс пароля', 'Ссылка придёт на почту.'), doc('b.md', 'title: Доставка', 'Курьер приедет завтра.')]);
  assert.equal(small.size, 2);
  small.set(doc('c.md', 'title: Возврат денег', 'Деньги вернутся за 10 дней.'));
  assert.equal(small.size, 3);
  assert.deepEqual(small.search('возврат').hits.map((h) => h.path), ['/kb/c.md']);

  small.set(doc('c.md', 'title: Отмена подписки', 'Подписку можно отменить.'));
  assert.equal(small.size, 3, 'a changed document replaces itself');
  assert.deepEqual(small.search('возврат').hits, []);
  assert.deepEqual(small.search('отмена подписки').hits.map((h) => h.title), ['Отмена подписки']);

  small.remove('/kb/c.md');
  small.remove('/kb/never-there.md');
  assert.equal(small.size, 2);
  assert.deepEqual(small.search('подписки').hits, []);
  assert.equal(small.has('/kb/c.md'), false);

  // After the updates it answers as a fresh build over the same documents does.
  const fresh = TemplateIndex.build([doc('a.md', 'title: Сброс пароля', 'Ссылка придёт на почту.'), doc('b.md', 'title: Доставка', 'Курьер приедет завтра.')]);
  for (const q of ['пароль', 'курьер', 'почта доставка']) {
    assert.deepEqual(small.search(q).hits.map((h) => h.path), fresh.search(q).hits.map((h) => h.path), q);
  }
});

test('cache: a loaded index answers as the one it was saved from', () => {
  const docs = [...sample.documents()];
  const loaded = TemplateIndex.load(index.toJSON(), docs);
  assert.ok(loaded);
  assert.equal(loaded.size, index.size);
  // Scores are sums of the same terms, but fuzzy matches may be added in another order: equal up to rounding.
  const rounded = (r: ReturnType<TemplateIndex['search']>) => ({ ...r, hits: r.hits.map((h) => ({ ...h, score: h.score.toPrecision(12) })) });
  for (const q of ['сбросить пароль', 'gfhjkm', 'двухфак', 'rate limit 429', 'сбой оплаты ch:sms', 'пороль', '#billing', 'курьер']) {
    assert.deepEqual(rounded(loaded.search(q, { limit: 10 })), rounded(index.search(q, { limit: 10 })), q);
  }
});

test('cache: other content, other documents, another minisearch or other options → rejected', () => {
  const docs = [...sample.documents()];
  const json = index.toJSON();
  const changed = docs.map((d, i) => (i === 3 ? parseDocument({ path: d.path, relativePath: d.relativePath, text: `${d.text}\nP.S.`, requireFrontMatter: true }) : d));
  assert.equal(TemplateIndex.load(json, changed), undefined, 'one document edited');
  assert.equal(TemplateIndex.load(json, docs.slice(1)), undefined, 'one document gone');
  const moved = docs.map((d, i) => (i === 0 ? { ...d, path: `${d.path}.moved.md` } : d));
  assert.equal(TemplateIndex.load(json, moved), undefined, 'one document moved');

  const cache = JSON.parse(json) as { key: string };
  const rekeyed = (from: RegExp, to: string) => JSON.stringify({ ...cache, key: cache.key.replace(from, to) });
  assert.notEqual(rekeyed(/options@\d+/, 'options@0'), json);
  assert.equal(TemplateIndex.load(rekeyed(/options@\d+/, 'options@0'), docs), undefined, 'options version');
  assert.equal(TemplateIndex.load(rekeyed(/minisearch@[^;]+/, 'minisearch@6.3.0'), docs), undefined, 'library version');
  assert.ok(TemplateIndex.load(json, [...docs].reverse()), 'document order does not matter');
});

test('cache: corrupt caches are rejected, never thrown', () => {
  const docs = [...sample.documents()];
  const json = index.toJSON();
  const cache = JSON.parse(json) as { key: string; index: { terms: string[]; postings: string[]; header: Record<string, unknown> } };
  const corrupt = [
    '',
    'null',
    '[]',
    '{not json',
    json.slice(0, json.length / 2),
    JSON.stringify({ key: cache.key }),
    JSON.stringify({ ...cache, index: { ...cache.index, postings: cache.index.postings.slice(1) } }),
    JSON.stringify({ ...cache, index: { ...cache.index, postings: cache.index.postings.map((p) => p.slice(0, -1)) } }),
    JSON.stringify({ ...cache, index: { ...cache.index, postings: cache.index.postings.map(() => 'garbage') } }),
    JSON.stringify({ ...cache, index: { ...cache.index, postings: cache.index.postings.map((p) => [...p].map((c) => c.charCodeAt(0))) } }),
    JSON.stringify({ ...cache, index: { ...cache.index, terms: cache.index.terms.map(() => 7) } }),
    JSON.stringify({ ...cache, index: { ...cache.index, header: { ...cache.index.header, documentIds: {} } } }),
    JSON.stringify({ ...cache, index: { ...cache.index, header: { ...cache.index.header, storedFields: {} } } }),
    JSON.stringify({ ...cache, index: { ...cache.index, header: { ...cache.index.header, serializationVersion: 99 } } }),
  ];
  for (const text of corrupt) assert.equal(TemplateIndex.load(text, docs), undefined, text.slice(0, 60));
});

test('cache: the key follows incremental updates', () => {
  const a = doc('a.md', 'title: Сброс пароля', 'Текст.');
  const b = doc('b.md', 'title: Доставка', 'Текст.');
  const b2 = doc('b.md', 'title: Доставка курьером', 'Текст.');
  const small = TemplateIndex.build([a, b]);
  small.set(b2);
  assert.equal(TemplateIndex.load(small.toJSON(), [a, b]), undefined);
  const loaded = TemplateIndex.load(small.toJSON(), [a, b2]);
  assert.deepEqual(loaded?.search('курьером').hits.map((h) => h.path), ['/kb/b.md']);
});

test('MINISEARCH_VERSION is the installed minisearch (the cache format depends on it)', () => {
  const installed = JSON.parse(readFileSync(resolve(REPO, 'node_modules/minisearch/package.json'), 'utf8')) as { version: string };
  assert.equal(MINISEARCH_VERSION, installed.version);
});

// The timeout is a watchdog for a query that never ends, not a speed test (bench/suites/template-search.ts measures speed).
test('bad input: empty, blank, punctuation, markup, control characters and a 10,000-character query never throw', { timeout: 60_000 }, () => {
  const odd = ['', '   ', '!!!', '—', '?', '#', 'lang:', 'ch:', '{{ }}', '\u0000\u0001', '\ud800', '🙂🙂', 'ـ', '::::', '"', "'", '\\', '${1:x}', 'a', 'я'];
  for (const q of odd) {
    const r = index.search(q);
    assert.ok(Array.isArray(r.hits), JSON.stringify(q));
  }
  assert.deepEqual(index.search('').hits, []);
  assert.equal(index.search('!!!').match, 'none');

  const long = [
    'пароль '.repeat(1430),
    'я'.repeat(10_000),
    Array.from({ length: 2000 }, (_, i) => `слово${i}`).join(' ').slice(0, 10_000),
    'gfhjkm '.repeat(1430),
  ];
  for (const q of long) {
    assert.equal(q.length >= 9_990, true);
    // A query that took seconds would show in the bench and trip the test's watchdog; no timing asserted here.
    const r = index.search(q);
    assert.ok(Array.isArray(r.hits));
  }
  assert.ok(['password-reset', 'phone-password-reset'].includes(index.search('пароль '.repeat(1430)).hits[0]?.id));
});

test('limit: at most N hits; NaN means the default, less than 1 means 1', () => {
  assert.equal(index.search('оплата', { limit: 2 }).hits.length, 2);
  assert.ok(index.search('оплата', { limit: Number.NaN }).hits.length > 2);
  assert.equal(index.search('оплата', { limit: -5 }).hits.length, 1);
});
