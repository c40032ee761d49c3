/**
 * Generated KB documents for the renderers' property tests: Markdown of every
 * kind the renderers handle, characters that need escaping or cost SMS units,
 * placeholders (with samples that are markup or script), and script payloads
 * in raw HTML and link destinations.
 */
import fc from 'fast-check';

const WORDS = [
  'hello', 'order', 'SK-1', 'Привет', 'заказ', 'snake_case', 'x*y', '5 < 6', 'a & b', '1 > 0', 'a|b', '€', '[x]', '{y}', 'z~', '^', '\\\\', '—', '«q»',
  '’', '…', '👍', '👍🏽', '❤️', '🇷🇺', 'Ç', 'ß', '@', '&amp;', '&lt;tag&gt;', '&#60;', 'e.g.', 'API', 'СБП', 'help.skladno.ru', '\u00a0', 'ü', 'Δ', '"quoted"',
];

const SAFE_URLS = ['https://x.example/a?b=1&c=2', 'https://x.example/p|q>r', 'mailto:help@x.example', 'tel:+79001234567', '/relative', '#anchor', 'http://x.example'];
/** Destinations a link must never keep. */
const EVIL_URLS = ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'vbscript:alert(1)'];

/** Raw HTML that must not survive as anything executable. */
const EVIL_INLINE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<img src="javascript:alert(1)">',
  '<a href="JaVaScRiPt:alert(1)">bad</a>',
  '<a href="jav&#x09;ascript:alert(1)">tab</a>',
  '<a href="javascript&colon;alert(1)">colon</a>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<svg onload=alert(1)><circle/></svg>',
  '<b onclick="alert(1)">bold</b>',
  '<style>body{background:url("javascript:alert(1)")}</style>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
];
const SAFE_INLINE = ['<b>raw</b>', '<u>under</u>', '<em>em</em>', '<br>', '<span>span</span>', '<kbd>K</kbd>', '<!-- note -->'];

const EVIL_BLOCKS = [
  '<script>\nalert(1)\n</script>',
  '<div onmouseover="alert(1)">hover</div>',
  '<iframe src="https://x.example" onload="alert(1)"></iframe>',
  '<style>\n* { color: red }\n</style>',
  '<table><tr><td onclick="alert(1)">cell</td></tr></table>',
  '<details open ontoggle=alert(1)><summary>s</summary>body</details>',
  '<form action="javascript:alert(1)"><input type="submit" formaction="javascript:alert(1)"></form>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
];
const SAFE_BLOCKS = ['<div>block <b>bold</b></div>', '<p>para</p>', '<ul><li>raw item</li></ul>', '<blockquote>raw quote</blockquote>', '<!-- support-kb-disable en/x -->'];

// `evil_url` only ever goes into a link destination: as text it would be harmless but would look like a payload.
const VARIABLES = ['name', 'url', 'markup', 'emoji', 'missing'];

const word = fc.constantFrom(...WORDS);
const text = fc.array(fc.oneof({ weight: 4, arbitrary: word }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }).map((s) => s.replace(/[<>&[\]()`*_~|\\!#{}-]/g, '')) }), {
  minLength: 1,
  maxLength: 4,
}).map((ws) => ws.join(' ').trim() || 'x');

const placeholder = fc.constantFrom(...VARIABLES).map((v) => `{{ ${v} }}`);

const inline: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: text },
  { weight: 1, arbitrary: text.map((t) => `**${t}**`) },
  { weight: 1, arbitrary: text.map((t) => `_${t}_`) },
  { weight: 1, arbitrary: text.map((t) => `~~${t}~~`) },
  { weight: 1, arbitrary: fc.tuple(text, text).map(([a, b]) => `**${a} _${b}_**`) },
  { weight: 1, arbitrary: text.map((t) => `\`${t.replace(/`/g, '')}\``) },
  { weight: 2, arbitrary: fc.tuple(text, fc.constantFrom(...SAFE_URLS, ...EVIL_URLS)).map(([t, u]) => `[${t}](<${u}>)`) },
  { weight: 1, arbitrary: fc.tuple(text, fc.constantFrom(...SAFE_URLS, ...EVIL_URLS)).map(([t, u]) => `![${t}](<${u}>)`) },
  { weight: 1, arbitrary: fc.constantFrom('<https://x.example/auto>', 'https://x.example/bare', 'www.x.example', 'help@x.example') },
  { weight: 2, arbitrary: placeholder },
  { weight: 1, arbitrary: fc.tuple(text, fc.constantFrom('url', 'evil_url')).map(([t, v]) => `[${t}]({{ ${v} }})`) },
  { weight: 2, arbitrary: fc.constantFrom(...EVIL_INLINE) },
  { weight: 1, arbitrary: fc.constantFrom(...SAFE_INLINE) },
  { weight: 1, arbitrary: fc.constantFrom('  \n', '\\\n', '\n') },
);

const line = fc.array(inline, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(' ').replace(/^\s+|\s+$/g, '') || 'x');

const block: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: line },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 6 }), line).map(([n, l]) => `${'#'.repeat(n)} ${l.replace(/\n/g, ' ')}`) },
  { weight: 2, arbitrary: fc.array(line, { minLength: 1, maxLength: 4 }).map((ls) => ls.map((l) => `- ${l.replace(/\n/g, ' ')}`).join('\n')) },
  { weight: 1, arbitrary: fc.tuple(line, line).map(([a, b]) => `1. ${a.replace(/\n/g, ' ')}\n   - ${b.replace(/\n/g, ' ')}\n2. two`) },
  { weight: 1, arbitrary: fc.array(line, { minLength: 1, maxLength: 3 }).map((ls) => ls.map((l) => `> ${l.replace(/\n/g, ' ')}`).join('\n')) },
  { weight: 1, arbitrary: line.map((l) => `> quote\n>\n> > nested ${l.replace(/\n/g, ' ')}`) },
  { weight: 1, arbitrary: fc.array(text, { minLength: 1, maxLength: 3 }).map((ls) => `\`\`\`\n${ls.join('\n')}\n\`\`\``) },
  { weight: 1, arbitrary: fc.tuple(text, text, line, line).map(([a, b, c, d]) => `| ${a.replace(/\|/g, '')} | ${b.replace(/\|/g, '')} |\n|---|---|\n| ${c.replace(/[|\n]/g, ' ')} | ${d.replace(/[|\n]/g, ' ')} |`) },
  { weight: 1, arbitrary: fc.constant('---') },
  { weight: 2, arbitrary: fc.constantFrom(...EVIL_BLOCKS) },
  { weight: 1, arbitrary: fc.constantFrom(...SAFE_BLOCKS) },
);

const FRONT_MATTER = [
  'title: Generated',
  'locale: en',
  'subject: "Re: {{ name }} {{ missing }}"',
  'variables:',
  '  name:',
  '    sample: "Ann & *Bo* 1<2 [x]"',
  '  url:',
  '    sample: "https://x.example/track?a=1&b=<2>"',
  '  evil_url:',
  '    sample: "javascript:alert(1)"',
  '  markup:',
  '    sample: "<img src=x onerror=prompt(1)> | ~{}"',
  '  emoji:',
  '    sample: "🎉"',
].join('\n');

/** A whole document: front matter with the variables above, then 1–4 blocks. */
export const kbDocumentText: fc.Arbitrary<string> = fc
  .array(block, { minLength: 1, maxLength: 4 })
  .map((blocks) => `---\n${FRONT_MATTER}\n---\n${blocks.join('\n\n')}\n`);
