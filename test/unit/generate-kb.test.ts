import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import {
  ALL_CHANNELS,
  ALL_KINDS,
  CONFIG_PATH,
  describeKb,
  docInfo,
  generateKb,
  type GeneratedFile,
} from '../../bench/generate-kb';

const KNOWN_KEYS = new Set([
  'id', 'title', 'type', 'locale', 'channels', 'tags', 'kind', 'subject', 'owner', 'reviewed',
  'applies_to', 'translation_of', 'aliases', 'summary', 'variables',
]);
const PLACEHOLDER = /\{\{\s*([A-Za-z_][\w.]*)\s*(?:\|[^}]*)?\}\}/g;

interface Parsed {
  file: GeneratedFile;
  fm: Record<string, unknown>;
  body: string;
}

function split(file: GeneratedFile): Parsed {
  assert.ok(file.text.startsWith('---\n'), `${file.path}: starts with front matter`);
  const end = file.text.indexOf('\n---\n', 4);
  assert.ok(end > 0, `${file.path}: front matter is closed`);
  const fm = parse(file.text.slice(4, end + 1)) as Record<string, unknown>;
  assert.equal(typeof fm, 'object', `${file.path}: front matter is a mapping`);
  return { file, fm, body: file.text.slice(end + 5) };
}

function placeholders(text: string): Set<string> {
  return new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string));
}

// One large KB shared by the tests that look at the corpus as a whole.
const big = generateKb({ count: 10000, seed: 42 });
const bigDocs = big.slice(1).map(split);

test('same seed gives identical output, different seed differs', () => {
  const a = generateKb({ count: 1500, seed: 7 });
  const b = generateKb({ count: 1500, seed: 7 });
  assert.deepEqual(a, b);
  const c = generateKb({ count: 1500, seed: 8 });
  assert.equal(c.length, a.length);
  const differing = a.filter((f, i) => f.text !== (c[i] as GeneratedFile).text).length;
  assert.ok(differing > 1400, `most documents differ between seeds (${differing})`);
  assert.deepEqual(describeKb(a), describeKb(b));
});

test('a smaller KB is a prefix of a larger one with the same seed', () => {
  const small = generateKb({ count: 300, seed: 42 });
  assert.deepEqual(small, big.slice(0, 301));
});

test('the config file comes first and the count is respected', () => {
  assert.equal(big.length, 10001);
  assert.equal(big[0]?.path, CONFIG_PATH);
  const config = parse(big[0]?.text ?? '') as Record<string, unknown>;
  assert.deepEqual(config.locales, ['ru', 'en']);
  assert.equal(docInfo(big[0] as GeneratedFile), undefined);
  assert.equal(generateKb({ count: 0, seed: 1 }).length, 1);
  assert.throws(() => generateKb({ count: -1, seed: 1 }), RangeError);
  assert.throws(() => generateKb({ count: 10, seed: Number.NaN }), RangeError);
  assert.throws(() => generateKb({ count: 10, seed: 1, ruShare: 1.5 }), RangeError);
});

test('ids and paths are unique kebab-case; folders hold at most 200 files', () => {
  const ids = new Set<string>();
  const paths = new Set<string>();
  const perFolder = new Map<string, number>();
  for (const { file, fm } of bigDocs) {
    const id = fm.id as string;
    assert.match(id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, `${file.path}: id is kebab-case`);
    assert.ok(!ids.has(id), `duplicate id ${id}`);
    ids.add(id);
    assert.ok(!paths.has(file.path), `duplicate path ${file.path}`);
    paths.add(file.path);
    assert.match(file.path, /^(faq|macros|snippets)\/(ru|en)\/[a-z0-9-]+\/[a-z0-9-]+\.md$/);
    assert.ok(file.path.endsWith(`/${id}.md`), `${file.path}: named after its id`);
    const dir = file.path.slice(0, file.path.lastIndexOf('/'));
    perFolder.set(dir, (perFolder.get(dir) ?? 0) + 1);
  }
  assert.ok(Math.max(...perFolder.values()) <= 200);
});

test('titles are unique', () => {
  const titles = new Set<string>();
  for (const { fm } of bigDocs) {
    const title = (fm.title as string).toLowerCase();
    assert.ok(!titles.has(title), `duplicate title ${title}`);
    titles.add(title);
  }
});

test('every document parses and has title, type, locale; valid ones follow the schema', () => {
  const ids = new Map(bigDocs.map((d) => [d.fm.id as string, d.fm.locale as string]));
  for (const { file, fm } of bigDocs) {
    const info = docInfo(file);
    assert.ok(info, `${file.path}: recorded`);
    assert.equal(typeof fm.title, 'string');
    assert.ok((fm.title as string).length > 5);
    assert.ok(['faq', 'macro', 'snippet'].includes(fm.type as string), `${file.path}: type`);
    assert.ok(['ru', 'en'].includes(fm.locale as string), `${file.path}: locale`);
    assert.equal(fm.locale, info.locale);
    assert.equal(fm.type, info.type);
    if (info.frontMatterProblem) continue;

    for (const key of Object.keys(fm)) assert.ok(KNOWN_KEYS.has(key), `${file.path}: unknown key ${key}`);
    if (fm.channels !== undefined) {
      assert.ok(Array.isArray(fm.channels) && fm.channels.length > 0);
      for (const ch of fm.channels as string[]) assert.ok(ALL_CHANNELS.includes(ch as never), `${file.path}: channel ${ch}`);
    }
    if (fm.type === 'macro') assert.ok(ALL_KINDS.includes(fm.kind as never), `${file.path}: kind`);
    if (fm.subject !== undefined) assert.ok((fm.channels as string[]).includes('email'), `${file.path}: subject only on email`);
    assert.ok(Array.isArray(fm.tags) && (fm.tags as unknown[]).every((t) => typeof t === 'string'));
    if (fm.reviewed !== undefined) assert.match(String(fm.reviewed), /^\d{4}-\d{2}-\d{2}$/);
    if (fm.applies_to !== undefined) assert.match(fm.applies_to as string, /^[<>=^~]/);
    if (fm.aliases !== undefined) assert.ok((fm.aliases as unknown[]).every((t) => typeof t === 'string'));
    if (fm.translation_of !== undefined) {
      const target = ids.get(fm.translation_of as string);
      assert.ok(target, `${file.path}: translation_of points to a generated doc`);
      assert.notEqual(target, fm.locale, `${file.path}: translation_of points to the other locale`);
    }
    if (fm.variables !== undefined) {
      for (const [name, v] of Object.entries(fm.variables as Record<string, Record<string, unknown>>)) {
        assert.match(name, /^[a-z_]+\.[a-z_]+$/);
        assert.equal(typeof v.description, 'string', `${file.path}: ${name} has a description`);
      }
    }
  }
});

test('placeholders: used ⊆ declared and declared ⊆ used for valid documents', () => {
  let withPlaceholders = 0;
  for (const { file, fm, body } of bigDocs) {
    const info = docInfo(file);
    assert.ok(info);
    const used = placeholders(body);
    const declared = new Set(Object.keys((fm.variables as Record<string, unknown> | undefined) ?? {}));
    assert.deepEqual([...used].sort(), [...info.placeholders].sort(), `${file.path}: bookkeeping matches the body`);
    assert.deepEqual([...declared].sort(), [...info.declared].sort(), `${file.path}: bookkeeping matches the front matter`);
    if (fm.subject !== undefined) {
      for (const name of placeholders(fm.subject as string)) assert.ok(used.has(name), `${file.path}: subject placeholder ${name} also in body`);
    }
    if (info.frontMatterProblem?.kind === 'undeclared-placeholder') {
      assert.ok(used.has(info.frontMatterProblem.detail) && !declared.has(info.frontMatterProblem.detail));
      continue;
    }
    if (used.size > 0) withPlaceholders++;
    assert.deepEqual([...used].sort(), [...declared].sort(), `${file.path}: used and declared placeholders match`);
  }
  assert.ok(withPlaceholders > 4000, `plenty of documents use placeholders (${withPlaceholders})`);
});

test('front-matter problems are real and recorded', () => {
  const problems = bigDocs.filter((d) => docInfo(d.file)?.frontMatterProblem);
  assert.equal(problems.length, 50);
  const kinds = new Set<string>();
  for (const { file, fm } of problems) {
    const p = docInfo(file)?.frontMatterProblem;
    assert.ok(p);
    kinds.add(p.kind);
    if (p.kind === 'unknown-key') {
      assert.ok(p.detail in fm && !KNOWN_KEYS.has(p.detail), `${file.path}: has unknown key ${p.detail}`);
    } else if (p.kind === 'unknown-channel') {
      assert.ok((fm.channels as string[]).includes(p.detail) && !ALL_CHANNELS.includes(p.detail as never));
    }
  }
  assert.deepEqual([...kinds].sort(), ['undeclared-placeholder', 'unknown-channel', 'unknown-key']);
});

// Phrases from DOMAIN.md §1 that the clean text must never contain (so lint benches measure the seeded ones).
const TONE_MARKERS: RegExp[] = [
  // Look-behinds, not \b (which is ASCII-only): «появляется» must not match «являет…».
  /в ближайшее время/iu, /(?<!\p{L})осуществл/iu, /(?<!\p{L})являет/iu, /(?<!\p{L})данн(?:ый|ая|ое|ого|ому|ой|ую|ым)(?!\p{L})/iu,
  /в связи с тем/iu, /в рамках/iu, /в случае если/iu, /очень важ/iu, /не можем/iu, /невозможно/iu,
  /как мы уже писали/iu, /(?<!\p{L})вы не указали/iu, /так бывает/iu, /что поделать/iu, /насколько отлично/iu, /(?<!\p{L})скоро(?!\p{L})/iu,
  /(?<!\p{L})бро(?!\p{L})/iu, /отвечать на него не нужно|не отвечайте/iu, /[А-ЯЁ]{5,}/u,
  /do not hesitate/i, /earliest convenience/i, /regret to inform/i, /per your request/i, /shortly/i, /in due course/i,
  /(?<!as )\bsoon\b/i, /as stated previously/i, /you didn['’]t/i, /you forgot/i, /it happens/i, /do not reply/i,
  /very important to us/i, /unfortunately/i, /\bcan['’]t\b/i, /how great/i, /!!/, /\?!/,
];

test('about 2 % carry exactly the recorded tone problem; the rest are clean', () => {
  let seeded = 0;
  const categories = new Set<string>();
  for (const { file, body } of bigDocs) {
    const tone = docInfo(file)?.toneProblem;
    if (tone) {
      seeded++;
      categories.add(tone.category);
      assert.ok(body.includes(tone.sentence), `${file.path}: contains "${tone.sentence}"`);
      assert.ok(TONE_MARKERS.some((re) => re.test(tone.sentence)), `marker list covers "${tone.sentence}"`);
    } else {
      const hit = TONE_MARKERS.find((re) => re.test(body));
      assert.equal(hit, undefined, `${file.path}: clean document matches ${hit}`);
    }
  }
  assert.equal(seeded, 200);
  assert.ok(categories.size >= 8, `varied categories (${[...categories].join(', ')})`);
});

test('describeKb counts from the side table', () => {
  const stats = describeKb(big);
  const bytes = big.slice(1).reduce((n, f) => n + Buffer.byteLength(f.text), 0);
  assert.deepEqual(stats, {
    documents: 10000,
    bytes,
    ru: bigDocs.filter((d) => d.fm.locale === 'ru').length,
    en: bigDocs.filter((d) => d.fm.locale === 'en').length,
    withToneProblems: 200,
    withFrontMatterProblems: 50,
  });
  // Subsets work; objects that did not come from generateKb are ignored.
  assert.equal(describeKb(big.slice(1, 101)).documents, 100);
  assert.equal(describeKb([{ path: 'x.md', text: '---\n---\n' }]).documents, 0);
});

test('ru share follows the option', () => {
  const share = (files: GeneratedFile[]): number => describeKb(files).ru / describeKb(files).documents;
  assert.ok(Math.abs(share(big) - 0.6) < 0.02, `default share ${share(big)}`);
  assert.ok(Math.abs(share(generateKb({ count: 3000, seed: 3, ruShare: 0.25 })) - 0.25) < 0.03);
  assert.equal(share(generateKb({ count: 500, seed: 3, ruShare: 1 })), 1);
  assert.equal(share(generateKb({ count: 500, seed: 3, ruShare: 0 })), 0);
});

test('sizes: corpus total, macros and FAQs in their ranges', () => {
  const { bytes } = describeKb(big);
  assert.ok(bytes > 6e6 && bytes < 10e6, `10k documents total ${bytes} bytes`);
  const sizes = (type: string): number[] => bigDocs.filter((d) => d.fm.type === type).map((d) => docInfo(d.file)?.bytes ?? 0);
  const macros = sizes('macro');
  const inRange = macros.filter((n) => n >= 300 && n <= 900).length / macros.length;
  assert.ok(inRange > 0.55, `most macros are 300–900 bytes (${inRange.toFixed(2)})`);
  const faqs = sizes('faq');
  assert.ok(faqs.filter((n) => n >= 1000 && n <= 4096).length / faqs.length > 0.95);
  const types = new Set(bigDocs.map((d) => d.fm.type));
  assert.deepEqual([...types].sort(), ['faq', 'macro', 'snippet']);
});

test('FAQs have structure; relative links resolve to generated files', () => {
  const paths = new Set(big.map((f) => f.path));
  let tables = 0;
  let code = 0;
  for (const { file, fm, body } of bigDocs) {
    if (fm.type === 'faq') {
      assert.match(body, /^## /m, `${file.path}: has headings`);
      assert.match(body, /^1\. /m, `${file.path}: has a numbered list`);
      if (/^\| .* \|$/m.test(body)) tables++;
      if (body.includes('```')) code++;
    }
    for (const m of body.matchAll(/\]\((\.\.?\/[^)]+)\)/g)) {
      const parts = file.path.split('/').slice(0, -1);
      for (const seg of (m[1] as string).split('/')) {
        if (seg === '..') parts.pop();
        else if (seg !== '.') parts.push(seg);
      }
      assert.ok(paths.has(parts.join('/')), `${file.path}: link ${m[1]} resolves`);
    }
  }
  assert.ok(tables > 20 && code > 20, `occasional tables (${tables}) and code blocks (${code})`);
});

test('Russian text has varied word forms and some documents are written without «ё»', () => {
  const forms = new Map<string, Set<string>>();
  let withoutYo = 0;
  for (const { fm, body } of bigDocs) {
    if (fm.locale !== 'ru') continue;
    const text = `${fm.title as string} ${body}`.toLowerCase();
    for (const word of text.match(/\p{L}+/gu) ?? []) {
      for (const stem of ['парол', 'заказ', 'возврат', 'отмен', 'достав']) {
        if (word.startsWith(stem)) (forms.get(stem) ?? forms.set(stem, new Set()).get(stem))?.add(word);
      }
    }
    if (/(?<!\p{L})(?:счет|отчет|платежн)/u.test(text)) withoutYo++;
  }
  assert.ok((forms.get('парол')?.size ?? 0) >= 4, `пароль: ${[...(forms.get('парол') ?? [])].join(' ')}`);
  assert.ok((forms.get('заказ')?.size ?? 0) >= 6, `заказ: ${[...(forms.get('заказ') ?? [])].join(' ')}`);
  assert.ok((forms.get('отмен')?.size ?? 0) >= 4, `отмен-: ${[...(forms.get('отмен') ?? [])].join(' ')}`);
  assert.ok(withoutYo > 100, `documents without ё (${withoutYo})`);
});

test('translations point at a document on the same topic', () => {
  const byId = new Map(bigDocs.map((d) => [d.fm.id as string, d]));
  let n = 0;
  for (const { file, fm } of bigDocs) {
    if (fm.translation_of === undefined) continue;
    n++;
    const source = byId.get(fm.translation_of as string);
    assert.ok(source);
    assert.equal(source.fm.type, fm.type);
    assert.equal(source.fm.kind, fm.kind);
    assert.equal(source.file.path.split('/')[2]?.replace(/-\d+$/, ''), file.path.split('/')[2]?.replace(/-\d+$/, ''));
  }
  assert.ok(n > 500, `some documents are translations (${n})`);
});
