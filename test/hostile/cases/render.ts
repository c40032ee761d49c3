import { doc, documentCase, everyCommand, type HostileCase } from '../case';

const ISSUE = 'issue 16, "Inputs that must not exhaust time or memory"';
const OURS = 'our own';

/** A JSON string escape of a lone surrogate: what `render --json` shows for half a character. */
const LONE_SURROGATE_ESCAPE = /\\ud[89ab][0-9a-f]{2}(?!\\ud[c-f])|(?<!\\ud[89ab][0-9a-f]{2})\\ud[c-f][0-9a-f]{2}/i;

export const RENDER_CASES: HostileCase[] = [
  // Tables: mdast-util-to-hast pads every row to the header's width.
  documentCase('table-2000-columns', `${ISSUE}: 15.5 s and 3.2 GB, rows padded to the header`, () => `|${'a|'.repeat(2000)}\n|${'-|'.repeat(2000)}\n${'|x\n'.repeat(2000)}`),
  documentCase('table-2000-columns-120kb', `${ISSUE}: died with "heap limit"`, () => `|${'a|'.repeat(2000)}\n|${'-|'.repeat(2000)}\n${'|x\n'.repeat(55_000)}`),
  documentCase('table-20000-columns', `${OURS}: a header wider than the cell limit by itself`, () => `|${'a|'.repeat(20_000)}\n|${'-|'.repeat(20_000)}\n|x|\n`),
  documentCase('table-30000-rows', `${OURS}: a long table of short rows, linear but heavy per row in micromark`, () => `|a|b|\n|-|-|\n${'|x|y|\n'.repeat(30_000)}`),

  // Nesting: micromark's containers on one line, and every recursive walk after it.
  documentCase('nested-quotes-2000', `${ISSUE}: stack overflow`, () => `${'>'.repeat(2000)} deep`),
  documentCase('nested-list-items-2000', `${ISSUE}: stack overflow`, () => `${'- '.repeat(2000)}deep`),
  documentCase('nested-quoted-lists-2000', `${OURS}: quote and list containers alternating`, () => `${'> - '.repeat(1000)}deep`),
  documentCase('nested-list-items-50k', `${ISSUE} (lint took 53 s): 50,000 list markers on one line`, () => `${'- '.repeat(50_000)}x`),
  documentCase('nested-lists-every-line', `${OURS}: 8 list items on each of 6,000 lines took micromark 146 s per 100 KB (each item copies the event list)`, () =>
    `${'- '.repeat(8)}a\n`.repeat(6000),
  ),
  documentCase('list-items-50k', `${OURS}: one list of 50,000 items`, () => '- a\n'.repeat(50_000)),
  documentCase('lazy-lines-after-deep-quote', `${OURS}: 50,000 lazy lines continuing a paragraph 100 quotes deep`, () => `${'>'.repeat(100)} a\n${'b\n'.repeat(50_000)}`),
  documentCase('indented-list-staircase', `${OURS}: lists nested by indentation, 400 levels`, () => Array.from({ length: 400 }, (_, i) => `${' '.repeat(2 * i)}- a`).join('\n')),

  // Inline syntax: micromark looks back over the paragraph for openers.
  documentCase('emphasis-runs', `${ISSUE}: lint over 60 s; render 6-9 s per channel`, () => `${'a* '.repeat(25_000)}${'*a '.repeat(25_000)}`),
  documentCase('strikethrough-runs', `${OURS}: the same with \`~\``, () => `${'a~ '.repeat(25_000)}${'~a '.repeat(25_000)}`),
  documentCase('nested-emphasis-run', `${OURS}: 5,000 \`*\` on each side of a letter took micromark 3.8 s, 10,000 29 s`, () => `${'*'.repeat(10_000)}a${'*'.repeat(10_000)}`),
  documentCase('link-openers-50k', `${ISSUE}: 13-16 s per render`, () => '[a]('.repeat(50_000)),
  documentCase('nested-brackets', `${OURS}: 50,000 \`[\` then as many \`]\``, () => `${'['.repeat(50_000)}a${']'.repeat(50_000)}`),
  documentCase('bracket-pairs', `${OURS}: 50,000 \`[a]\` with no definition`, () => '[a]'.repeat(50_000)),
  documentCase('backtick-runs', `${OURS}: code span openers of every length up to 400, none closed`, () => Array.from({ length: 400 }, (_, i) => `${'`'.repeat(i + 1)}a`).join('')),
  documentCase('autolink-openers', `${OURS}: 20,000 \`<http://a\` never closed`, () => '<http://a '.repeat(20_000)),
  documentCase('footnote-references-40k', `${ISSUE}: 27 s, 519 MB`, () => `${'[^1]'.repeat(40_000)}\n\n[^1]: x`),
  documentCase('definitions-and-references', `${OURS}: 20,000 definitions and 20,000 references`, () => `${'[a]: https://x.example/a\n'.repeat(20_000)}\n${'[a] '.repeat(20_000)}`),
  documentCase('many-links', `${OURS}: 10,000 links in one paragraph`, () => '[a](https://x.example/a) '.repeat(10_000)),
  documentCase('many-images', `${OURS}: 10,000 images in one paragraph`, () => '![i](https://x.example/i.png) '.repeat(10_000)),
  documentCase('autolink-literals', `${OURS}: 20,000 www. and e-mail literals for the GFM autolink transform`, () => 'www.a.example a@b.example '.repeat(10_000)),

  // Characters.
  documentCase('emoji-references-50k', `${ISSUE}: SMS took 89 s (per-emoji position lookup)`, () => '&#x1F600;'.repeat(50_000)),
  documentCase('emoji-50k', `${OURS}: the literal emoji`, () => '😀'.repeat(50_000)),
  documentCase('numeric-references-out-of-range', `${OURS}: references past U+10FFFF and to surrogates, which become U+FFFD`, () =>
    '&#1114111;&#99999999;&#xD800;&#xDFFF;&#0;'.repeat(10_000),
  ),
  documentCase('combining-marks', `${OURS}: one letter with 100,000 combining accents`, () => `a${'\u0301'.repeat(100_000)}`),
  documentCase('long-line', `${OURS}: a line of a million characters`, () => 'word '.repeat(200_000)),

  // Raw HTML: parse5 through hast-util-raw, converted recursively.
  documentCase('html-nested-divs', `${OURS}: 20,000 nested <div> overflowed hast-util-from-parse5`, () => '<div>'.repeat(20_000)),
  documentCase('html-nested-tables', `${OURS}: 3,000 nested tables`, () => '<table><tr><td>'.repeat(3000)),
  documentCase('html-formatting-reopened', `${OURS}: unclosed <i> reopened by every <p> (6.5 s)`, () => `${'<i>'.repeat(5000)}${'<p>x'.repeat(5000)}`),

  // Customer data in placeholder values.
  {
    name: 'values-with-markup',
    why: 'issue 16, "Channels": a value\'s *bold* _it_ ~s~ `c` is markup in Slack and WhatsApp, and "\\n> q" a quote in WhatsApp',
    files: () => ({
      'doc.md': doc('Dear {{ name }},\n\n{{ comment }}', 'variables:\n  name:\n    sample: "*bold* _it_ ~s~ `c`"\n  comment:\n    sample: "> q\\n- item\\n```x```"\n'),
    }),
    runs: [
      ...everyCommand(),
      // Slack has no list syntax: `- item` is text there.
      ...([['slack', /^&gt; q/m], ['whatsapp', /^- item/m]] as const).map(([channel, lineStart]) => ({
        args: ['render', 'doc.md', '--channel', channel],
        codes: [0],
        forbid: [/\*bold\*/, /_it_/, /~s~/, /`c`/, /^> q/m, lineStart, /```/],
      })),
    ],
  },
  {
    name: 'values-with-lone-surrogates',
    why: 'issue 16, "Channels": the phone script emitted a lone surrogate (a U+0000 in a value cut a pair); YAML escapes make halves too',
    files: () => ({
      'doc.md': doc('A {{ half }} and {{ nul }}.', 'variables:\n  half:\n    sample: "x\\ud83d y \\ude00"\n  nul:\n    sample: "\\0\\U0001D400"\n'),
    }),
    runs: [{ args: ['render', 'doc.md', '--channel', 'all', '--json'], codes: [0], forbid: [LONE_SURROGATE_ESCAPE] }],
  },
];
