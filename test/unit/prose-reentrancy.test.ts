/**
 * Lint is re-entrant (issue 17): the prose scanner and the linter keep their state in instances, so
 * two of them used alternately, or one started from inside another's callback, give what each gives
 * alone. Before, the block scanner, the inline scanner's tokens and the engine's caches were module
 * variables: an inline scan started between another's `scan` and `emit` overwrote its tokens.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinRules, DocumentLinter, parseDocument } from '../../src/core';
import { FastScanner } from '../../src/core/lint/prose/fast';
import { InlineScanner, type InlineSink } from '../../src/core/lint/prose/inline';
import { generateKb } from '../../bench/generate-kb';

const KB_SAMPLE = join(__dirname, '..', '..', 'kb-sample');

/** Documents with every construct the scanner reads: kb-sample, generated replies and a few by hand. */
function documents(): string[] {
  const texts: string[] = [];
  for (const dir of ['faq/ru', 'faq/en', 'macros/ru', 'macros/en', 'snippets', 'drafts']) {
    for (const name of readdirSync(join(KB_SAMPLE, dir))) if (name.endsWith('.md')) texts.push(readFileSync(join(KB_SAMPLE, dir, name), 'utf8'));
  }
  for (const f of generateKb({ count: 60, seed: 17 })) if (f.path.endsWith('.md')) texts.push(f.text);
  texts.push(
    '> quoted *emphasis* and [a link](https://x.y "t")\n> - [ ] task <!-- note -->\n\n| a | b |\n|---|---|\n| `c` | www.d.com |\n',
    '# Title\n\n1. one\n   two\n\n   ```\n   code\n   ```\n\n<div>\nhtml <!-- support-kb-disable -->\n</div>\n\nmail@example.com **strong _both_**\n',
    `${'*a* '.repeat(500)}\n\n${'- '.repeat(120)}deep\n`, // past the emphasis and nesting limits: approximations
  );
  return texts;
}

function bodyOffset(text: string): number {
  if (!text.startsWith('---\n')) return 0;
  const end = text.indexOf('\n---\n', 3);
  return end === -1 ? 0 : end + 5;
}

const scanAlone = (text: string) => JSON.stringify(new FastScanner().scan(text, bodyOffset(text)));

test('two prose scanners used alternately give what each gives alone, and a result outlives the next scan', () => {
  const texts = documents();
  const alone = texts.map(scanAlone);
  const scanners = [new FastScanner(), new FastScanner()];
  const kept: { index: number; result: ReturnType<FastScanner['scan']> }[] = [];
  // Each scanner reads every document, the two taking turns and starting half a corpus apart.
  for (let i = 0; i < texts.length; i++) {
    for (const [s, scanner] of scanners.entries()) {
      const index = (i + s * (texts.length >> 1)) % texts.length;
      const text = texts[index] as string;
      const result = scanner.scan(text, bodyOffset(text));
      assert.equal(JSON.stringify(result), alone[index], `document ${index}, scanner ${s}`);
      kept.push({ index, result });
    }
  }
  // The scanners reuse their buffers, never what they returned.
  for (const { index, result } of kept) assert.equal(JSON.stringify(result), alone[index], `document ${index}, kept`);
});

/** Collects what an inline scan emits. */
function collector(into: string[], label: string, inside?: () => void): InlineSink {
  return {
    prose(start, end) {
      into.push(`${label} prose ${start}-${end}`);
      inside?.();
    },
    html(start, end) {
      into.push(`${label} html ${start}-${end}`);
    },
  };
}

function inlineAlone(text: string): string[] {
  const out: string[] = [];
  const scanner = new InlineScanner();
  scanner.scan(text, 0, text.length, false, false);
  scanner.emit(collector(out, 'x'), true);
  return out;
}

test('an inline scan between another scanner\'s scan and emit, or inside its sink, changes nothing in it', () => {
  const a = 'See *this* and [that](https://example.com) <b>now</b>: mail@example.com, `code`.';
  const b = '**Bold _and_ more** ~~gone~~ ![img](x.png) www.example.ru! &amp; \\* <!-- c -->';
  const first = new InlineScanner();
  const second = new InlineScanner();
  // Interleaved phases: a's tokens must survive b's scan.
  first.scan(a, 0, a.length, false, false);
  second.scan(b, 0, b.length, false, false);
  const outA: string[] = [];
  const outB: string[] = [];
  first.emit(collector(outA, 'x'), true);
  second.emit(collector(outB, 'x'), true);
  assert.deepEqual(outA, inlineAlone(a));
  assert.deepEqual(outB, inlineAlone(b));

  // A scan started from inside another's sink (a callback), of a whole document and of a leaf.
  const nested: string[] = [];
  const documentText = documents()[0] as string;
  const documentAlone = scanAlone(documentText);
  let nestedScans = 0;
  first.scan(a, 0, a.length, false, false);
  first.emit(
    collector(nested, 'x', () => {
      nestedScans++;
      assert.equal(JSON.stringify(new FastScanner().scan(documentText, bodyOffset(documentText))), documentAlone);
      second.scan(b, 0, b.length, false, false);
      const inner: string[] = [];
      second.emit(collector(inner, 'x'), true);
      assert.deepEqual(inner, inlineAlone(b));
    }),
    true,
  );
  assert.ok(nestedScans > 0);
  assert.deepEqual(nested, inlineAlone(a));
});

test('two document linters used alternately report what each reports alone', () => {
  const rules = builtinRules().map((rule) => ({ rule, severity: rule.spec.severity }));
  // Every third document: the pairs still cross kinds, languages and channels (rules differ by them).
  const docs = documents()
    .filter((_, i) => i % 3 === 0)
    .map((text, i) => parseDocument({ path: `/kb/d${i}.md`, relativePath: `d${i}.md`, text, requireFrontMatter: false }));
  // One linter for the reference, in document order (a linter per document would build the literal
  // scanner over all rules each time: ~25 ms).
  const solo = new DocumentLinter();
  const alone = docs.map((doc) => JSON.stringify(solo.lint(doc, rules)));
  const linters = [new DocumentLinter(), new DocumentLinter()];
  docs.forEach((doc, i) => {
    const other = docs[(i + 7) % docs.length]!;
    assert.equal(JSON.stringify(linters[0]!.lint(doc, rules)), alone[i], `document ${i}, linter 0`);
    assert.equal(JSON.stringify(linters[1]!.lint(other, rules)), alone[(i + 7) % docs.length], `document ${(i + 7) % docs.length}, linter 1`);
  });
});
