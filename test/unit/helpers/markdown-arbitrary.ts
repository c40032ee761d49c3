/**
 * Generated Markdown from realistic pieces, for the property tests that hold a
 * parser against micromark (+ GFM): every block and inline construct, in lists
 * and blockquotes, with the edge cases that tell parsers apart (lazy lines,
 * tables without pipes, autolink literals, CRLF).
 */
import fc from 'fast-check';

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

/** A document: one to six blocks, with or without front matter, LF or CRLF line ends. */
export const markdownDocument: fc.Arbitrary<{ text: string; bodyOffset: number }> = fc
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
