/**
 * Team rules with random phrases and patterns (issue 16): loading never throws,
 * every phrase (phrase rules load in Restricted Mode, so they must be safe by
 * construction) and every pattern the safety check accepts runs on text built
 * to make backtracking explode. Phrases are not put to redos-detector: it
 * takes `\p{L}` to overlap with everything, `\s` included, and so calls the
 * unambiguous `настро\p{L}*,?\s+,` catastrophic.
 * A hang fails the test through its timeout (a watchdog, not a speed test).
 * FUZZ=1, FUZZ_RUNS and FUZZ_SEED set the size and seed (helpers/fuzz.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lintDocument, parseDocument } from '../../src/core';
import { parseTeamRules } from '../../src/core/lint/team-rules';
import { fuzzRuns, fuzzSeed } from './helpers/fuzz';

const RUNS = fuzzRuns(25);
const SEED = fuzzSeed(20261207);
const WATCHDOG_MS = 10 * 60_000;

/** Characters whose runs make overlapping quantifiers explode, in both scripts and their case variants. */
const ALPHABET = ['a', 'A', 'k', 'K', '\u212a', 'ё', 'Ё', 'е', 'ж', '1', ' ', '\u00a0', ',', '-', '.', '!', 'ſ', 's'];

function hostileTexts(): string[] {
  const runs = ALPHABET.map((c) => c.repeat(3000)).join('\n');
  const mixed = Array.from({ length: 6000 }, (_, i) => ALPHABET[(i * 7) % ALPHABET.length]).join('');
  return [runs, mixed, 'a k ё 1 '.repeat(2500)];
}

const word = fc.oneof(
  fc.stringMatching(/^[=]?[a-zа-яё*=,.\-]{0,6}[*]?$/u),
  fc.constantFrom('*', '=', '=*', ',', 'ёж', 'Ещё', 'k\u212a', 'настро*', '=форма', 'we', 'can’t'),
);
const phrase = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(fc.sample(fc.constantFrom(' ', '  ', ', ', '\u00a0'), 1)[0]));

const atom = fc.constantFrom('a', 'A', 'k', '\u212a', 'ё', 'е', 'ж', '\\s', '\\d', '\\w', '.', '[a-z]', '[A-Z]', '[^a]', '\\p{L}', '\\p{Lu}', '(?<![\\p{L}])', '(?![\\p{L}])', ' ', '!');
const pattern: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    atom,
    fc.tuple(tie('node'), fc.constantFrom('*', '+', '?', '{1,3}', '*?')).map(([n, q]) => `(?:${n})${q}`),
    fc.tuple(tie('node'), tie('node')).map(([a, b]) => `${a}${b}`),
    fc.tuple(tie('node'), tie('node')).map(([a, b]) => `(?:${a}|${b})`),
    tie('node').map((n) => `(${n})\\1`),
  ),
})).node;

function ruleFile(field: 'phrases' | 'patterns', values: string[]): string {
  return `rules:\n  - id: kb/fuzz\n    kind: existence\n    severity: warning\n    message: "%s"\n    ${field}: ${JSON.stringify(values)}\n`;
}

function lintWith(rules: ReturnType<typeof parseTeamRules>['rules'], text: string): void {
  const doc = parseDocument({ path: '/kb/a.md', relativePath: 'a.md', text: `---\ntitle: A\n---\n${text}\n`, requireFrontMatter: true });
  lintDocument(doc, rules.map((rule) => ({ rule, severity: rule.spec.severity })));
}

test('random phrases: load without throwing, run on hostile text', { timeout: WATCHDOG_MS }, () => {
  const texts = hostileTexts();
  fc.assert(
    fc.property(fc.array(phrase, { minLength: 1, maxLength: 3 }), (phrases) => {
      const { rules, issues } = parseTeamRules(ruleFile('phrases', phrases), { allowPatterns: false });
      assert.equal(rules.length + issues.filter((i) => i.severity === 'error').length >= 1, true);
      if (rules.length === 0) return;
      for (const text of texts) lintWith(rules, text);
    }),
    { numRuns: RUNS, seed: SEED },
  );
});

test('random patterns: load without throwing; every accepted one runs on hostile text', { timeout: WATCHDOG_MS }, () => {
  const texts = hostileTexts();
  let accepted = 0;
  let rejected = 0;
  fc.assert(
    fc.property(fc.array(pattern, { minLength: 1, maxLength: 3 }), (patterns) => {
      const { rules, issues } = parseTeamRules(ruleFile('patterns', patterns), { allowPatterns: true });
      for (const issue of issues) assert.ok(['kb/unsafe-regex', 'kb/invalid-value'].includes(issue.ruleId), `${issue.ruleId}: ${issue.message}`);
      if (rules.length === 0) return void rejected++;
      accepted++;
      for (const text of texts) lintWith(rules, text);
    }),
    { numRuns: RUNS * 3, seed: SEED },
  );
  // Both kinds must occur, or the generator tests nothing (a handful of runs may not see both).
  if (RUNS >= 10) assert.ok(accepted > 0 && rejected > 0, `accepted ${accepted}, rejected ${rejected}`);
});
