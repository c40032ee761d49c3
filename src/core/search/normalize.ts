/**
 * Text preparation for search: folding (case, ё → е) and stripping what is
 * markup rather than words — placeholders, Liquid tags, HTML, link targets,
 * URLs — so that `{{ ticket.id }}` or `https://help…` never become terms.
 */

/** Lowercase with ё → е, the form every term and query word is compared in. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  return lower.indexOf('ё') === -1 ? lower : lower.replace(/ё/g, 'е');
}

/*
 * Every pattern below runs over whole bodies (up to 2 MB), so each is linear by construction, as
 * test/unit/search-linear.test.ts checks on the patterns themselves: a repeated run (`*`, `+`) is a
 * character set that excludes a character every attempt starts with (so runs of two attempts never
 * overlap: nothing is scanned twice) and that the pattern's next character cannot be (so backing off
 * costs one comparison per character), unless the run ends the pattern (then the attempt succeeds).
 * `[^\]]*` in the old link pattern broke the first rule: `[a](` × 50k scanned to the end of the body
 * from every `[`, and building the index never finished.
 */
const PLACEHOLDER = /\{\{[^{}]*\}\}|\{%[^%]*%\}/g;
const HTML_TAG = /<\/?[A-Za-z][^<>]*>/g;
const AUTOLINK = /<(?:https?|mailto):[^<>\s]*>/gi;
/**
 * `[text](target)` and `![alt](target)`: keep the text, drop the target. Text, target and title hold
 * no brackets (the rule above): `[a [b]](x)` and `[a](x[1])` keep their target's words, which only
 * adds a term or two.
 */
const INLINE_LINK = /!?\[([^[\]]*)\]\([^)\s[\]]*(?:\s+"[^"[\]]*")?\)/g;
/** `[label]: destination`; a title after it stays (its words are words). */
const LINK_DEFINITION = /^ {0,3}\[[^[\]]+\]:\s*\S+/gm;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>()]+/gi;

/**
 * The words of a Markdown body without its syntax. Markdown punctuation
 * (`**`, `#`, `|`, backticks) needs no care: the tokenizer splits on it.
 */
export function stripMarkup(text: string): string {
  // Each pattern only where its opening character occurs: most bodies have no HTML or links.
  let out = text;
  if (out.includes('<')) out = withoutComments(out).text.replace(AUTOLINK, ' ').replace(HTML_TAG, ' ');
  if (out.includes('{')) out = out.replace(PLACEHOLDER, ' ');
  if (out.includes('](')) out = out.replace(INLINE_LINK, '$1 ');
  if (out.includes(']:')) out = out.replace(LINK_DEFINITION, ' ');
  if (out.includes('http') || out.includes('www.')) out = out.replace(URL, ' ');
  return out;
}

/**
 * `text` with every `<!-- … -->` replaced by a space, and whether the last comment is still open at
 * the end (it then runs to the end). One `indexOf` per comment: rebuilding the string per comment was
 * quadratic on a line of thousands of them.
 */
function withoutComments(text: string): { readonly text: string; readonly open: boolean } {
  let open = text.indexOf('<!--');
  if (open === -1) return { text, open: false };
  const parts: string[] = [];
  let at = 0;
  while (open !== -1) {
    parts.push(text.slice(at, open), ' ');
    const close = text.indexOf('-->', open + 4);
    if (close === -1) return { text: parts.join(''), open: true };
    at = close + 3;
    open = text.indexOf('<!--', at);
  }
  parts.push(text.slice(at));
  return { text: parts.join(''), open: false };
}

const FIRST_LINE_MAX = 120;
const LINE_MARKERS = /^\s{0,3}(?:#{1,6}\s+|>\s*|[-*+]\s+|\d+[.)]\s+)+/;
const INLINE_MARKERS = /(\*\*|__|~~|`+|(?<![\p{L}\p{N}])[*_](?=\S)|(?<=\S)[*_](?![\p{L}\p{N}]))/gu;
/** `{{ name | filter }}`; the name is trimmed by the replacer (`\s*` around a lazy name rescans runs of spaces). */
const SPACED_PLACEHOLDER = /\{\{([^{}|]*)(?:\|[^{}]*)?\}\}/g;
/** Whether a line may hold Markdown or HTML at all: most first lines («Здравствуйте!») hold none. */
const MARKUP = /[*_~`[<{#>|\\]|^\s*(?:[-+]|\d+[.)])\s/;

function plainLine(raw: string): string {
  return raw
    .replace(LINE_MARKERS, '')
    .replace(AUTOLINK, ' ')
    .replace(HTML_TAG, ' ')
    .replace(INLINE_LINK, '$1')
    .replace(SPACED_PLACEHOLDER, (_, name: string) => `{{${name.trim()}}}`)
    .replace(INLINE_MARKERS, '');
}

/**
 * The first line of a body with words in it, as plain text for a result list:
 * list and heading markers, emphasis, HTML and link targets dropped; a
 * placeholder shown as `{{name}}`. Empty when the body has no text.
 */
export function firstLineOf(body: string): string {
  let fence = false;
  let comment = false;
  for (let start = 0; start < body.length; ) {
    const nl = body.indexOf('\n', start);
    const end = nl === -1 ? body.length : nl;
    let raw = body.slice(start, end);
    start = end + 1;
    // An HTML comment (a lint directive) may span lines: skip through its end.
    if (comment) {
      const close = raw.indexOf('-->');
      if (close === -1) continue;
      raw = raw.slice(close + 3);
      comment = false;
    }
    const stripped = withoutComments(raw);
    raw = stripped.text;
    comment = stripped.open;
    if (/^\s{0,3}(?:```|~~~)/.test(raw)) {
      fence = !fence;
      continue;
    }
    if (fence || /^\s*(?:\||-{3,}\s*$|\*{3,}\s*$)/.test(raw) || !/[\p{L}\p{N}]/u.test(raw)) continue;
    const line = (MARKUP.test(raw) ? plainLine(raw) : raw).replace(/\s+/g, ' ').trim();
    if (!/[\p{L}\p{N}]/u.test(line)) continue;
    return line.length > FIRST_LINE_MAX ? `${line.slice(0, FIRST_LINE_MAX - 1).trimEnd()}…` : line;
  }
  return '';
}
