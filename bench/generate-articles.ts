/**
 * Seeded generator of help-centre articles for benchmarks (issue 17): the second corpus, next to
 * generate-kb.ts. Its documents are short replies and FAQs (p50 0.7 KB, at most ~4 KB); real help-centre articles
 * run 2–20 KB with headings, numbered steps, tables, code, images, raw HTML, links and reference
 * definitions, notes and acronyms — the constructs that send the lint's prose scanner and the
 * preview's parser down their slower paths.
 *
 * The words are generate-kb's. An article is assembled from the FAQs and snippets `generateKb`
 * writes for the same seed: a main FAQ (intro and sections), then further FAQs of the same topic
 * (then of others) under their own titles until the drawn size is reached. Reading generateKb's
 * output instead of its phrase banks keeps those banks private to it, and one vocabulary for both
 * corpora. This module only adds the furniture of a help centre (requirements
 * and troubleshooting lines with acronyms, notes, images, raw HTML, link sentences) and a seeded
 * 5 % of articles with one tone problem — generate-kb's own tone sentences, plus stock apologies.
 *
 * Nothing is copied from the real corpus (../shared/corpora, CC BY-SA): it was only measured, and
 * the mix below aims near it (see `describeArticles`) but inside the 2–20 KB.
 *
 * The output is a pure function of (count, seed, ruShare); article i does not depend on `count`.
 */
import { docInfo, generateKb, type GeneratedFile, type Locale } from './generate-kb';
import { summarize } from './harness';

export interface GenerateArticlesOptions {
  count: number;
  seed: number;
  /** Share of Russian articles, 0..1. Default 0.6. */
  ruShare?: number;
}

export interface ArticleFile extends GeneratedFile {
  /** The tone-problem sentence seeded into this article, verbatim, if any. */
  readonly toneProblem?: string;
}

export const ARTICLES_CONFIG_PATH = '.support-kb.yml';
export const MIN_ARTICLE_BYTES = 2 * 1024;
export const MAX_ARTICLE_BYTES = 20 * 1024;

/** generateKb documents read for material: ~150 FAQs and ~650 snippets, about 0.2 s. */
const MATERIAL_DOCS = 2500;
/**
 * Drawn sizes: log-normal, median 3.5 KB, σ 0.6, redrawn outside 2–19 KB. The FAQ that crosses the
 * drawn size is kept whole (up to MAX_ARTICLE_BYTES), so articles come out at p50 ≈ 4.7 KB, p95 ≈ 11 KB.
 */
const SIZE_MEDIAN = 3.5 * 1024;
const SIZE_SIGMA = 0.6;
const SIZE_CAP = 19 * 1024;
const TONE_BLOCK = 20; // one tone problem per 20 articles
/** Sections with a table or code are kept at these rates: generate-kb's FAQs have more of both than help centres. */
const KEEP_TABLE = 0.15;
const KEEP_CODE = 0.35;
/** Shares of articles with raw HTML and with reference definitions, as in the real corpus (26 %, 6 %). */
const HTML_SHARE = 0.28;
/**
 * Not more: the lint reads a document with `[n]: url` through micromark, at ~30× the CPU of the
 * others; these 6 % take 2/3 of this corpus's lint CPU (bench article-corpus, 2026-12-08).
 */
const REFERENCE_SHARE = 0.06;

// ---------------------------------------------------------------------------------------------
// The furniture of a help centre: the only words this module adds.

interface Furniture {
  before: string[];
  requirements: string[];
  troubleshooting: string[];
  fixes: string[];
  notes: string[];
  screenshot: string;
  links: string[];
  apologies: string[];
  /** Declarations of the placeholders the lines above use. */
  variables: Record<string, string>;
}

const FURNITURE: Record<Locale, Furniture> = {
  ru: {
    before: ['Перед началом', 'Что понадобится'],
    requirements: [
      'Доступ владельца или менеджера к панели магазина: сотрудники с другими ролями этот раздел не видят.',
      'Включённая двухфакторная аутентификация (2FA) — без неё раздел откроется только на чтение.',
      'Для входа через SSO — учётная запись на корпоративном портале вашей компании.',
      'API-ключ с правом `orders:read`, если вы работаете через API.',
      'Приложение Витринки версии {{app.version}} или новее на iOS или Android.',
      'Стабильное подключение: некоторые корпоративные VPN и прокси блокируют `api.vitrinka.example`.',
      'Телефон, на который приходят SMS с кодом подтверждения.',
      'Сканер штрихкодов, подключённый по USB или Bluetooth, — для инвентаризации.',
    ],
    troubleshooting: ['Если не получилось', 'Возможные проблемы'],
    fixes: [
      'Обновите страницу без кеша: <kbd>Ctrl</kbd>+<kbd>F5</kbd> в Windows, <kbd>Cmd</kbd>+<kbd>Shift</kbd>+<kbd>R</kbd> на Mac.',
      'Отключите VPN или блокировщик рекламы и попробуйте снова: они иногда режут запросы к `vitrinka.example`.',
      'Если страница показывает ошибку `403`, попросите владельца магазина проверить вашу роль.',
      'Если код из SMS не пришёл за 5 минут, запросите новый или войдите по резервному коду.',
      'Проверьте время на телефоне: коды 2FA зависят от часов и не подходят, если они спешат больше чем на минуту.',
      'Для ошибок API сохраните заголовок `X-Request-Id` из ответа и пришлите его нам.',
    ],
    notes: ['**Важно.**', '**Обратите внимание:**', '**Совет.**'],
    screenshot: 'Скриншот',
    links: ['Подробнее — в статье [{t}]({u}).', 'Полный список — в статье [{t}]({u}).', 'Если работаете через API, прочитайте также [{t}]({u}).'],
    apologies: ['Приносим извинения за доставленные неудобства.', 'Извините за неудобства.'],
    variables: { 'app.version': '  app.version: { description: Актуальная версия приложения, sample: "5.2.1" }' },
  },
  en: {
    before: ['Before you start', 'What you need'],
    requirements: [
      'Owner or Manager access to the store dashboard; staff with other roles do not see this section.',
      'Two-factor authentication (2FA) turned on; without it the section is read-only.',
      'For single sign-on (SSO), an account on your company portal.',
      'An API key with the `orders:read` scope, if you use the API.',
      'The Vitrinka app {{app.version}} or later on iOS or Android.',
      'A stable connection: some corporate VPN and proxy servers block `api.vitrinka.example`.',
      'A phone that can receive SMS confirmation codes.',
      'A barcode scanner connected by USB or Bluetooth, for stock counts.',
    ],
    troubleshooting: ['If it did not work', 'Troubleshooting'],
    fixes: [
      'Reload the page without the cache: <kbd>Ctrl</kbd>+<kbd>F5</kbd> on Windows, <kbd>Cmd</kbd>+<kbd>Shift</kbd>+<kbd>R</kbd> on a Mac.',
      'Turn off the VPN or ad blocker and try again: they sometimes cut requests to `vitrinka.example`.',
      'If the page shows error `403`, ask the store owner to check your role.',
      'If the SMS code does not arrive within 5 minutes, request a new one or use a backup code.',
      'Check the clock on your phone: 2FA codes depend on it and fail if it is more than a minute off.',
      'For API errors, keep the `X-Request-Id` header from the response and send it to us.',
    ],
    notes: ['**Note:**', '**Important:**', '**Tip:**'],
    screenshot: 'Screenshot',
    links: ['More details are in [{t}]({u}).', 'For the full list, see [{t}]({u}).', 'If you use the API, read [{t}]({u}) as well.'],
    apologies: ['We apologise for any inconvenience caused.', 'Sorry for the inconvenience.'],
    variables: { 'app.version': '  app.version: { description: Current app version, sample: "5.2.1" }' },
  },
};

// ---------------------------------------------------------------------------------------------
// Randomness: mulberry32 behind a closure, one stream per purpose.

interface Rng {
  next(): number;
  int(n: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  shuffled<T>(items: readonly T[]): T[];
}

function makeRng(seed: number, stream: number): Rng {
  let state = (Math.imul(Math.trunc(seed), 0x9e3779b9) ^ Math.imul(stream + 1, 0x85ebca6b)) >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => items[int(items.length)] as (typeof items)[number],
    shuffled: (items) => {
      const out = items.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(i + 1);
        [out[i], out[j]] = [out[j] as (typeof out)[number], out[i] as (typeof out)[number]];
      }
      return out;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Material: generateKb's FAQs and snippets, cut into blocks.

interface SourceFaq {
  topic: string;
  title: string;
  /** Front-matter lines reused as written (tags, owner, reviewed, applies_to, aliases, summary). */
  keys: string[];
  titleLine: string;
  intro: string[];
  /** Each starts with its `## ` heading. */
  sections: string[][];
  seeAlso: string;
}

interface LocaleMaterial {
  faqs: SourceFaq[];
  /** Snippet paragraphs by topic, for notes. */
  notes: Map<string, string[]>;
  /** Placeholder name → its declaration lines, as a source document wrote them. */
  variables: Map<string, string>;
  toneSentences: string[];
}

const KEPT_KEYS = /^(?:tags|owner|reviewed|applies_to|aliases|summary): /;
const LINK_LIST = /^(?:- \[[^\n]*\]\([^\n]*\)\n?)+$/;

function harvest(seed: number): Record<Locale, LocaleMaterial> {
  const material: Record<Locale, LocaleMaterial> = {
    ru: { faqs: [], notes: new Map(), variables: new Map(), toneSentences: [] },
    en: { faqs: [], notes: new Map(), variables: new Map(), toneSentences: [] },
  };
  for (const file of generateKb({ count: MATERIAL_DOCS, seed, ruShare: 0.5 })) {
    const info = docInfo(file);
    if (!info || info.type === 'macro') {
      if (info?.toneProblem) material[info.locale].toneSentences.push(info.toneProblem.sentence);
      continue;
    }
    const m = material[info.locale];
    const end = file.text.indexOf('\n---\n');
    const head = file.text.slice(4, end).split('\n');
    let body = file.text.slice(end + 5);
    // The source's own tone problem stays out: this corpus seeds its own, and counts them.
    if (info.toneProblem) {
      m.toneSentences.push(info.toneProblem.sentence);
      body = body.replace(` ${info.toneProblem.sentence}`, '').replace(`${info.toneProblem.sentence}\n\n`, '');
    }
    collectDeclarations(head, m.variables);
    const blocks = blocksOf(body);
    const topic = (file.path.split('/')[2] as string).replace(/-\d+$/, '');
    if (info.type === 'snippet') {
      const notes = m.notes.get(topic) ?? [];
      notes.push(...blocks.filter(isParagraph));
      m.notes.set(topic, notes);
      continue;
    }
    let seeAlso = '';
    const last = blocks.length - 1;
    if (last > 0 && LINK_LIST.test(blocks[last] as string) && blocks[last - 1]?.startsWith('## ')) {
      seeAlso = (blocks[last - 1] as string).slice(3);
      blocks.length = last - 1;
    }
    const firstHeading = blocks.findIndex((b) => b.startsWith('## '));
    const intro = firstHeading < 0 ? blocks : blocks.slice(0, firstHeading);
    const sections: string[][] = [];
    for (const b of firstHeading < 0 ? [] : blocks.slice(firstHeading)) {
      if (b.startsWith('## ')) sections.push([b]);
      else sections[sections.length - 1]?.push(b);
    }
    m.faqs.push({
      topic,
      title: info.title,
      titleLine: head.find((l) => l.startsWith('title: ')) as string,
      keys: head.filter((l) => KEPT_KEYS.test(l)),
      intro,
      sections,
      seeAlso,
    });
  }
  return material;
}

/** `variables:` entries as written, first declaration of each name wins. */
function collectDeclarations(head: readonly string[], into: Map<string, string>): void {
  const at = head.indexOf('variables:');
  if (at < 0) return;
  let name = '';
  for (const line of head.slice(at + 1)) {
    if (!line.startsWith('  ')) break;
    if (!line.startsWith('    ')) {
      name = line.slice(2, line.indexOf(':'));
      if (into.has(name)) name = '';
      else into.set(name, line);
    } else if (name) into.set(name, `${into.get(name)}\n${line}`);
  }
}

/** Markdown blocks separated by blank lines, a fenced block kept whole. */
function blocksOf(body: string): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  let fenced = false;
  for (const line of body.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    if (line === '' && !fenced) {
      if (current.length > 0) blocks.push(current.join('\n'));
      current = [];
    } else current.push(line);
  }
  if (current.length > 0) blocks.push(current.join('\n'));
  return blocks;
}

/** Indexes of the one-line paragraphs among `blocks`. */
function paragraphsOf(blocks: readonly string[]): number[] {
  return blocks.map((b, k) => (isParagraph(b) ? k : -1)).filter((k) => k >= 0);
}

function isParagraph(block: string): boolean {
  return /^[\p{L}«"{]/u.test(block) && !block.includes('\n');
}

// ---------------------------------------------------------------------------------------------
// Articles

interface Written {
  path: string;
  title: string;
}

export function generateArticles(opts: GenerateArticlesOptions): ArticleFile[] {
  const ruShare = opts.ruShare ?? 0.6;
  const problem =
    !(Number.isFinite(opts.count) && opts.count >= 0) ? `count must be a non-negative number, got ${opts.count}`
    : !Number.isFinite(opts.seed) ? `seed must be a finite number, got ${opts.seed}`
    : !(ruShare >= 0 && ruShare <= 1) ? `ruShare must be within 0..1, got ${ruShare}`
    : null;
  if (problem) throw new RangeError(`generateArticles: ${problem}`);
  const material = harvest(opts.seed);
  const rng = makeRng(opts.seed, 1);
  const toneRng = makeRng(opts.seed, 2);
  const files: ArticleFile[] = [{ path: ARTICLES_CONFIG_PATH, text: CONFIG_TEXT }];
  const written: Record<Locale, Written[]> = { ru: [], en: [] };
  let tonePos = -1;
  for (let i = 0; i < Math.floor(opts.count); i++) {
    if (i % TONE_BLOCK === 0) tonePos = i + toneRng.int(TONE_BLOCK);
    const loc: Locale = rng.next() < ruShare ? 'ru' : 'en';
    const article = composeArticle(i + 1, loc, material[loc], written[loc], rng, i === tonePos ? toneRng : null);
    files.push(article.file);
    written[loc].push({ path: article.file.path, title: article.title });
  }
  return files;
}

const CONFIG_TEXT = `# Support KB settings.
# Synthetic help centre written by bench/generate-articles.ts for benchmarks: every article is generated.
name: Витринка — справочный центр (synthetic)
defaultLocale: ru
locales: [ru, en]
`;

function composeArticle(n: number, loc: Locale, m: LocaleMaterial, earlier: readonly Written[], rng: Rng, toneRng: Rng | null): { file: ArticleFile; title: string } {
  const words = FURNITURE[loc];
  const main = rng.pick(m.faqs);
  const id = `${main.topic}-article-${n}-${loc}`;
  const path = `faq/${loc}/${main.topic}/${id}.md`;
  const target = drawSize(rng);
  const html = rng.chance(HTML_SHARE);
  const references = rng.chance(REFERENCE_SHARE);
  const definitions: string[] = [];
  const helpUrl = (): string => `https://help.vitrinka.example/hc/${loc}/articles/${360000 + rng.int(640000)}`;
  /** A link to an earlier article (relative, as authors write them) or to the help centre, inline or by reference. */
  const link = (): string => {
    const other = earlier.length > 0 && rng.chance(0.7) ? earlier[earlier.length - 1 - rng.int(Math.min(earlier.length, 200))] : undefined;
    if (references && (!other || rng.chance(0.5))) {
      definitions.push(`[${definitions.length + 1}]: ${helpUrl()}`);
      return `[${other?.title ?? rng.pick(m.faqs).title}][${definitions.length}]`;
    }
    return other ? `[${other.title}](../${other.path.split('/').slice(2).join('/')})` : `[${rng.pick(m.faqs).title}](${helpUrl()})`;
  };
  const linkSentence = (): string => rng.pick(words.links).replace('[{t}]({u})', link());
  let images = 0;
  const image = (caption: string): string => {
    const src = `images/${main.topic}-${n}-${++images}.png`;
    const alt = `${words.screenshot}: ${caption}`;
    return html ? figure(src, alt) : `![${alt}](${src})`;
  };

  const head: string[] = [...main.intro];
  const notes = m.notes.get(main.topic);
  if (notes && rng.chance(0.3)) head.push(`> ${rng.pick(words.notes)} ${rng.pick(notes)}`);
  if (html || rng.chance(0.12)) head.push(image(main.title));
  if (rng.chance(0.35)) head.push(`## ${rng.pick(words.before)}`, bullets(rng.shuffled(words.requirements).slice(0, 2 + rng.int(3))));
  head.push(...kept(main.sections, rng, { html, demote: 0, keepHeading: 0.6, image }));
  // A link sentence goes after a paragraph, where authors put them; a tone problem ends one.
  const paragraphs = paragraphsOf(head);
  if (paragraphs.length > 0 && rng.chance(0.7)) head.splice(1 + rng.pick(paragraphs), 0, linkSentence());
  const toneProblem = toneRng ? seedToneProblem(head, [...m.toneSentences, ...words.apologies], toneRng) : undefined;

  const tail: string[] = [];
  if (rng.chance(0.3)) tail.push(`## ${rng.pick(words.troubleshooting)}`, bullets(rng.shuffled(words.fixes).slice(0, 2 + rng.int(3))));
  if (main.seeAlso && rng.chance(0.85)) tail.push(`## ${main.seeAlso}`, bullets([...new Set(Array.from({ length: 2 + rng.int(4) }, link))]));

  // Further FAQs, same topic first, each under its own title, until the drawn size; the last one
  // may overshoot it, never MAX_ARTICLE_BYTES.
  const extras: string[][] = [];
  const build = (): string => assemble(main, loc, id, [...head, ...extras.flat(), ...tail, ...(definitions.length > 0 ? [definitions.join('\n')] : [])], m, words);
  let text = build();
  const others = [...rng.shuffled(m.faqs.filter((f) => f !== main && f.topic === main.topic)), ...rng.shuffled(m.faqs.filter((f) => f.topic !== main.topic))];
  for (const extra of others) {
    if (utf8Bytes(text) >= target) break;
    const definitionsBefore = definitions.length;
    const part = [`## ${extra.title}`, ...extra.intro, ...kept(extra.sections, rng, { html, demote: 1, keepHeading: 0.2, image })];
    if (rng.chance(0.5)) part.push(linkSentence());
    extras.push(part);
    const longer = build();
    if (utf8Bytes(longer) <= MAX_ARTICLE_BYTES) text = longer;
    else {
      extras.pop();
      definitions.length = definitionsBefore;
    }
  }
  return { file: toneProblem ? { path, text, toneProblem } : { path, text }, title: main.title };
}

/** Ends a paragraph of `blocks` with one of `sentences`, and says which. */
function seedToneProblem(blocks: string[], sentences: readonly string[], rng: Rng): string {
  const sentence = rng.pick(sentences);
  const paragraphs = paragraphsOf(blocks);
  if (paragraphs.length === 0) blocks.unshift(sentence);
  else {
    const at = rng.pick(paragraphs);
    blocks[at] = `${blocks[at]} ${sentence}`;
  }
  return sentence;
}

/** A truncated log-normal: help-centre sizes have a long right tail. */
function drawSize(rng: Rng): number {
  for (;;) {
    const z = Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
    const size = SIZE_MEDIAN * Math.exp(SIZE_SIGMA * z);
    if (size >= MIN_ARTICLE_BYTES && size <= SIZE_CAP) return size;
  }
}

interface KeepOptions {
  html: boolean;
  /** Heading levels to add: a further FAQ's sections sit under its title. */
  demote: number;
  /** Chance a section keeps its heading: generate-kb's FAQs have one every two paragraphs, help centres fewer. */
  keepHeading: number;
  image: (caption: string) => string;
}

/**
 * The blocks this article keeps of a source FAQ's sections; in an HTML-flavoured article some
 * tables and question subsections turn into raw HTML, and a screenshot may follow the steps.
 */
function kept(sections: readonly string[][], rng: Rng, opts: KeepOptions): string[] {
  const out: string[] = [];
  for (const section of sections) {
    if (section.some((b) => b.startsWith('|')) && !rng.chance(KEEP_TABLE)) continue;
    if (section.some((b) => b.startsWith('```')) && !rng.chance(KEEP_CODE)) continue;
    const heading = (section[0] as string).replace(/^#+ /, '');
    for (let k = 0; k < section.length; k++) {
      const b = section[k] as string;
      const next = section[k + 1];
      if (b.startsWith('#')) {
        if (opts.html && b.startsWith('### ') && next && isParagraph(next) && rng.chance(0.5)) {
          out.push(`<details>\n<summary>${b.slice(4)}</summary>`, next, '</details>');
          k++;
        } else if (rng.chance(opts.keepHeading)) out.push('#'.repeat(opts.demote) + b);
      } else if (opts.html && b.startsWith('|') && rng.chance(0.5)) out.push(htmlTable(b));
      else {
        out.push(b);
        if (b.startsWith('1. ') && rng.chance(0.15)) out.push(opts.image(heading));
      }
    }
  }
  return out;
}
function htmlTable(markdown: string): string {
  const rows = markdown.split('\n').filter((_, i) => i !== 1).map((row) => row.slice(2, -2).split(' | '));
  const cell = (tag: string) => (c: string) => `<${tag}>${c}</${tag}>`;
  return ['<table>', ...rows.map((cells, i) => `  <tr>${cells.map(cell(i === 0 ? 'th' : 'td')).join('')}</tr>`), '</table>'].join('\n');
}

function figure(src: string, caption: string): string {
  return ['<figure>', `  <img src="${src}" alt="${caption.replace(/"/g, '&quot;')}" width="640">`, `  <figcaption>${caption}</figcaption>`, '</figure>'].join('\n');
}

function bullets(lines: readonly string[]): string {
  return lines.map((l) => `- ${l}`).join('\n');
}

const PLACEHOLDER_NAME = /\{\{\s*([a-z_][a-z0-9_.]*)/g;

function assemble(main: SourceFaq, loc: Locale, id: string, blocks: readonly string[], m: LocaleMaterial, words: Furniture): string {
  const body = blocks.join('\n\n');
  const names = [...new Set(Array.from(body.matchAll(PLACEHOLDER_NAME), (x) => x[1] as string))];
  const declarations = names.map((name) => m.variables.get(name) ?? words.variables[name] ?? `  ${name}: { description: ${name} }`);
  const front = ['---', `id: ${id}`, main.titleLine, 'type: faq', `locale: ${loc}`, ...main.keys, ...(names.length > 0 ? ['variables:', ...declarations] : []), '---'];
  return `${front.join('\n')}\n\n${body}\n`;
}

function utf8Bytes(s: string): number {
  let bytes = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A surrogate pair is 2 UTF-16 units and 4 bytes: +1 for each unit.
    if (c >= 0x800 && (c < 0xd800 || c > 0xdfff)) bytes += 2;
    else if (c >= 0x80) bytes += 1;
  }
  return bytes;
}

// ---------------------------------------------------------------------------------------------
// Shape, measured on the text as bench/suites/real-articles.ts measures the real corpus.

export interface ArticleShape {
  documents: number;
  bytes: number;
  minBytes: number;
  p50Bytes: number;
  p95Bytes: number;
  maxBytes: number;
  /** Per article, averaged over the corpus. */
  perArticle: { headings: number; tableRows: number; codeBlocks: number; links: number; htmlLines: number; definitions: number; images: number };
  /** Share of articles (0..1) with at least one. */
  share: { tables: number; code: number; links: number; definitions: number; html: number; images: number; quotes: number; steps: number };
}

const SHAPE = {
  headings: /^#{1,6} /gm,
  tableRows: /^\|.*\|\s*$/gm,
  fences: /^```/gm,
  links: /\]\(/g,
  htmlLines: /^\s*</gm,
  definitions: /^ {0,3}\[[^\]\n]+\]:\s/gm,
  images: /!\[|<img /g,
  quotes: /^>/gm,
  steps: /^\d+\. /gm,
};

/** The shape of any Markdown corpus (front matter included, as the real-articles bench counts it). */
export function describeArticles(texts: readonly string[]): ArticleShape {
  const n = Math.max(1, texts.length);
  const counts = texts.map((t) => Object.fromEntries(Object.entries(SHAPE).map(([k, re]) => [k, t.match(re)?.length ?? 0])) as Record<keyof typeof SHAPE, number>);
  const sum = (k: keyof typeof SHAPE) => counts.reduce((s, c) => s + c[k], 0) / n;
  const share = (k: keyof typeof SHAPE) => counts.filter((c) => c[k] > 0).length / n;
  const sizes = texts.map(utf8Bytes);
  const s = summarize(sizes.length > 0 ? sizes : [0]);
  return {
    documents: texts.length,
    bytes: sizes.reduce((a, b) => a + b, 0),
    minBytes: s.min,
    p50Bytes: s.median,
    p95Bytes: s.p95,
    maxBytes: Math.max(0, ...sizes),
    perArticle: { headings: sum('headings'), tableRows: sum('tableRows'), codeBlocks: sum('fences') / 2, links: sum('links'), htmlLines: sum('htmlLines'), definitions: sum('definitions'), images: sum('images') },
    share: { tables: share('tableRows'), code: share('fences'), links: share('links'), definitions: share('definitions'), html: share('htmlLines'), images: share('images'), quotes: share('quotes'), steps: share('steps') },
  };
}

/** One line, in real-articles.ts's words, then the shares. */
export function formatShape(s: ArticleShape): string {
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  const p = s.perArticle;
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  return (
    `${s.documents} documents, ${(s.bytes / 1024 / 1024).toFixed(1)} MB; size p50 ${kb(s.p50Bytes)}, p95 ${kb(s.p95Bytes)} (${kb(s.minBytes)}–${kb(s.maxBytes)}); ` +
    `per article: ${p.headings.toFixed(1)} headings, ${p.tableRows.toFixed(1)} table rows, ${p.codeBlocks.toFixed(1)} code blocks, ${p.links.toFixed(1)} links, ${p.htmlLines.toFixed(1)} HTML lines, ` +
    `${p.images.toFixed(1)} images, ${p.definitions.toFixed(2)} definitions; with tables ${pct(s.share.tables)}, code ${pct(s.share.code)}, links ${pct(s.share.links)}, ` +
    `definitions ${pct(s.share.definitions)}, HTML ${pct(s.share.html)}, images ${pct(s.share.images)}, quotes ${pct(s.share.quotes)}, steps ${pct(s.share.steps)}`
  );
}
