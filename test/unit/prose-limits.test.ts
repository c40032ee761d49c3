/**
 * The prose scanner on hostile input (issue 16): every stage linear or capped, and past a cap an
 * approximation the linter reports (`kb/too-complex`), never a crash. Two kinds of check, no timing:
 * - small documents built from the fragments that used to cost quadratic time (unterminated HTML,
 *   punctuation runs in URLs, nested list markers, emphasis runs around links and images, long
 *   backtick runs): where the fast scanner says it is exact, it equals the mdast reference, so the
 *   shortcuts that made it linear changed no answer;
 * - documents past each limit: the approximation, where it applies, and the prose still found.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { builtinRules, lintDocument, parseDocument } from '../../src/core';
import { MAX_ISSUES_PER_RULE as MAX_FINDINGS_PER_RULE } from '../../src/core/issue-cap';
import { scanProse, type ProseScan } from '../../src/core/lint/prose';
import { fastScan, MAX_NESTING, MAX_PROSE_BLOCKS } from '../../src/core/lint/prose/fast';
import { scanProseFromMdast } from '../../src/core/lint/prose/from-mdast';
import { MAX_SEQUENCES } from '../../src/core/lint/prose/inline';
import { transformAutolinkLiterals } from '../../src/core/lint/prose/autolink-transform';
import { splitSentences } from '../../src/core/lint/text/sentences';
import { fuzz } from './helpers/fuzz';

const FRAGMENTS = [
  'a', 'b c', ' ', '\n', '\n\n', '  \n', '*', '**', '_', '~', '~~', '`', '``', '```', '`'.repeat(33), '[', ']', '](', '](x)', '![', '(', ')',
  '<', '<!--', '-->', '<!-->', '<?', '?>', '<!a', '>', '<![CDATA[', ']]>', '<a b="', '"', '&', '&amp;', '\\', 'www.', 'http://a.b/', 'a@b.c', '!', '.',
  '?', '_a_', '- ', '* ', '> ', '1. ', '#', '|', '{{x}}', 'я',
];

const hostile = fc.array(fc.tuple(fc.constantFrom(...FRAGMENTS), fc.integer({ min: 1, max: 12 })), { minLength: 1, maxLength: 14 }).map((parts) => parts.map(([f, n]) => f.repeat(n)).join(''));

function same(a: ProseScan, b: ProseScan): boolean {
  return JSON.stringify(a.blocks) === JSON.stringify(b.blocks) && JSON.stringify(a.comments) === JSON.stringify(b.comments);
}

test('hostile fragments: where the fast scan is exact, it is mdast\'s reading', () => {
  const options = fuzz(1500, 20261207);
  let exact = 0;
  fc.assert(
    fc.property(hostile, fc.boolean(), (body, includeBlockquotes) => {
      const fast = fastScan(body, 0, { includeBlockquotes }).scan;
      if (fast.approximations.length > 0) return;
      exact++;
      const reference = scanProseFromMdast(body, 0, { includeBlockquotes });
      assert.ok(same(fast, reference), `${JSON.stringify(body)}\nfast: ${JSON.stringify(fast.blocks)} ${JSON.stringify(fast.comments)}\nmdast: ${JSON.stringify(reference.blocks)} ${JSON.stringify(reference.comments)}`);
    }),
    options,
  );
  // Two in three at full size (1,000 of 1,500): the rest are the hostile shapes the limits approximate.
  assert.ok(exact > options.numRuns * 0.6, `only ${exact} of ${options.numRuns} documents were read exactly`);
});

test('the shortcuts keep micromark\'s answers on the inputs they were made for', () => {
  const cases = [
    `a <!-- b ${'<!-- '.repeat(50)} c --> d <!--> e <!---> f`, // unterminated openings, then one end for all
    `x ${'<?'.repeat(30)} ?> y <![CDATA[ ]]> <!a b> ${'<!a'.repeat(20)}`,
    `see www.a.b/${'!'.repeat(40)}x and www.a.b/c${'!'.repeat(40)} and http://a.b/(${')'.repeat(10)}&amp;!`,
    `www.${'a.'.repeat(20)}b_c.d and www.a_b.${'c.'.repeat(10)}d`,
    `${'- '.repeat(30)}x\n${'* '.repeat(5)}\n- - -\n* * x`,
    `${'*a '.repeat(30)}[${'a* '.repeat(20)}](u) ![${'_b '.repeat(10)}](i) ${'a* '.repeat(30)}`,
    `${'`'.repeat(40)} code ${'`'.repeat(39)} ${'`'.repeat(40)} text`,
    `> a <b>x</b>\n> c <!-- support-kb-disable -->\n> d <i>y</i>`,
  ];
  for (const body of cases) {
    for (const includeBlockquotes of [false, true]) {
      const fast = fastScan(body, 0, { includeBlockquotes }).scan;
      assert.deepEqual(fast.approximations, [], body);
      assert.ok(same(fast, scanProseFromMdast(body, 0, { includeBlockquotes })), body);
    }
  }
});

test(`nesting past ${MAX_NESTING}: the deeper markers are text, with an approximation where it starts`, () => {
  const body = `${'- '.repeat(MAX_NESTING + 50)}слово\n${'\n'.repeat(1000)}`;
  const { scan, depth } = fastScan(body, 0);
  assert.equal(depth, MAX_NESTING);
  assert.deepEqual(scan.approximations, [{ kind: 'nesting', offset: 2 * MAX_NESTING }]);
  assert.equal(scan.blocks.length, 1);
  assert.equal(body.slice(scan.blocks[0].spans[0].start, scan.blocks[0].spans.at(-1)!.end), `${'- '.repeat(50)}слово`);
  // Too deep for micromark even though it is small: the approximate reading is what lint gets.
  const result = scanProse(body, 0);
  assert.equal(result.usedFallback, false);
  assert.equal(result.approximations[0]?.kind, 'nesting');
});

test(`more than ${MAX_SEQUENCES} emphasis runs in a paragraph: read as plain text (too much for micromark too)`, () => {
  const under = `${'a* '.repeat(MAX_SEQUENCES / 2)}${'*a '.repeat(MAX_SEQUENCES / 2)}`;
  assert.deepEqual(fastScan(under, 0).scan.approximations, []);
  // The words in front make the first body too costly for micromark (prose.ts), as the second is.
  for (const body of [`${'word '.repeat(400)}${under}*b*`, `${'a* '.repeat(25_000)}${'*a '.repeat(25_000)}`]) {
    const scan = scanProse(body, 0);
    assert.equal(scan.usedFallback, false);
    assert.deepEqual(scan.approximations, [{ kind: 'emphasis', offset: 0 }]);
    // Plain text: the markers are inside the one prose span.
    assert.deepEqual(scan.blocks[0]?.spans, [{ start: 0, end: body.trimEnd().length }]);
  }
});

test('constructs the fast scanner does not model: micromark for a small document, an approximation for a large one', () => {
  const small = 'Текст\n\n\t- пункт\n\n[x]: https://example.com\n';
  const exact = scanProse(small, 0);
  assert.equal(exact.usedFallback, true);
  assert.ok(same(exact, scanProseFromMdast(small, 0)));

  // A NUL comes only from an editor's text: a file holding one is refused as binary (read-text.ts).
  const large = `${'Обычный абзац текста.\n\n'.repeat(2000)}\t- пункт\n\n[x]: https://example.com\n\nab\0 cd\n`;
  const approximate = scanProse(large, 0);
  assert.equal(approximate.usedFallback, false);
  assert.deepEqual(
    approximate.approximations.map((a) => [a.kind, large.slice(a.offset, a.offset + 2)]),
    [
      ['tab', '\t-'],
      ['definition', ']:'],
      ['nul', '\0 '],
    ],
  );
  // Tabs read as spaces: the item is still a list item.
  assert.equal(approximate.blocks.filter((b) => b.kind === 'list-item').length, 1);
});

test(`more than ${MAX_PROSE_BLOCKS.toLocaleString('en')} blocks: the rest is left out, its comments are not`, () => {
  const body = `${'- a\n'.repeat(MAX_PROSE_BLOCKS + 10)}\n<!-- support-kb-disable -->\n`;
  const scan = scanProse(body, 0);
  assert.equal(scan.blocks.length, MAX_PROSE_BLOCKS);
  assert.deepEqual(scan.approximations, [{ kind: 'blocks', offset: 4 * MAX_PROSE_BLOCKS + 2 }]);
  assert.equal(scan.comments.length, 1);
});

test('URL candidates the transform refuses: it gives up past its bound instead of rereading the text from each', () => {
  assert.deepEqual(transformAutolinkLiterals('see www.example.com and яwww.a'), [4, 19]);
  assert.equal(transformAutolinkLiterals('яwww.a'.repeat(10_000)), null);
  const body = `Текст ${'яwww.a'.repeat(10_000)}`;
  assert.equal(scanProse(body, 0).approximations[0]?.kind, 'autolinks');
});

test('lint reports each approximation as kb/too-complex at its place, and caps each rule\'s findings', () => {
  const rules = builtinRules().map((rule) => ({ rule, severity: rule.spec.severity }));
  const text = `---\ntitle: T\n---\n${'- '.repeat(MAX_NESTING + 1)}x\n\n${'Ура! '.repeat(MAX_FINDINGS_PER_RULE + 100)}\n`;
  const doc = parseDocument({ path: '/kb/doc.md', relativePath: 'doc.md', text, defaultLocale: 'ru', requireFrontMatter: true });
  const issues = lintDocument(doc, rules);
  const complex = issues.filter((i) => i.ruleId === 'kb/too-complex');
  assert.equal(complex.length, 2);
  assert.equal(complex[0]?.severity, 'info');
  assert.deepEqual(complex[0]?.range.start, { line: 3, character: 2 * MAX_NESTING });
  assert.match(complex[0]?.message ?? '', /^Linted approximately from here: lists and quotes are nested more than 100 deep/);
  assert.match(complex[1]?.message ?? '', /^ru\/exclamation found more than 500 problems in this document; only the first 500 are shown\.$/);
  assert.equal(issues.filter((i) => i.ruleId === 'ru/exclamation').length, MAX_FINDINGS_PER_RULE);
});

test('sentences: a run of terminators is one end, measured once; no abbreviation is longer than "approx"', () => {
  const text = `Первое${'.'.repeat(10_000)} Второе?!.. Третье`;
  assert.deepEqual(
    splitSentences(text).map((s) => text.slice(s.start, s.end)),
    [`Первое${'.'.repeat(10_000)}`, 'Второе?!..', 'Третье'],
  );
  assert.equal(splitSentences('См. Дальше. Или e.g. This.').length, 2);
  assert.equal(splitSentences(`${'a.'.repeat(5000)} Next`).length, 2);
});
