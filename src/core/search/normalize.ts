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

const PLACEHOLDER = /\{\{[^{}]*\}\}|\{%[^%]*%\}/g;
const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const HTML_TAG = /<\/?[A-Za-z][^<>]*>/g;
const AUTOLINK = /<(?:https?|mailto):[^<>\s]*>/gi;
/** `[text](target)` and `![alt](target)`: keep the text, drop the target. */
const INLINE_LINK = /!?\[([^\]]*)\]\([^)\s]*(?:\s+"[^"]*")?\)/g;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:\s*\S+.*$/gm;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>()]+/gi;

/**
 * The words of a Markdown body without its syntax. Markdown punctuation
 * (`**`, `#`, `|`, backticks) needs no care: the tokenizer splits on it.
 */
export function stripMarkup(text: string): string {
  // Each pattern only where its opening character occurs: most bodies have no HTML or links.
  let out = text;
  if (out.includes('<')) out = out.replace(HTML_COMMENT, ' ').replace(AUTOLINK, ' ').replace(HTML_TAG, ' ');
  if (out.includes('{')) out = out.replace(PLACEHOLDER, ' ');
  if (out.includes('](')) out = out.replace(INLINE_LINK, '$1 ');
  if (out.includes(']:')) out = out.replace(LINK_DEFINITION, ' ');
  if (out.includes('http') || out.includes('www.')) out = out.replace(URL, ' ');
  return out;
}

const FIRST_LINE_MAX = 120;
const LINE_MARKERS = /^\s{0,3}(?:#{1,6}\s+|>\s*|[-*+]\s+|\d+[.)]\s+)+/;
const INLINE_MARKERS = /(\*\*|__|~~|`+|(?<![\p{L}\p{N}])[*_](?=\S)|(?<=\S)[*_](?![\p{L}\p{N}]))/gu;
const SPACED_PLACEHOLDER = /\{\{\s*([^{}|]*?)\s*(?:\|[^{}]*)?\}\}/g;
/** Whether a line may hold Markdown or HTML at all: most first lines («Здравствуйте!») hold none. */
const MARKUP = /[*_~`[<{#>|\\]|^\s*(?:[-+]|\d+[.)])\s/;

function plainLine(raw: string): string {
  return raw
    .replace(LINE_MARKERS, '')
    .replace(AUTOLINK, ' ')
    .replace(HTML_TAG, ' ')
    .replace(INLINE_LINK, '$1')
    .replace(SPACED_PLACEHOLDER, '{{$1}}')
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
    for (let open = raw.indexOf('<!--'); open !== -1; open = raw.indexOf('<!--', open)) {
      const close = raw.indexOf('-->', open + 4);
      if (close === -1) {
        raw = raw.slice(0, open);
        comment = true;
        break;
      }
      raw = `${raw.slice(0, open)} ${raw.slice(close + 3)}`;
    }
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
