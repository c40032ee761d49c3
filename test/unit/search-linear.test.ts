/**
 * Search normalisation runs over whole bodies (up to 2 MB) while the index builds: every pattern in
 * src/core/search must be linear by construction (issue 16: `[a](` × 50k hung the index build, the
 * link pattern rescanning to the end from every `[`). Checked on the patterns themselves, never by
 * timing; the outputs on such inputs are checked too.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstLineOf, stripMarkup } from '../../src/core/search/normalize';
import { documentSnippet } from '../../src/core/search/snippet';
import { words } from '../../src/core/search/terms';
import { linearityProblems, regexLiterals } from './helpers/linear-regex';

const SEARCH = join(__dirname, '..', '..', 'src', 'core', 'search');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

test('every regular expression in src/core/search is linear by construction', () => {
  let count = 0;
  const problems: string[] = [];
  for (const file of sources(SEARCH)) {
    const code = readFileSync(file, 'utf8');
    // Patterns built at run time would escape this check.
    assert.doesNotMatch(code, /\bnew RegExp\(/, `${file} builds a pattern at run time`);
    for (const [source, flags] of regexLiterals(code)) {
      count++;
      for (const p of linearityProblems(source, flags)) problems.push(`${file}: /${source}/${flags}: ${p}`);
    }
  }
  assert.ok(count >= 30, `found only ${count} patterns: is the literal scanner still finding them?`);
  assert.deepEqual(problems, []);
});

test('the linearity check rejects the patterns that were quadratic, and finds literals in code', () => {
  const rejected = (source: string, flags = 'g') => assert.notDeepEqual(linearityProblems(source, flags), [], source);
  rejected(String.raw`!?\[([^\]]*)\]\([^)\s]*(?:\s+"[^"]*")?\)`); // the old link pattern
  rejected(String.raw`\{\{\s*([^{}|]*?)\s*(?:\|[^{}]*)?\}\}`); // spaces around a lazy name
  rejected(String.raw`\s+$`, ''); // trailing spaces, unanchored
  rejected(String.raw`^ {0,3}\[[^\]]+\]:\s*\S+.*$`, 'gm'); // the old definition pattern
  rejected(String.raw`(?:a\s)+b`); // a repeated group, unanchored
  assert.deepEqual(linearityProblems(String.raw`<\/?[A-Za-z][^<>]*>`, 'g'), []);
  assert.deepEqual(regexLiterals("const a = /x\\/[/]y/gi; const b = 'not /a/ regex'; // /nor/ this\nreturn /z/.test(c) ? 1 / 2 : `${/w/u}`;"), [
    ['x\\/[/]y', 'gi'],
    ['z', ''],
    ['w', 'u'],
  ]);
});

test('hostile bodies: normalisation keeps the words and drops the markup', () => {
  const open = '[a]('.repeat(50_000);
  assert.equal(words(stripMarkup(open)).length, 50_000);
  assert.equal(firstLineOf(open).length, 120);
  assert.deepEqual(new Set(words(stripMarkup('[текст](https://x.example/a) '.repeat(20_000)))), new Set(['текст']));
  assert.deepEqual(words(stripMarkup(`${'[['.repeat(30_000)}x](y)`)), ['x']);
  assert.deepEqual(words(stripMarkup(`${'[a\n'.repeat(30_000)}[b]: https://x.example "Заголовок"`)).slice(-2), ['a', 'Заголовок']);
  assert.equal(firstLineOf(`${'<!-- c -->'.repeat(50_000)}слово`), 'слово');
  assert.equal(firstLineOf(`{{${' '.repeat(100_000)}имя${' '.repeat(100_000)}}} x`), '{{имя}} x');
  assert.deepEqual(words(stripMarkup(`${'<!-- '.repeat(50_000)}x`)), []);
  assert.deepEqual(words(stripMarkup(`${'{{ '.repeat(50_000)}x`)), ['x']);
  const spaces = documentSnippet({ text: `a${' '.repeat(100_000)}b${' \n'.repeat(1000)}`, bodyOffset: 0, variables: new Map() });
  assert.equal(spaces, `a${' '.repeat(100_000)}b`);
});
