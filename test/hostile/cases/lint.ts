import { doc, everyCommand, type HostileCase, type HostileRun } from '../case';

const ISSUE = 'issue 16, "Inputs that must not exhaust time or memory"';
const OWN = 'our own';

/** Documents are refused over 2 MiB: the big cases stay just under it (UTF-8 bytes). */
const BYTES = 2_000_000;

/** `fragment` repeated to about `bytes` of UTF-8. */
function fill(fragment: string, bytes = BYTES): string {
  return fragment.repeat(Math.floor(bytes / Buffer.byteLength(fragment)));
}

/** A KB of one document through every command; the lint run must also print each of `lint`. */
function lintCase(name: string, why: string, body: () => string, lint: RegExp[] = []): HostileCase {
  const runs: HostileRun[] = everyCommand('doc.md').map((run) => (run.args[0] === 'lint' && lint.length ? { ...run, expect: lint } : run));
  return { name, why, files: () => ({ 'doc.md': doc(body()) }), runs };
}

/** The finding that says where a document was linted approximately, and why. */
const approximately = (why: RegExp): RegExp[] => [/kb\/too-complex/, new RegExp(`Linted approximately from here: ${why.source}`)];
const NESTING = approximately(/lists and quotes are nested more than 100 deep/);
const EMPHASIS = approximately(/a paragraph holds more than 400 emphasis markers/);

/**
 * A case render.ts holds for every command, again with what its lint must say: check, lint and search
 * only (the renders run there).
 */
function lintSideOf(name: string, why: string, body: () => string, lint: RegExp[]): HostileCase {
  return { name, why, files: () => ({ 'doc.md': doc(body()) }), runs: [{ args: ['check'] }, { args: ['lint'], expect: lint }, { args: ['search', 'a'] }] };
}

export const LINT_CASES: HostileCase[] = [
  // The issue's cases.
  lintCase('list-markers-50k', `${ISSUE}: lint 53 s`, () => '- '.repeat(50_000)),
  lintCase('nesting-depth', `${ISSUE}: nesting depth is quadratic in the prose scanner`, () => Array.from({ length: 3000 }, (_, i) => `${'>'.repeat(i % 1000)} line ${i}`).join('\n')),
  lintSideOf('emphasis-runs-lint', `${ISSUE}: lint over 60 s (micromark pairs every run with every other); render.ts has it for every command`, () => `${'a* '.repeat(25_000)}${'*a '.repeat(25_000)}`, EMPHASIS),
  lintSideOf('footnote-references-40k-lint', `${ISSUE}: 27 s, 519 MB (the definition sent the document to micromark); render.ts has it for every command`, () => `${'[^1]'.repeat(40_000)}\n\n[^1]: x`, approximately(/"\]:" is read as text/)),

  // Nesting.
  lintCase('nested-list-items-50k-then-text', `${OWN}: each of 50k list markers on one line scanned the rest of the line for a thematic break`, () => `${'- '.repeat(50_000)}x`, NESTING),
  lintCase('deep-list-then-blank-lines', `${OWN}: every blank line walked the 1,000 open list items (micromark: 61 s for 8,000 lines)`, () => `${'- '.repeat(1000)}x\n${'\n'.repeat(500_000)}`, NESTING),
  lintCase('deep-quote-then-lazy-lines', `${OWN}: lazy continuation lines of a quote 100 deep`, () => `${'>'.repeat(100)} a\n${fill('b\n', 1_500_000)}`),
  lintCase('deep-quoted-lists-then-blank-lines', `${OWN}: quote and list containers alternating, 1,000 deep, then blank lines`, () => `${'> - '.repeat(1000)}x\n${'\n'.repeat(300_000)}`, NESTING),

  // Emphasis, links and labels.
  lintCase('emphasis-inside-a-link', `${OWN}: a link's text is resolved when the link closes: 200k runs inside one`, () => `[${fill('_a a* ', 1_200_000)}](x)`, EMPHASIS),
  lintCase('emphasis-with-a-definition', `${OWN}: the issue's emphasis runs plus a definition, which used to send the whole document to micromark`, () => `${'a* '.repeat(25_000)}${'*a '.repeat(25_000)}\n\n[x]: https://example.com`, EMPHASIS),
  lintCase('strikethrough-runs-2mb', `${OWN}: ~ runs at the size limit, paired like emphasis`, () => fill('~a ')),
  lintCase('open-brackets', `${OWN}: 2M label starts`, () => fill('[')),
  lintCase('close-brackets', `${OWN}: 2M label ends looking back for a start (quadratic in micromark)`, () => fill(']')),
  lintCase('image-starts', `${OWN}: image label starts`, () => fill('![')),
  lintCase('links-60k', `${OWN}: thousands of links`, () => fill('[текст ссылки](https://example.com/path) ')),
  lintCase('unclosed-link-destinations', `${OWN}: [a]( × 500k, each destination read up to 32 nested parentheses`, () => fill('[a](')),
  lintCase('unclosed-link-titles', `${OWN}: link titles without their closing quote`, () => `${'['.repeat(100_000)}${fill('](x "', 1_000_000)}`),
  lintCase('references-and-definitions', `${OWN}: reference links with a definition (not modelled: read as text)`, () => `${fill('[a][b] ', 1_900_000)}\n\n[b]: /x`),
  lintCase('footnote-definitions', `${OWN}: 250k footnote definitions`, () => fill('[^1]: x\n')),

  // Code, HTML and comments.
  lintCase('code-spans-unclosed', `${OWN}: a backtick every other character, none closed`, () => fill('`a')),
  lintCase('long-backtick-runs-unclosed', `${OWN}: runs of 40 backticks, none closed (only runs under 32 were remembered)`, () => fill(`${'`'.repeat(40)}a`)),
  lintCase('html-comments-unclosed', `${OWN}: <!-- × 500k, each searched the rest of the text for -->`, () => fill('<!--')),
  lintCase('html-comments-100k', `${OWN}: 200k closed comments on one line`, () => fill('<!-- x -->')),
  lintCase('html-instructions-unclosed', `${OWN}: <? × 1M`, () => fill('<?')),
  lintCase('html-declarations-unclosed', `${OWN}: <!a × 660k`, () => fill('<!a')),
  lintCase('html-cdata-unclosed', `${OWN}: <![CDATA[ × 220k`, () => fill('<![CDATA[')),
  lintCase('html-attributes-unclosed', `${OWN}: attribute values without their closing quote`, () => fill('<a b="')),
  lintCase('html-blocks-200k', `${OWN}: each HTML block searched the rest of the text for a comment (38 s)`, () => fill('<div>\n\n')),
  lintCase('html-blocks-with-unclosed-comments', `${OWN}: each HTML block holding an unclosed comment searched to the end for -->`, () => fill('<div><!--\n\n')),
  lintCase('quoted-paragraph-with-html', `${OWN}: a 150k-line quoted paragraph of inline HTML with a directive in it (each tag mapped back line by line)`, () => `${fill('> a <b>x</b>\n', 1_900_000)}> <!-- support-kb-disable -->`),
  lintCase('directives-20k', `${OWN}: each finding was checked against every directive range`, () => fill('<!-- support-kb-disable-next-line ru/vague-time -->\nОтветим в ближайшее время!!! Очень срочно.\n')),
  lintCase('disable-enable-100k', `${OWN}: 100k disable/enable pairs`, () => fill('<!-- support-kb-disable --> в ближайшее время <!-- support-kb-enable -->\n')),

  // Autolink literals.
  lintCase('url-candidates-refused', `${OWN}: each "www." after a Cyrillic letter is a URL match that mdast refuses, read to the next space`, () => fill('яwww.a')),
  lintCase('domains-with-underscores', `${OWN}: one long domain whose last parts hold underscores, refused from every "www."`, () => `${fill('www.a_b.', 1_900_000)} x`),
  lintCase('url-trailing-punctuation', `${OWN}: a URL followed by 1.9M punctuation marks, each asked whether the rest is trailing`, () => `http://a.b/${fill('!', 1_900_000)}x`),
  lintCase('email-candidates', `${OWN}: a@ × 1M`, () => fill('a@')),
  lintCase('www-and-http', `${OWN}: "http://" and "www." repeated without spaces`, () => `${fill('http://', 1_000_000)}${fill('www.', 900_000)}`),

  // Text.
  lintCase('one-paragraph-2mb', `${OWN}: a 2 MB paragraph of words (one block for every rule)`, () => fill('Слово за слово. ')),
  lintCase('one-word-1-5m', `${OWN}: one 1.5M-letter word, no spaces`, () => 'a'.repeat(1_500_000)),
  lintCase('one-russian-word', `${OWN}: one 900k-letter Russian word (stemmed by every phrase rule)`, () => 'ж'.repeat(900_000)),
  lintCase('sentences-500k', `${OWN}: half a million sentences`, () => fill('Да. ')),
  lintCase('terminator-runs', `${OWN}: 1.9M dots then a letter: each dot measured the rest of the run before finding no space after it (400k took 288 s)`, () => `Слово${fill('.', 1_900_000)}x ${fill('!', 50_000)}x`),
  lintCase('exclamations-2m', `${OWN}: 2M "!" are 2M findings of one rule: capped per rule`, () => fill('!'), [/only the first 500 are shown/]),
  lintCase('placeholders-300k', `${OWN}: 300k placeholders`, () => fill('{{x}} ')),
  lintCase('placeholders-unclosed', `${OWN}: {{ × 660k, none closed`, () => fill('{{ ')),
  lintCase('backslashes', `${OWN}: 2M backslashes`, () => fill('\\')),
  lintCase('character-references', `${OWN}: &amp; × 400k, and & × 1M`, () => `${fill('&amp;', 1_000_000)}${fill('&', 900_000)}`),
  lintCase('long-line-of-spaces', `${OWN}: 1.9M spaces between two words`, () => `a${' '.repeat(1_900_000)}b`),
  lintCase('hard-breaks-500k', `${OWN}: a paragraph of 500k lines, each ending with a hard break`, () => fill('a  \n')),

  // Blocks.
  lintCase('headings-200k', `${OWN}: 200k headings: 200k blocks for every rule`, () => fill('# Заголовок\n')),
  lintCase('setext-headings', `${OWN}: setext headings`, () => fill('a\n=\n')),
  lintCase('list-items-500k', `${OWN}: half a million list items`, () => fill('- a\n')),
  lintCase('task-items', `${OWN}: task list items`, () => fill('- [ ] a\n')),
  lintCase('task-checks-split-by-line-ends', `${OWN}: a task check with a line ending inside its brackets (not modelled)`, () => fill('- [\n')),
  lintCase('table-rows-150k', `${OWN}: a table of 150k rows`, () => `| a | b |\n|---|---|\n${fill('| x | y |\n', 1_900_000)}`),
  lintCase('table-row-500k-cells', `${OWN}: one row of 500k cells`, () => `${fill('| a ', 1_900_000)}|\n|-|-|\n`),
  lintCase('table-1m-cells', `${OWN}: 1,000 columns × 990 rows of one-letter cells: a million blocks ran lint out of a 768 MB heap`, () => `${'|a'.repeat(1000)}\n${'|-'.repeat(1000)}\n${`${'|a'.repeat(1000)}\n`.repeat(990)}`, approximately(/the document has more than 100,000 paragraphs/)),
  lintCase('fences-unclosed', `${OWN}: a fence never closed`, () => `\`\`\`\n${fill('a\n', 1_900_000)}`),
  lintCase('fence-lines', `${OWN}: 500k fence lines`, () => fill('```\n')),

  // Line ends, tabs and NUL.
  lintCase('tabs-in-lists', `${OWN}: tabs everywhere (not modelled: read as spaces, as the document is too big for micromark)`, () => fill('\t- a\n\t\tb\n'), approximately(/tabs are read as single spaces/)),
  lintCase('cr-only-line-ends', `${OWN}: classic Mac line ends in a list`, () => fill('- a\r')),
  lintCase('crlf-quote', `${OWN}: CRLF line ends in a quoted list`, () => fill('> - a\r\n')),
  // A file with a NUL is binary and refused (read-text.ts); NUL reaches the scanner only from an
  // editor's text, which prose-limits.test.ts covers. A NUL after every letter would be UTF-16.
  {
    name: 'nul-characters',
    why: `${OWN}: a NUL in every word, refused as a binary file by every command, never read as Markdown`,
    files: () => ({ 'doc.md': doc(fill('ab\0 ')) }),
    runs: [
      { args: ['check'], codes: [1], expect: [/binary/] },
      { args: ['lint'], codes: [1], expect: [/kb\/binary-file/] },
      { args: ['search', 'a'] },
      { args: ['render', 'doc.md', '--channel', 'all'], codes: [2], expect: [/This file is binary \(a NUL byte at offset \d+\)/] },
    ],
  },
];
