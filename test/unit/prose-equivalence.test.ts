/**
 * The fast prose scanner against the reference: remark's own parse (mdast-util-from-markdown +
 * micromark-extension-gfm + mdast-util-gfm). For every document the set of prose offsets, the block
 * grouping (kind, extent, spans) and the HTML comments must be identical, or the fast scanner must
 * have declined the document (then `scanProse` uses the reference, and we count how often).
 *
 * The reference itself (`scanProseFromMdast`) is built from mdast text nodes and micromark's token
 * ranges, and checks on every text node that the tokens it counts spell the node's value; the focused
 * cases in prose.test.ts pin its output by hand.
 *
 * PROSE_FUZZ_RUNS / PROSE_FUZZ_SEED override the property test's size and seed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Nodes } from 'mdast';
import { scanProse, type ProseScan } from '../../src/core/lint/prose';
import { lastFallbackReason, scanProseFast } from '../../src/core/lint/prose/fast';
import { scanProseFromMdast } from '../../src/core/lint/prose/from-mdast';
import { splitFrontMatter } from '../../src/core/parse/front-matter';
import { generateKb } from '../../bench/generate-kb';

const KB_SAMPLE = join(__dirname, '..', '..', 'kb-sample');

function bodyOffsetOf(text: string): number {
  const split = splitFrontMatter(text);
  return split.kind === 'closed' ? split.bodyOffset : 0;
}

/** Prose offsets as a sorted list (the "set" the property is about). */
function proseOffsets(scan: ProseScan): number[] {
  const out: number[] = [];
  for (const block of scan.blocks) for (const span of block.spans) for (let i = span.start; i < span.end; i++) out.push(i);
  return out;
}

function describeScan(text: string, scan: ProseScan): string {
  const lines = scan.blocks.map(
    (b) => `  ${b.kind} ${b.start}-${b.end} ${b.spans.map((s) => `${s.start}:${JSON.stringify(text.slice(s.start, s.end))}`).join(' ')}`,
  );
  for (const c of scan.comments) lines.push(`  comment ${c.start}-${c.end} ${JSON.stringify(c.body)}`);
  return lines.join('\n');
}

type Outcome = 'same' | 'fallback';

/** Compares fast and reference; throws with both scans when they differ. */
function check(text: string, bodyOffset: number, includeBlockquotes: boolean, label: string): Outcome {
  const options = { includeBlockquotes };
  const reference = scanProseFromMdast(text, bodyOffset, options);
  const fast = scanProseFast(text, bodyOffset, options);
  if (fast === null) return 'fallback';
  assert.equal(fast.usedFallback, false);
  const same =
    JSON.stringify(proseOffsets(fast)) === JSON.stringify(proseOffsets(reference)) &&
    JSON.stringify(fast.blocks) === JSON.stringify(reference.blocks) &&
    JSON.stringify(fast.comments) === JSON.stringify(reference.comments);
  if (!same) {
    assert.fail(
      `${label}: fast scan differs from mdast (includeBlockquotes: ${includeBlockquotes})\n` +
        `document: ${JSON.stringify(text.slice(bodyOffset))}\nfast:\n${describeScan(text, fast)}\nmdast:\n${describeScan(text, reference)}`,
    );
  }
  return 'same';
}

/**
 * Block grouping against the tree directly: every mdast paragraph (outside blockquotes), heading and
 * table cell that has prose is exactly one block with the node's extent, in document order.
 */
function checkGrouping(text: string, bodyOffset: number, scan: ProseScan): void {
  const tree = fromMarkdown(text.slice(bodyOffset), { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const extents: string[] = [];
  const walk = (node: Nodes, container: string): void => {
    if (node.type === 'blockquote') return;
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      const kind = node.type === 'heading' ? 'heading' : node.type === 'tableCell' ? 'table-cell' : container === 'listItem' ? 'list-item' : 'paragraph';
      extents.push(`${kind} ${(node.position?.start.offset ?? 0) + bodyOffset}-${(node.position?.end.offset ?? 0) + bodyOffset}`);
      return;
    }
    const next = node.type === 'listItem' ? 'listItem' : node.type === 'root' || node.type === 'list' || node.type === 'table' || node.type === 'tableRow' ? container : 'other';
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child, next);
  };
  walk(tree, 'root');
  const blocks = scan.blocks.map((b) => `${b.kind} ${b.start}-${b.end}`);
  // Every block is one of the tree's prose nodes, in order (nodes without prose have no block).
  let k = 0;
  for (const block of blocks) {
    while (k < extents.length && extents[k] !== block) k++;
    assert.ok(k < extents.length, `block ${block} is not an mdast paragraph/heading/tableCell`);
    k++;
  }
}

// ---------------------------------------------------------------------------------------------
// Real documents.

function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...markdownFiles(path));
    else if (name.endsWith('.md')) out.push(path);
  }
  return out.sort();
}

test('kb-sample: every Markdown file scans exactly as mdast, with no fallback', (t) => {
  const files = markdownFiles(KB_SAMPLE);
  assert.ok(files.length >= 70, `found ${files.length} files`);
  let fallbacks = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const bodyOffset = bodyOffsetOf(text);
    for (const includeBlockquotes of [false, true]) {
      if (check(text, bodyOffset, includeBlockquotes, file) === 'fallback') fallbacks++;
    }
    checkGrouping(text, bodyOffset, scanProse(text, bodyOffset));
  }
  t.diagnostic(`${files.length} files, ${fallbacks} fallbacks`);
  assert.equal(fallbacks, 0);
});

test('generated corpus: the first 2,000 documents scan exactly as mdast; fallback under 1 %', (t) => {
  const files = generateKb({ count: 2000, seed: 42 }).filter((f) => f.path.endsWith('.md'));
  assert.equal(files.length, 2000);
  let fallbacks = 0;
  for (const file of files) {
    const bodyOffset = bodyOffsetOf(file.text);
    if (check(file.text, bodyOffset, false, file.path) === 'fallback') fallbacks++;
  }
  for (const file of files.slice(0, 200)) checkGrouping(file.text, bodyOffsetOf(file.text), scanProse(file.text, bodyOffsetOf(file.text)));
  t.diagnostic(`${files.length} documents, ${fallbacks} fallbacks`);
  assert.ok(fallbacks < files.length / 100, `${fallbacks} fallbacks`);
});

// ---------------------------------------------------------------------------------------------
// Generated Markdown from realistic pieces.

const pick = <T>(...items: T[]): fc.Arbitrary<T> => fc.constantFrom(...items);

const word = pick(
  'Мы', 'получили', 'ваше', 'письмо', 'заказ', 'возврат', 'деньги', 'вернём', 'в течение', 'дня', 'ёлка', 'подтверждение',
  'We', 'received', 'your', 'request', 'refund', 'order', 'within', 'hours', 'please', 'reply', 'it', 'is',
  '3', '24', '10:40', 'AR-7', '2 140', '😀', '👍🏽', 'café', 'naïve', 'snake_case_name', 'a*b', 'x_y_z', 'в\u00a0течение', '\u00a0',
);
const punct = pick('.', ',', '!', '?', ':', ';', ' —', ' «ok»', ' "q"', " 'q'", ' (x)', '...', '!!', '?!', ' “x”', '—');
const url = pick(
  'https://skladno.ru/help', 'http://example.com/a_b_c?x=1&y=2', 'https://example.com/path.', 'https://example.com/(x)', 'www.example.ru',
  'www.example.com/a.', 'WWW.EXAMPLE.COM', 'support@skladno.ru', 'a.b-c@mail.example.org', 'mailto:help@skladno.ru', 'xmpp:bot@chat.example.com',
  'http://localhost', 'https://пример.рф/путь', 'www.x_y.com', 'user@host', 'https://a.b/c*d*e', 'https://a.b/~user/', 'x@y.z1',
);
const placeholder = pick('{{ ticket.id }}', '{{order.number}}', '{{ customer.first_name | default: "there" }}', '{{ }}', '{{ x }', '{{{x}}}');
const entity = pick('&amp;', '&nbsp;', '&#1087;', '&#x41;', '&copy;', '&bogus;', '&#;', '& ', '&#x1F600;');
const escape = pick('\\*', '\\_', '\\[', '\\]', '\\\\', '\\#', '\\|', '\\`', '\\<', '\\a', '\\~', '\\!', '\\(');
const html = pick(
  '<b>', '</b>', '<br>', '<br/>', '<span class="x">', '<a href="https://x.y">', '<!-- note -->', '<!-- support-kb-disable ru/vague-time -->',
  '<!---->', '<!-->', '<!-- a -- b -->', '<?php x ?>', '<!DOCTYPE x>', '<![CDATA[ x ]]>', '<a', '< b>', '<x-y z=1>', '<img src=x alt="y"/>',
);
const code = pick('`code`', '`` a`b ``', '` x `', '`', '```', '`a|b`', '`{{ x }}`', '`www.x.com`', '`**no**`');

const atom: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: word },
  { weight: 3, arbitrary: punct },
  { weight: 2, arbitrary: url },
  { weight: 2, arbitrary: placeholder },
  { weight: 1, arbitrary: entity },
  { weight: 1, arbitrary: escape },
  { weight: 1, arbitrary: html },
  { weight: 2, arbitrary: code },
  { weight: 1, arbitrary: pick('*', '_', '**', '~', '~~', '~~~', '[', ']', '![', '(', ')', '<', '>', '|', '#', '!', '&', '\\') },
);

const phrase: fc.Arbitrary<string> = fc.array(atom, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' '));

const inline: fc.Arbitrary<string> = fc.letrec<{ span: string }>((tie) => ({
  span: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 6, arbitrary: phrase },
    { weight: 1, arbitrary: tie('span').map((x) => `**${x}**`) },
    { weight: 1, arbitrary: tie('span').map((x) => `*${x}*`) },
    { weight: 1, arbitrary: tie('span').map((x) => `_${x}_`) },
    { weight: 1, arbitrary: tie('span').map((x) => `__${x}__`) },
    { weight: 1, arbitrary: tie('span').map((x) => `~~${x}~~`) },
    { weight: 1, arbitrary: tie('span').map((x) => `~${x}~`) },
    { weight: 1, arbitrary: tie('span').map((x) => `***${x}***`) },
    { weight: 2, arbitrary: fc.tuple(tie('span'), pick('https://skladno.ru', '/help', 'faq.md', '<a b>', 'u "t"', "u 'title'", 'u (t)', '')).map(([t, u]) => `[${t}](${u})`) },
    { weight: 1, arbitrary: fc.tuple(phrase, pick('img.png', 'a.png "t"', '')).map(([t, u]) => `![${t}](${u})`) },
    { weight: 1, arbitrary: tie('span').map((x) => `[${x}]`) },
    { weight: 1, arbitrary: fc.tuple(tie('span'), tie('span')).map(([a, b]) => `${a}${b}`) },
    { weight: 3, arbitrary: fc.tuple(tie('span'), tie('span')).map(([a, b]) => `${a} ${b}`) },
  ),
})).span;

/** Inline text over one to three lines (soft breaks, hard breaks, indented continuations). */
const inlineLines: fc.Arbitrary<string> = fc
  .tuple(inline, fc.array(fc.tuple(pick('\n', '\n', '  \n', '\\\n', ' \n', '\n   ', '\n    '), inline), { maxLength: 2 }))
  .map(([first, rest]) => first + rest.map(([sep, x]) => sep + x).join(''));

const heading = fc
  .tuple(fc.integer({ min: 1, max: 7 }), inline, pick('', ' #', ' ##', '#', '  '))
  .map(([n, x, close]) => `${'#'.repeat(n)} ${x}${close}`);
const setext = fc.tuple(inlineLines, pick('===', '---', '  ==  ', '-')).map(([x, u]) => `${x}\n${u}`);
const fence = fc
  .tuple(pick('```', '~~~', '````', '``` js', '~~~ text'), fc.array(pick('let x = 1;', '{{ x }}', '**not prose**', '', '> q', '| a |'), { maxLength: 3 }), fc.boolean())
  .map(([open, lines, closed]) => [open, ...lines, ...(closed ? [open.replace(/ .*/, '')] : [])].join('\n'));
const indentedCode = fc.array(pick('code line', '**x**', 'www.x.com'), { minLength: 1, maxLength: 2 }).map((lines) => `\n${lines.map((l) => `    ${l}`).join('\n')}\n`);
const thematic = pick('---', '***', '___', '- - -', '* * *');
const htmlBlock = pick(
  '<!-- support-kb-disable -->',
  '<!-- multi\nline\ncomment -->',
  '<!--\nsupport-kb-disable-next-line ru/x\n-->',
  '<div>\nInside *html*\n</div>',
  '<details>\n<summary>More</summary>\n\nMarkdown *inside*\n\n</details>',
  '<span>inline start</span> text',
  '<!-- a --> after',
  '<script>\nlet x = "**";\n</script>',
);
const cellText = fc.oneof(phrase, inline.map((x) => x.replace(/\n/g, ' ')), pick('', '`a|b`', 'a \\| b', '**b**', '{{ x }}', 'https://x.y'));
const table = fc
  .tuple(fc.integer({ min: 1, max: 3 }), fc.array(fc.array(cellText, { minLength: 1, maxLength: 4 }), { maxLength: 3 }), fc.boolean(), pick('-', ':-', '-:', ':-:', '---'))
  .chain(([cols, rows, pipes, align]) =>
    fc.array(cellText, { minLength: cols, maxLength: cols }).map((head) => {
      const row = (cells: string[]): string => (pipes ? `| ${cells.join(' | ')} |` : cells.join(' | '));
      return [row(head), row(Array.from({ length: cols }, () => align)), ...rows.map(row)].join('\n');
    }),
  );

const leaf: fc.Arbitrary<string> = fc.oneof(
  { weight: 10, arbitrary: inlineLines },
  { weight: 2, arbitrary: heading },
  { weight: 1, arbitrary: setext },
  { weight: 1, arbitrary: fence },
  { weight: 1, arbitrary: indentedCode },
  { weight: 1, arbitrary: thematic },
  { weight: 1, arbitrary: htmlBlock },
  { weight: 2, arbitrary: table },
);

function indent(text: string, prefix: string, first: string): string {
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? first + line : line === '' ? '' : prefix + line))
    .join('\n');
}

const block: fc.Arbitrary<string> = fc.letrec<{ block: string }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 8, arbitrary: leaf },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          pick('- ', '* ', '+ ', '1. ', '2) ', '10. ', '-   '),
          fc.array(fc.tuple(tie('block'), pick('', '[ ] ', '[x] ')), { minLength: 1, maxLength: 3 }),
          pick('\n', '\n\n'),
          fc.boolean(),
          pick('', '', '', '\n', ' \n'),
        )
        .map(([marker, items, sep, lazy, blankStart]) =>
          items
            .map(([b, task], i) => {
              const m = /^\d/.test(marker) ? marker.replace(/^\d+/, String(Number.parseInt(marker, 10) + i)) : marker;
              const pad = ' '.repeat(m.length);
              // An item may start with a blank line (`-` then the content on the next line).
              if (blankStart) return `${m.trimEnd()}${blankStart}${indent(task + b, lazy ? '' : pad, pad)}`;
              return indent(task + b, lazy ? '' : pad, m);
            })
            .join(sep),
        ),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.array(tie('block'), { minLength: 1, maxLength: 2 }), fc.boolean())
        .map(([blocks, lazy]) => blocks.map((b) => indent(b, lazy ? '' : '> ', '> ')).join('\n>\n')),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(tie('block'), tie('block')).map(([a, b]) => `- ${a.split('\n').join('\n  ')}\n\n  ${b.split('\n').join('\n  ')}`),
    },
  ),
})).block;

const documentArb: fc.Arbitrary<{ text: string; bodyOffset: number }> = fc
  .tuple(
    fc.array(fc.tuple(block, pick('\n\n', '\n\n', '\n', '\n\n\n')), { minLength: 1, maxLength: 6 }),
    fc.boolean(),
    fc.boolean(),
    pick('', '\n'),
  )
  .map(([blocks, frontMatter, crlf, trailing]) => {
    let body = blocks.map(([b, sep], i) => (i < blocks.length - 1 ? b + sep : b)).join('') + trailing;
    let front = frontMatter ? '---\ntitle: Ответ\nlocale: ru\n---\n' : '';
    if (crlf) {
      body = body.replace(/\n/g, '\r\n');
      front = front.replace(/\n/g, '\r\n');
    }
    return { text: front + body, bodyOffset: front.length };
  });

test('generated Markdown (fast-check): fast scan equals mdast on ≥ 2,000 documents', (t) => {
  const runs = Number(process.env.PROSE_FUZZ_RUNS ?? 2200);
  const seed = process.env.PROSE_FUZZ_SEED ? Number(process.env.PROSE_FUZZ_SEED) : 20261125;
  let total = 0;
  let fallbacks = 0;
  const reasons = new Map<string, number>();
  const details = fc.check(
    fc.property(documentArb, fc.boolean(), ({ text, bodyOffset }, includeBlockquotes) => {
      total++;
      if (check(text, bodyOffset, includeBlockquotes, 'generated') === 'fallback') {
        fallbacks++;
        reasons.set(lastFallbackReason, (reasons.get(lastFallbackReason) ?? 0) + 1);
      }
    }),
    { numRuns: runs, seed, endOnFailure: !process.env.PROSE_FUZZ_SHRINK },
  );
  if (details.failed) {
    const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    assert.fail(`${fc.defaultReportMessage(details)}\n${cause}`);
  }
  assert.ok(total >= Math.min(runs, 2000));
  t.diagnostic(`${total} documents, ${fallbacks} fallbacks ${JSON.stringify([...reasons])}`);
  // Generated documents are full of rare constructs on purpose; still, nearly all take the fast path.
  assert.ok(fallbacks < total * 0.03, `fallbacks ${fallbacks}/${total}: ${JSON.stringify([...reasons])}`);
});
