import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LiteralScanner, type LiteralSource } from '../../src/core/lint/literal-scanner';
import { Matcher, setLiteralPrefilter, type Haystack } from '../../src/core/lint/matcher';

const source = (...alternatives: (string[] | undefined)[]): LiteralSource => ({ alternativeLiterals: alternatives });

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
    { numRuns: 2_000 },
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
  const pattern = fc.constantFrom('ab+c', 'a[bc]', '(?:ba|cb)a?', 'c{2,}', 'b(?=a)', 'x?a', '(a|b)c', 'cab', 'a*');
  fc.assert(
    fc.property(fc.array(phrase, { maxLength: 4 }), fc.array(pattern, { maxLength: 4 }), fc.stringMatching(/^[abcAB ]{0,30}$/), (phrases, patterns, text) => {
      fc.pre(phrases.length + patterns.length > 0);
      const matcher = new Matcher(phrases, patterns);
      const hay = scanned(matcher, text);
      const fast = matcher.matches(hay);
      assert.deepEqual(matcher.matches(hay, 1), fast.slice(0, 1), 'a limit keeps the first matches');
      assert.equal(matcher.test(hay), fast.length > 0);
      setLiteralPrefilter(false);
      try {
        assert.deepEqual(fast, matcher.matches(hay));
      } finally {
        setLiteralPrefilter(true);
      }
    }),
    { numRuns: 3_000 },
  );
});

test('an alternative without a literal runs in every block; the others only where their literal is', () => {
  const matcher = new Matcher([], ['(?<!\\p{L})ч[её](?!\\p{L})', '\\d{1,2}:\\d{2}']);
  assert.deepEqual(matcher.alternativeLiterals, [['че'], undefined]);
  const found = (text: string) => matcher.matches(scanned(matcher, text)).map((m) => text.slice(m.start, m.end));
  assert.deepEqual(found('Че, в 10:30'), ['Че', '10:30']);
  assert.deepEqual(found('в 10:30, чек'), ['10:30']);
  assert.deepEqual(found('чек'), []);
});
