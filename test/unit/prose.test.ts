/**
 * Focused cases for `scanProse`: one construct at a time, with the exact spans expected. Every case
 * also runs the mdast reference (`scanProseFromMdast`) and checks the two agree, so these pin the
 * reference's own output too.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanProse, type ProseOptions, type ProseScan } from '../../src/core/lint/prose';
import { scanProseFromMdast } from '../../src/core/lint/prose/from-mdast';
import { splitFrontMatter } from '../../src/core/parse/front-matter';

type Span = [start: number, end: number, text: string];

/** Scan, check fast = reference, and return the blocks as [kind, spans] with the span texts. */
function scan(text: string, options?: ProseOptions & { bodyOffset?: number; fallback?: boolean }): [string, Span[]][] {
  const bodyOffset = options?.bodyOffset ?? 0;
  const result = scanProse(text, bodyOffset, options);
  const reference = scanProseFromMdast(text, bodyOffset, options);
  assert.deepEqual(strip(result), strip(reference), 'fast scan and mdast reference agree');
  assert.equal(result.usedFallback, options?.fallback ?? false, 'usedFallback');
  return result.blocks.map((b) => [b.kind, b.spans.map((s): Span => [s.start, s.end, text.slice(s.start, s.end)])]);
}

function strip(scan: ProseScan): unknown {
  return { blocks: scan.blocks, comments: scan.comments };
}

/** Just the prose texts, block by block. */
function texts(text: string, options?: ProseOptions & { bodyOffset?: number; fallback?: boolean }): string[][] {
  return scan(text, options).map(([, spans]) => spans.map(([, , t]) => t));
}

// ---------------------------------------------------------------------------------------------
// Blocks

test('paragraphs: text spans with offsets; blank lines separate blocks; block extent is the node', () => {
  const md = 'Hello there.\n\nSecond one.';
  assert.deepEqual(scan(md), [
    ['paragraph', [[0, 12, 'Hello there.']]],
    ['paragraph', [[14, 25, 'Second one.']]],
  ]);
  const result = scanProse(md, 0);
  assert.deepEqual(
    result.blocks.map((b) => [b.start, b.end]),
    [
      [0, 12],
      [14, 25],
    ],
  );
});

test('soft line breaks stay prose; indentation and trailing spaces of lines do not', () => {
  // "a \n   b": the space before the line ending and the indent after it are not prose.
  assert.deepEqual(scan('a \n   b'), [
    [
      'paragraph',
      [
        [0, 1, 'a'],
        [2, 3, '\n'],
        [6, 7, 'b'],
      ],
    ],
  ]);
});

test('hard breaks: the two spaces and the line ending, or the backslash and the line ending, are markup', () => {
  assert.deepEqual(texts('one  \ntwo\\\nthree'), [['one', 'two', 'three']]);
  assert.deepEqual(scan('one  \ntwo'), [
    [
      'paragraph',
      [
        [0, 3, 'one'],
        [6, 9, 'two'],
      ],
    ],
  ]);
});

test('ATX and setext headings', () => {
  assert.deepEqual(scan('# Title ##\n\nSub\n---\n\n###### Six'), [
    ['heading', [[2, 7, 'Title']]],
    ['heading', [[12, 15, 'Sub']]],
    ['heading', [[28, 31, 'Six']]],
  ]);
  // Seven #s is a paragraph; `#x` is not a heading.
  assert.deepEqual(scan('####### no\n\n#x'), [
    ['paragraph', [[0, 10, '####### no']]],
    ['paragraph', [[12, 14, '#x']]],
  ]);
  const result = scanProse('# Title ##  ', 0);
  assert.deepEqual([result.blocks[0]?.start, result.blocks[0]?.end], [0, 12]);
});

test('list items: each paragraph inside an item is a list-item block; markers are not prose', () => {
  assert.deepEqual(scan('- one\n- two\n  more\n\n1. first\n\n   second para\n   - nested'), [
    ['list-item', [[2, 5, 'one']]],
    [
      'list-item',
      [
        [8, 12, 'two\n'],
        [14, 18, 'more'],
      ],
    ],
    ['list-item', [[23, 28, 'first']]],
    ['list-item', [[33, 44, 'second para']]],
    ['list-item', [[50, 56, 'nested']]],
  ]);
});

test('task list items: the check and the space after it are not prose, and the block starts after them', () => {
  const md = '- [ ] Позвонить клиенту\n- [x] Done';
  assert.deepEqual(scan(md), [
    ['list-item', [[6, 23, 'Позвонить клиенту']]],
    ['list-item', [[30, 34, 'Done']]],
  ]);
  assert.equal(scanProse(md, 0).blocks[0]?.start, 6);
});

test('GFM tables: each cell is a block; pipes, padding and the delimiter row are not prose', () => {
  const md = '| Plan | Price |\n|:-----|------:|\n| Pro  | 300 ₽ |';
  assert.deepEqual(scan(md), [
    ['table-cell', [[2, 6, 'Plan']]],
    ['table-cell', [[9, 14, 'Price']]],
    ['table-cell', [[36, 39, 'Pro']]],
    ['table-cell', [[43, 48, '300 ₽']]],
  ]);
  // A cell block is mdast's tableCell: from its pipe to the next, the last one including the closing pipe.
  assert.deepEqual(
    scanProse(md, 0).blocks.map((b) => md.slice(b.start, b.end)),
    ['| Plan ', '| Price |', '| Pro  ', '| 300 ₽ |'],
  );
  // Escaped pipes stay in the cell (the backslash is not prose); code spans do not protect pipes.
  assert.deepEqual(texts('a \\| b | c\n--|--\n`x|y` | z'), [['a ', '| b'], ['c'], ['`x'], ['y`'], ['z']]);
});

test('blockquotes are skipped unless includeBlockquotes; lazy continuation lines belong to the quote', () => {
  const md = 'Before.\n\n> Customer wrote:\nwe are angry\n> still quoted\n\nAfter.';
  assert.deepEqual(texts(md), [['Before.'], ['After.']]);
  assert.deepEqual(texts(md, { includeBlockquotes: true }), [
    ['Before.'],
    ['Customer wrote:\nwe are angry\n', 'still quoted'],
    ['After.'],
  ]);
});

test('paragraph boundaries follow CommonMark: interruptions and lazy continuations', () => {
  // A heading, fence, thematic break or HTML block interrupts a paragraph; an indented line does not.
  assert.deepEqual(texts('text\n# head\ntext\n```\ncode\n```\ntext\n    still text\n***\nend'), [
    ['text'],
    ['head'],
    ['text'],
    ['text\n', 'still text'],
    ['end'],
  ]);
  // An ordered list can interrupt a paragraph only when it starts at 1.
  assert.deepEqual(scan('Total\n2. items\n\nTotal\n1. item').map(([kind]) => kind), ['paragraph', 'paragraph', 'list-item']);
  // `===` under a paragraph makes it a heading, but not on a lazy line.
  assert.deepEqual(scan('Title\n===\n\n> quoted\n===', { includeBlockquotes: true }).map(([kind]) => kind), ['heading', 'paragraph']);
});

// ---------------------------------------------------------------------------------------------
// Inline constructs

test('emphasis, strong and strikethrough: content is prose, markers are not', () => {
  assert.deepEqual(scan('a *b* **c** _d_ __e__ ~~f~~ ~g~ ***h***'), [
    [
      'paragraph',
      [
        [0, 2, 'a '],
        [3, 4, 'b'],
        [5, 6, ' '],
        [8, 9, 'c'],
        [11, 12, ' '],
        [13, 14, 'd'],
        [15, 16, ' '],
        [18, 19, 'e'],
        [21, 22, ' '],
        [24, 25, 'f'],
        [27, 28, ' '],
        [29, 30, 'g'],
        [31, 32, ' '],
        [35, 36, 'h'],
      ],
    ],
  ]);
  // Unmatched or intraword underscores and lone tildes are plain text.
  assert.deepEqual(texts('snake_case_name 2*3 ~~~no~~~ *open'), [['snake_case_name 2*3 ~~~no~~~ *open']]);
});

test('links: the text is prose, the destination and title are not; [text] without a destination is text', () => {
  assert.deepEqual(scan('See [our *help* page](https://x.y/help "Help") now.'), [
    [
      'paragraph',
      [
        [0, 4, 'See '],
        [5, 9, 'our '],
        [10, 14, 'help'],
        [15, 20, ' page'],
        [46, 51, ' now.'],
      ],
    ],
  ]);
  assert.deepEqual(texts('[not a link] and [x](<a b>) and [y]()'), [['[not a link] and ', 'x', ' and ', 'y']]);
});

test('images: alt text is not prose', () => {
  assert.deepEqual(texts('Look: ![a screenshot of *Settings*](shot.png "t") here'), [['Look: ', ' here']]);
});

test('inline code of any backtick length is not prose', () => {
  assert.deepEqual(texts('Run `npm i` or ``a`b`` or ```x``` now; ` alone'), [['Run ', ' or ', ' or ', ' now; ` alone']]);
});

test('fenced and indented code blocks are not prose', () => {
  assert.deepEqual(texts('Before\n\n```js\nlet x = "**prose?**";\n```\n\n~~~~\ncode\n~~~~\n\n    indented code\n\nAfter'), [['Before'], ['After']]);
  // An unclosed fence runs to the end of the document.
  assert.deepEqual(texts('text\n```\nnot prose\n\nstill code'), [['text']]);
  // Fences inside list items.
  assert.deepEqual(texts('- item\n\n  ```\n  code\n  ```\n- next'), [['item'], ['next']]);
});

test('HTML: blocks and inline tags are not prose; comments are reported, including multi-line ones', () => {
  const md = 'Hi <b>there</b>!\n\n<div>\nraw *html*\n</div>\n\n<!-- support-kb-disable ru/vague-time -->\nText <!-- inline\nnote --> end';
  const result = scanProse(md, 0);
  assert.deepEqual(texts(md), [['Hi ', 'there', '!'], ['Text ', ' end']]);
  assert.deepEqual(
    result.comments.map((c) => [c.start, c.end, c.body]),
    [
      [43, 84, ' support-kb-disable ru/vague-time '],
      [90, 110, ' inline\nnote '],
    ],
  );
  assert.equal(md.slice(43, 84), '<!-- support-kb-disable ru/vague-time -->');
  assert.equal(md.slice(90, 110), '<!-- inline\nnote -->');
  // A comment block swallows the rest of its line; comments inside blockquotes are still reported.
  const quoted = scanProse('> <!-- support-kb-disable -->\n> text', 0);
  assert.deepEqual(quoted.comments.map((c) => c.body), [' support-kb-disable ']);
  assert.deepEqual(quoted.blocks, []);
});

test('autolinks, GFM bare URLs, www links and emails are not prose', () => {
  assert.deepEqual(texts('Go to <https://skladno.ru/help> or https://skladno.ru/status. Or www.skladno.ru, or write support@skladno.ru!'), [
    ['Go to ', ' or ', '. Or ', ', or write ', '!'],
  ]);
  // Found by mdast-util-gfm-autolink-literal's transform, after a quote or inside brackets (`»` is
  // not trailing punctuation for GFM, so it belongs to the URL).
  assert.deepEqual(texts('«www.skladno.ru» [see https://x.ru/a]'), [['«', ' [see ', ']']]);
  // Link text that looks like a URL is still link text.
  assert.deepEqual(texts('[www.skladno.ru](https://skladno.ru)'), [['www.skladno.ru']]);
});

test('{{ … }} placeholders are not prose', () => {
  assert.deepEqual(scan('Hi {{ customer.first_name | default: "there" }}, order {{order.number}}.'), [
    [
      'paragraph',
      [
        [0, 3, 'Hi '],
        [47, 55, ', order '],
        [71, 72, '.'],
      ],
    ],
  ]);
  assert.deepEqual(texts('**{{ ticket.id }}** only'), [[' only']]);
});

test('backslash escapes: the backslash is markup, the escaped character is prose', () => {
  // `\\*` → `*`; `\\\\` → `\\`; `\\x` is no escape (x is not punctuation), so both characters stay.
  assert.deepEqual(scan('a \\*b\\* \\\\ \\x'), [
    [
      'paragraph',
      [
        [0, 2, 'a '],
        [3, 5, '*b'],
        [6, 8, '* '],
        [9, 13, '\\ \\x'],
      ],
    ],
  ]);
});

test('character references count as prose in full (their source, not the decoded character)', () => {
  assert.deepEqual(scan('Tom &amp; Jerry&nbsp;— &#1082;'), [['paragraph', [[0, 30, 'Tom &amp; Jerry&nbsp;— &#1082;']]]]);
});

test('thematic breaks and reference definitions are not prose (definitions use the mdast fallback)', () => {
  assert.deepEqual(texts('one\n\n---\n\n* * *\n\ntwo'), [['one'], ['two']]);
  const md = 'See [the FAQ][faq].\n\n[faq]: https://skladno.ru/faq "FAQ"';
  assert.deepEqual(texts(md, { fallback: true }), [['See ', 'the FAQ', '.']]);
});

// ---------------------------------------------------------------------------------------------
// Files

test('front matter is skipped: offsets are file offsets', () => {
  const file = '---\ntitle: Ответ\nlocale: ru\n---\nЗдравствуйте, {{ customer.first_name }}!\n';
  const split = splitFrontMatter(file);
  assert.equal(split.kind, 'closed');
  const bodyOffset = split.kind === 'closed' ? split.bodyOffset : 0;
  assert.deepEqual(scan(file, { bodyOffset }), [
    [
      'paragraph',
      [
        [32, 46, 'Здравствуйте, '],
        [71, 72, '!'],
      ],
    ],
  ]);
});

test('CRLF line endings: both characters of a soft break are prose; the block ends before the line ending', () => {
  const md = '# Заголовок\r\n\r\nПервая строка\r\nвторая строка\r\n\r\n- пункт\r\n';
  assert.deepEqual(scan(md), [
    ['heading', [[2, 11, 'Заголовок']]],
    ['paragraph', [[15, 43, 'Первая строка\r\nвторая строка']]],
    ['list-item', [[49, 54, 'пункт']]],
  ]);
  assert.deepEqual(
    scanProse(md, 0).blocks.map((b) => [b.start, b.end]),
    [
      [0, 11],
      [15, 43],
      [49, 54],
    ],
  );
});

test('a byte order mark at the start of the body is not prose', () => {
  assert.deepEqual(scan('\ufeffПривет *мир*'), [
    [
      'paragraph',
      [
        [1, 8, 'Привет '],
        [9, 12, 'мир'],
      ],
    ],
  ]);
});

test('Cyrillic and emoji: offsets are UTF-16 code units', () => {
  const md = 'Спасибо 🙏 за *терпение* 👍🏽!';
  const blocks = scan(md);
  assert.deepEqual(blocks, [
    [
      'paragraph',
      [
        [0, 14, 'Спасибо 🙏 за '],
        [15, 23, 'терпение'],
        [24, 30, ' 👍🏽!'],
      ],
    ],
  ]);
  assert.equal('Спасибо 🙏'.length, 10); // the emoji is two code units
});

test('unmodelled constructs fall back to mdast and say so', () => {
  assert.deepEqual(texts('-\tTab item', { fallback: true }), [['Tab item']]);
  assert.deepEqual(texts('Text[^1].\n\n[^1]: A footnote.', { fallback: true }), [['Text', '.'], ['A footnote.']]);
});

test('empty and prose-less documents', () => {
  assert.deepEqual(scan(''), []);
  assert.deepEqual(scan('\n\n   \n'), []);
  assert.deepEqual(scan('```\nonly code\n```'), []);
  assert.deepEqual(scan('{{ only.placeholder }}'), []);
});
