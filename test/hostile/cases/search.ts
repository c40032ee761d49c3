import { doc, documentCase, everyCommand, type HostileCase } from '../case';

const OWN = 'our own';

/** Documents are refused over 2 MiB: the big cases stay just under it (UTF-8 bytes). */
const BYTES = 2_000_000;

/** `fragment` repeated to about `bytes` of UTF-8. */
function fill(fragment: string, bytes = BYTES): string {
  return fragment.repeat(Math.floor(bytes / Buffer.byteLength(fragment)));
}

/** The search must still find the document by a word in it. */
const found = (word: string): HostileCase['runs'][number] => ({ args: ['search', word, '--json'], expect: [/"path"/] });

export const SEARCH_CASES: HostileCase[] = [
  documentCase('open-links-50k', 'issue 16: `[a](`×50k hangs the index build (the inline-link pattern)', () => '[a]('.repeat(50_000)),
  documentCase('open-links-2mb', `${OWN}: the same at the size limit`, () => fill('[a](')),
  documentCase('link-label-starts', `${OWN}: 1M "[" before one "](": the label pattern ran from every "[" to the next "]"`, () => `${fill('[', 1_000_000)}](x) слово`),
  documentCase('link-destinations-unclosed', `${OWN}: "[a](x" with no ")" or space, again and again`, () => fill('[a](x[')),
  documentCase('link-titles-unclosed', `${OWN}: link titles without their closing quote`, () => fill('[a](x "y')),
  documentCase('definition-labels-across-lines', `${OWN}: "[a" lines then "]:" — the definition pattern read from every line's "[" to the end`, () => `${fill('[a\n', 1_900_000)}]: x`),
  documentCase('comments-on-one-line', `${OWN}: 200k comments on the first line: the first-line preview rebuilt the line per comment`, () => `${fill('<!-- c -->', 1_900_000)}слово`),
  documentCase('comment-unclosed', `${OWN}: one unclosed comment before 1.9 MB of text`, () => `<!--${fill('слово ', 1_900_000)}`),
  documentCase('placeholder-spaces', `${OWN}: "{{" then spaces and no "}}": the first-line pattern tried every split of the spaces around a lazy name (cubic: 4,000 spaces took 14.6 s)`, () => `{{${' '.repeat(1_900_000)}имя слово`),
  documentCase('search-placeholders-unclosed', `${OWN}: {{ × 330k and {% × 300k, none closed`, () => `${fill('{{ ', 1_000_000)}${fill('{% ', 900_000)}`),
  documentCase('html-tags-unclosed', `${OWN}: <a × 1M, none closed`, () => fill('<a')),
  documentCase('autolinks-unclosed', `${OWN}: <https:// × 250k, none closed`, () => fill('<https://')),
  documentCase('urls-2mb', `${OWN}: URLs back to back, no spaces`, () => fill('https://example.com/')),
  documentCase('trailing-spaces-inside', `${OWN}: 1.9M spaces inside the body ("\\s+$" unanchored backed off every one)`, () => `a${' '.repeat(1_900_000)}b`),
  documentCase('one-word-2mb', `${OWN}: one word of 2M letters (terms are cut to 40)`, () => 'a'.repeat(BYTES)),
  documentCase('distinct-words-200k', `${OWN}: 200k different words in one document`, () => Array.from({ length: 200_000 }, (_, i) => `w${i.toString(36)}`).join(' ')),
  {
    name: 'search-many-documents',
    why: `${OWN}: 3,000 documents of hostile markup, found by a word they share`,
    files: () => Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`docs/d${i}.md`, doc(`${'[a]('.repeat(100)}слово${i} ${'<!-- c -->'.repeat(50)} {{ ${' '.repeat(100)}x }}`)])),
    runs: [{ args: ['check'] }, found('слово1'), { args: ['search', 'a', '--limit', '10000', '--json'] }],
  },
  {
    name: 'search-hostile-queries',
    why: `${OWN}: queries as long as a pasted page, of markup, of 500 words, all filters`,
    files: () => ({ 'doc.md': doc('Вернём деньги за заказ в течение трёх дней.') }),
    runs: [
      { args: ['search', '[a]('.repeat(20_000)] },
      { args: ['search', 'возврат '.repeat(500)] },
      { args: ['search', 'ф'.repeat(50_000)] },
      { args: ['search', Array.from({ length: 400 }, (_, i) => `#t${i} lang:ru ch:sms`).join(' ')] },
      { args: ['search', 'деньги', '--limit', '1000000000'] },
    ],
  },
  {
    name: 'search-first-line-hostile',
    why: `${OWN}: a first line of every markup the result list strips, 1.9 MB long`,
    files: () => ({ 'doc.md': doc(fill('# **[ссылка](https://x.example "t")** `код` <b>жирный</b> {{ имя | default: "x" }} ', 1_900_000)) }),
    runs: [...everyCommand('doc.md').filter((r) => r.args[0] !== 'search'), found('ссылка')],
  },
];
