/**
 * Generated Markdown close to what the fast parser (src/core/render/fast-mdast) models — paragraphs
 * and ATX headings with emphasis, code spans and links — with the near misses that tell it apart
 * from micromark: runs of `*` and `_` between letters, punctuation and spaces, unbalanced
 * brackets and backticks, trailing spaces, lines that almost start a block.
 */
import fc from 'fast-check';

const pick = <T>(...items: T[]): fc.Arbitrary<T> => fc.constantFrom(...items);

const modelled = [
  { weight: 10, arbitrary: pick('Мы', 'вернём', 'деньги', 'We', 'refund', 'it', 'a', 'b', '3', '24', '😀', 'café', '\u00a0', 'x_y', 'a*b', '\u{f0000}', '\ue000') },
  { weight: 4, arbitrary: pick(' ', ' ', ' ', '  ') },
  { weight: 3, arbitrary: pick('.', ',', '!', '?', ':', '—', '«', '»', '"', '(', ')', '#', '|', '-', '+', '=', '$', '%', '{', '}', '/', ' & ', '&', '&;') },
  { weight: 5, arbitrary: pick('*', '**', '***', '_', '__', '___', '****', '_*') },
  { weight: 2, arbitrary: pick('`', '``', '`a`', '`` a`b ``', '` x `', '`  `', '` `') },
  { weight: 3, arbitrary: pick('[', ']', '](https://skladno.ru/a_b)', '](/help)', '](faq.md)', ']()', '] (u)', '](') },
  // Email addresses (the literal autolink tokenizer takes them whole).
  { weight: 1, arbitrary: pick(' support@skladno.ru', ' a.b+c-d@mail.example.org', ' a@b.cd.', ' a@b-c.d-e', ' +7@x.ru', 'я@x.ru', ' a@.b') },
];
/** Near misses the fast parser must leave to micromark. */
const unmodelled = { weight: 3, arbitrary: pick('\\*', '&amp;', '&#1;', '&x', '](a&amp;b)', '<b>', '![', '~~', 'www.x.ru', 'https://x.ru', '[^1]', 'a@b.c_', 'a@b.1', 'a@b', 'a@', '@', 'x/a@b.cd', '_a@b.cd', 'a_b@x.ru', '\t', '\r', '](u "t")', '](<a>)', '](a(b))', '](a b)') };

const line = (risky: boolean) => fc.array(fc.oneof(...modelled, ...(risky ? [unmodelled] : [])), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));

/** What a line may start with: mostly nothing, sometimes a near miss of a block start. */
const safeLead = pick('', '', '', '', '', '', '', ' ', '   ', '    ', '# ', '## ', '###### ', '####### ', '#', '-', '1.', '2)', '12x', '1234567890.', '=', '*a', '_a', '-a', '+a', '|a', ':a');
const riskyLead = pick('- ', '1. ', '10) ', '==', '--', '***', '> ', '|-|', ':-', '```', '<div>', '    ');
const trail = pick('', '', '', ' ', '  ', '   ', ' #', ' ##', '#');

const paragraphLines = (risky: boolean) =>
  fc.array(fc.tuple(risky ? fc.oneof(safeLead, riskyLead) : safeLead, line(risky), trail), { minLength: 1, maxLength: 4 }).map((lines) => lines.map(([l, x, t]) => l + x + t).join('\n'));

/** A list: items of one to three lines, continuation lines indented or lazy, blank lines between some. */
const list = (risky: boolean) =>
  fc
    .tuple(
      pick('- ', '* ', '+ ', '1. ', '2) ', '10. ', ' - ', '   1. ', '-    ', '007. '),
      fc.array(fc.tuple(line(risky), fc.array(fc.tuple(pick('  ', '   ', '', '      ', ' '), line(risky), trail), { maxLength: 2 }), pick('\n', '\n', '\n', '\n\n')), { minLength: 1, maxLength: 4 }),
      risky ? fc.oneof(safeLead, riskyLead) : pick('', '', '- ', '1. ', '2. ', '* '),
    )
    .map(([marker, items, sibling]) =>
      items
        .map(([first, rest, sep], i) => (i > 0 && sibling && i === items.length - 1 ? sibling : marker) + first + rest.map(([l, x, t]) => `\n${l}${x}${t}`).join('') + sep)
        .join(''),
    );

const cellText = (risky: boolean) => fc.array(fc.oneof(...modelled, ...(risky ? [unmodelled] : [])), { maxLength: 4 }).map((parts) => parts.join('').replace(/\n/g, ' '));

/** A table: pipes or none at the edges, cells short and long, rows with fewer or more cells, sometimes a delimiter row that does not match. */
const table = (risky: boolean) =>
  fc
    .tuple(
      fc.integer({ min: 1, max: 3 }),
      fc.boolean(),
      pick('-', '---', ':-', '-:', ':-:', ' --- ', '-x'),
      fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.boolean()), { maxLength: 3 }),
      fc.array(cellText(risky), { minLength: 12, maxLength: 12 }),
      pick('', '', ' ', '  ', '|', ' |'),
      pick(0, 0, 0, 1, -1),
    )
    .map(([cols, pipes, delimiter, rows, texts, trailing, skew]) => {
      let t = 0;
      const row = (n: number, edge: boolean) => {
        const cells = Array.from({ length: n }, () => texts[t++ % texts.length]);
        return (edge ? `| ${cells.join(' | ')} |` : cells.join('|')) + trailing;
      };
      const delimiters = Array.from({ length: Math.max(1, cols + skew) }, () => delimiter);
      return [row(cols, pipes), pipes ? `|${delimiters.join('|')}|` : delimiters.join(' | '), ...rows.map(([n, edge]) => row(n, edge))].join('\n');
    });

/** Fenced code: backticks or tildes, indented or not, info strings, closing fences long, short or missing. */
const fence = (risky: boolean) =>
  fc
    .tuple(
      pick('', '', ' ', '   '),
      pick('```', '~~~', '````', '~~~~~'),
      pick('', 'js', ' js', 'js x y ', ' json  meta', 'a`b', '~'),
      fc.array(fc.oneof(line(risky), pick('', '  ', '    indented', '```', '~~~', ' ```', '    ```')), { maxLength: 4 }),
      pick('same', 'same', 'longer', 'shorter', 'other', 'none', 'spaces'),
    )
    .map(([indent, open, info, lines, close]) => {
      const closing =
        close === 'same' ? open : close === 'longer' ? open + open[0] : close === 'shorter' ? open.slice(1) : close === 'other' ? (open[0] === '`' ? '~~~~~' : '`````') : close === 'spaces' ? `  ${open}  ` : undefined;
      return [indent + open + info, ...lines, ...(closing === undefined ? [] : [indent + closing])].join('\n');
    });

const block = (risky: boolean) =>
  fc.oneof({ weight: 3, arbitrary: paragraphLines(risky) }, { weight: 2, arbitrary: list(risky) }, { weight: 1, arbitrary: table(risky) }, { weight: 1, arbitrary: fence(risky) });

const document = (risky: boolean) =>
  fc
    .tuple(fc.array(fc.tuple(block(risky), pick('\n\n', '\n\n', '\n', '\n\n\n', '\n  \n')), { minLength: 1, maxLength: 4 }), pick('', '\n', '\n\n'))
    .map(([blocks, end]) => blocks.map(([b, sep], i) => (i ? sep : '') + b).join('') + end);

/** Mostly what the fast parser models; one document in four with things it must leave to micromark. */
export const plainMarkdownDocument: fc.Arbitrary<string> = fc.oneof({ weight: 3, arbitrary: document(false) }, { weight: 1, arbitrary: document(true) });
