import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LiteralScanner, type LiteralSource } from '../../src/core/lint/literal-scanner';
import type { Literal } from '../../src/core/lint/triggers';
import { Matcher, type Haystack } from '../../src/core/lint/matcher';
import { fuzz } from './helpers/fuzz';

/** Each alternative with one group of literals (no word edges). */
const source = (...alternatives: (string[] | undefined)[]): LiteralSource => ({
  alternativeGroups: alternatives.map((a) => a && [a.map((text) => ({ text, start: false, end: false }))]),
});
/** `‹` before a literal: no letter may precede it; `›` after: none may follow. */
const literal = (spec: string): Literal => ({ text: spec.replace(/[‹›]/g, ''), start: spec.startsWith('‹'), end: spec.endsWith('›') });
/** Alternatives given as groups, each group as literals with edge marks. */
const grouped = (...alternatives: string[][][]): LiteralSource => ({ alternativeGroups: alternatives.map((groups) => groups.map((g) => g.map(literal))) });

test('the scanner finds every literal, overlapping ones and ones inside others included', () => {
  const a = source(['he'], ['she'], ['hers'], ['his']);
  const b = source(['e'], undefined, ['rs']);
  const scanner = new LiteralScanner([a, b]);
  const hits = scanner.scan('ushers');
  assert.deepEqual(scanner.alternativesOf(a, hits), [0, 1, 2], '«she», «he» and «hers» all end inside «ushers»');
  assert.deepEqual(scanner.alternativesOf(b, hits), [0, 2]);
  assert.deepEqual(scanner.alternativesOf(a, scanner.scan('this')), [3]);
  assert.deepEqual(scanner.alternativesOf(a, scanner.scan('USHERS')), [0, 1, 2], 'any case');
  const sk = source(['sk']);
  const folding = new LiteralScanner([sk]);
  assert.deepEqual(folding.alternativesOf(sk, folding.scan('\u017f\u212a')), [0], 'ſ and the Kelvin sign, as the regexes fold them');
  assert.deepEqual(scanner.alternativesOf(a, scanner.scan('nothing here')), [0]);
  assert.deepEqual(scanner.scan(''), []);
  assert.equal(scanner.alternativesOf(source(['x']), hits), undefined, 'a source the scanner was not built with');
});

test('an alternative counts only when every one of its groups has a literal in the text', () => {
  const s = grouped([['как'], ['уже', 'ещё']], [['мы']], [['мы'], ['писал']]);
  const scanner = new LiteralScanner([s]);
  const alternatives = (text: string) => scanner.alternativesOf(s, scanner.scan(text));
  assert.deepEqual(alternatives('как мы уже говорили'), [0, 1]);
  assert.deepEqual(alternatives('как мы писали'), [1, 2]);
  assert.deepEqual(alternatives('уже как'), [0], 'in any order');
  assert.deepEqual(alternatives('как'), []);
});

test('word edges: a literal that must start or end a word is not found inside one', () => {
  const s = grouped([['‹ты›']], [['‹се'], ['ля›']], [['00:']]);
  const scanner = new LiteralScanner([s]);
  const alternatives = (text: string) => scanner.alternativesOf(s, scanner.scan(text));
  assert.deepEqual(alternatives('работы'), []);
  assert.deepEqual(alternatives('Ты, работы'), [0]);
  assert.deepEqual(alternatives('ты9'), [0], 'a digit is not a letter');
  assert.deepEqual(alternatives('все ля'), [], '«се» inside «все»');
  assert.deepEqual(alternatives('все, сегодня, ляля'), [1], '«се» starts «сегодня»; «ля» ends «ляля»');
  assert.deepEqual(alternatives('в 10:30'), [2], 'every digit reads as 0');
  assert.deepEqual(alternatives('работы ты'), [0], 'a later occurrence still counts');
});

test('scanning agrees with a naive search, for random literals, groups, edges and texts', () => {
  const text = fc.stringMatching(/^[abcёABCЁ 1,]{0,40}$/);
  const spec = fc.stringMatching(/^‹?[abcё1]{1,4}›?$/);
  const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
  const occurs = (l: Literal, t: string) => {
    const lower = t.toLowerCase().replace(/[0-9]/g, '0');
    const wanted = l.text.replace(/[0-9]/g, '0');
    for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
      if (l.start && isLetter(t[at - 1])) continue;
      if (l.end && isLetter(t[at + wanted.length])) continue;
      return true;
    }
    return false;
  };
  fc.assert(
    fc.property(fc.array(fc.array(fc.array(spec, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 }), fc.array(text, { maxLength: 4 }), (alternatives, texts) => {
      const s = grouped(...alternatives);
      const scanner = new LiteralScanner([s]);
      for (const t of texts) {
        const expected = alternatives.flatMap((groups, i) => (groups.every((g) => g.map(literal).some((l) => occurs(l, t))) ? [i] : []));
        assert.deepEqual(scanner.alternativesOf(s, scanner.scan(t)), expected, t);
      }
    }),
    fuzz(2_000, 20261214),
  );
});

test('scanning agrees with includes() on the lowercased text, for random literals and texts', () => {
  const text = fc.stringMatching(/^[abcёABCЁ ]{0,40}$/);
  const literal = fc.stringMatching(/^[abcё]{1,4}$/);
  fc.assert(
    fc.property(fc.array(fc.array(literal, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 12 }), fc.array(text, { maxLength: 4 }), (alternatives, texts) => {
      const s = source(...alternatives);
      const scanner = new LiteralScanner([s]);
      for (const t of texts) {
        const expected = alternatives.flatMap((lits, i) => (lits.some((l) => t.toLowerCase().includes(l)) ? [i] : []));
        assert.deepEqual(scanner.alternativesOf(s, scanner.scan(t)), expected);
      }
      assert.deepEqual(scanner.union(texts.map((t) => scanner.scan(t))), scanner.scan(texts.join('|')));
    }),
    fuzz(2_000, 20261215),
  );
});

/** A haystack that knows which of the matcher's alternatives its literals allow, as a LintBlock does. */
function scanned(matcher: Matcher, text: string): Haystack {
  const scanner = new LiteralScanner([matcher]);
  return { text, lower: text.toLowerCase(), literalHits: (m) => scanner.alternativesOf(m, scanner.scan(text)) };
}

test('running only the alternatives whose literals occur gives the alternation’s matches', () => {
  // Phrases and patterns over a small alphabet, so alternatives overlap, share starts and nest.
  const word = fc.stringMatching(/^[abc]{1,3}$/);
  const phrase = fc.array(word, { minLength: 1, maxLength: 2 }).map((w) => w.join(' '));
  const pattern = fc.constantFrom(
    'ab+c', 'a[bc]', '(?:ba|cb)a?', 'c{2,}', 'b(?=a)', 'x?a', '(a|b)c', 'cab', 'a*',
    // Word edges and digits, as the built-in rules write them.
    '(?<!\\p{L})ab(?!\\p{L})', '(?<![\\p{L}\\p{N}_])ca\\s+b', '\\d:\\d\\d', '(?<!\\p{L})(?:ab|bc)\\s*1', 'b,?[\\s\\u00a0]+ab(?!\\p{L})', 'c(?=ab)ab', 'a(?!c)bc', '(?<!\\p{L})a(?:b|c)\\s+(?:ca|ab)',
  );
  fc.assert(
    fc.property(fc.array(phrase, { maxLength: 4 }), fc.array(pattern, { maxLength: 4 }), fc.stringMatching(/^[abcAB 1:,]{0,30}$/), (phrases, patterns, text) => {
      fc.pre(phrases.length + patterns.length > 0);
      const matcher = new Matcher(phrases, patterns);
      const hay = scanned(matcher, text);
      const fast = matcher.matches(hay);
      assert.deepEqual(matcher.matches(hay, 1), fast.slice(0, 1), 'a limit keeps the first matches');
      assert.equal(matcher.test(hay), fast.length > 0);
      assert.deepEqual(fast, matcher.matches({ ...hay, exhaustive: true }));
    }),
    fuzz(3_000, 20261216),
  );
});

test('an alternative without a literal runs in every block; the others only where their literal is', () => {
  const matcher = new Matcher([], ['(?<!\\p{L})ч[её](?!\\p{L})', '\\d+\\s*(?:ч|м)(?!\\p{L})']);
  assert.deepEqual(matcher.alternativeGroups, [[[{ text: 'че', start: true, end: true }]], undefined]);
  const found = (text: string) => matcher.matches(scanned(matcher, text)).map((m) => text.slice(m.start, m.end));
  assert.deepEqual(found('Че, в 10 ч'), ['Че', '10 ч']);
  assert.deepEqual(found('в 10 ч, чек'), ['10 ч']);
  assert.deepEqual(found('чек'), []);
});
