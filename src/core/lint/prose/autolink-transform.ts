/**
 * mdast-util-gfm-autolink-literal's tree transform, replayed on one text node's value: after micromark
 * has tokenized, mdast-util-gfm runs four regular expressions over every text node outside links and
 * turns what they find into links (URLs and emails micromark's own tokenizer did not take, e.g. after
 * a quote or inside a label that was not a link). The expressions and checks below are copied from
 * mdast-util-gfm-autolink-literal 2.x so the result is the same, and only run on text nodes that could
 * contain `@`, `:` or `www`.
 *
 * A match the checks refuse is retried one character later (as mdast-util-find-and-replace does), and
 * a URL match runs to the next space: `яwww.a` × 50k is 50k refused matches, each to the end of the
 * node, quadratic in remark too. The characters read by refused matches are counted, and past
 * `value.length + RESCAN_ALLOWANCE` the transform gives up (`null`): the scan is then inexact and
 * `scanProse` asks micromark, or lints with these literals as text. A real node has a few refused
 * matches of a word each; the bound keeps the extra reading under ~32 characters per character.
 */
import { isUnicodePunctuation, isUnicodeWhitespace } from '../../text/micromark-chars';
import { Code } from './char-codes';

type Finder = (match: RegExpExecArray) => [number, number] | false;

/** Characters refused matches may read beyond the node's own length (see above). */
const RESCAN_ALLOWANCE = 1024;

/**
 * The four expressions and what to check of each match, in the order the transform applies them. New
 * regexes for every AutolinkTransform: a global regex carries its search position (`lastIndex`), which
 * must not be shared between two transforms.
 */
function patterns(): [RegExp, Finder][] {
  return [
    [/(?<![\da-z])(https?:\/\/|www(?=\.))([\w-]*\.[\w\-.]*)([^\t\n\r ]*)/gi, findUrl],
    [/(?<![\w+\-.@])xmpp:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)(\/(?:[\w\-/]|\.(?=[\dA-Za-z]))*)?/g, findXmpp],
    [/(?<![\w+\-.@])mailto:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g, findMailto],
    [/(?<![\w+\-.]|(?:^|[^\d@A-Za-z])(?:mailto|xmpp):)([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g, findEmail],
  ];
}

/** The transform with regexes of its own; the inline scanner keeps one. */
export class AutolinkTransform {
  private readonly patterns = patterns();

  /**
   * Value ranges of `value` that become links, as flat sorted pairs [start, end, …]. Each pattern runs
   * over the text pieces left by the previous one (a link splits its text node, and later patterns see
   * the pieces separately, as in `mdast-util-find-and-replace`). Null past the rescan bound.
   */
  links(value: string): number[] | null {
    if (!/[@:]|www/i.test(value)) return [];
    let rescan = value.length + RESCAN_ALLOWANCE;
    let pieces: number[] = [0, value.length];
    const links: number[] = [];
    for (const [re, find] of this.patterns) {
      const next: number[] = [];
      for (let p = 0; p < pieces.length; p += 2) {
        const base = pieces[p] as number;
        const text = value.slice(base, pieces[p + 1] as number);
        let start = 0;
        re.lastIndex = 0;
        let match = re.exec(text);
        while (match) {
          const found = find(match);
          if (found === false) {
            rescan -= match[0].length;
            if (rescan < 0) return null;
            re.lastIndex = match.index + 1;
          } else {
            if (start !== match.index) next.push(base + start, base + match.index);
            links.push(base + match.index, base + match.index + found[0]);
            // Text after the link inside the match (URL trailing punctuation) joins the next piece.
            if (found[1] > found[0]) next.push(base + match.index + found[0], base + match.index + found[1]);
            start = match.index + match[0].length;
          }
          match = re.exec(text);
        }
        if (start < text.length) next.push(base + start, base + text.length);
      }
      pieces = mergeTouching(next);
    }
    links.sort((a, b) => a - b);
    return links;
  }
}

/** `AutolinkTransform.links` with a transform of its own. */
export function transformAutolinkLiterals(value: string): number[] | null {
  return new AutolinkTransform().links(value);
}

/** Adjacent text pieces are one text node (the replace handler merges them). */
function mergeTouching(flat: number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < flat.length; i += 2) {
    const s = flat[i] as number;
    const e = flat[i + 1] as number;
    if (out.length > 0 && out[out.length - 1] === s) out[out.length - 1] = e;
    else out.push(s, e);
  }
  return out;
}

/** [link length, match length] relative to the match start, or false. */
function findUrl(match: RegExpExecArray): [number, number] | false {
  if (!previous(match)) return false;
  let protocol = match[1] as string;
  let domain = match[2] as string;
  const path = match[3] as string;
  if (/^w/i.test(protocol)) {
    domain = protocol + domain;
    protocol = '';
  }
  if (isUnicodePunctuation(domain.charCodeAt(0)) || !isCorrectDomain(domain)) return false;
  const url = splitUrl(domain + path);
  return [protocol.length + url.length, match[0].length];
}

function findEmail(match: RegExpExecArray): [number, number] | false {
  if (/[\d\-_]$/.test(match[2] as string)) return false;
  return [match[0].length, match[0].length];
}

function findMailto(match: RegExpExecArray): [number, number] | false {
  if (/[\d\-_]$/.test(match[2] as string)) return false;
  return [match[0].length, match[0].length];
}

function findXmpp(match: RegExpExecArray): [number, number] | false {
  const resource = match[3];
  if (/[\d\-_]$/.test(match[2] as string) || (resource && (!/[A-Za-z]$/.test(resource) || match.input.charAt(match.index + match[0].length) === '@'))) {
    return false;
  }
  return [match[0].length, match[0].length];
}

function isCorrectDomain(domain: string): boolean {
  const parts = domain.split('.');
  const last = parts[parts.length - 1];
  const second = parts[parts.length - 2];
  if (parts.length < 2 || (last && (/_/.test(last) || !/[\dA-Za-z]/.test(last))) || (second && (/_/.test(second) || !/[\dA-Za-z]/.test(second)))) {
    return false;
  }
  return true;
}

/** The URL without trailing punctuation (balanced closing parens are kept). */
function splitUrl(url: string): string {
  let index = url.length;
  while (index > 0) {
    const code = url.charCodeAt(index - 1);
    if (
      code === Code.exclamationMark ||
      code === Code.quotationMark ||
      code === Code.ampersand ||
      code === Code.apostrophe ||
      code === Code.rightParenthesis ||
      code === Code.comma ||
      code === Code.dot ||
      code === Code.colon ||
      code === Code.semicolon ||
      code === Code.lessThan ||
      code === Code.greaterThan ||
      code === Code.questionMark ||
      code === Code.rightSquareBracket ||
      code === Code.rightCurlyBrace
    ) {
      index--;
    } else break;
  }
  if (index === url.length) return url;
  let trail = url.slice(index);
  let head = url.slice(0, index);
  let closingParenIndex = trail.indexOf(')');
  const openingParens = count(head, '(');
  let closingParens = count(head, ')');
  while (closingParenIndex !== -1 && openingParens > closingParens) {
    head += trail.slice(0, closingParenIndex + 1);
    trail = trail.slice(closingParenIndex + 1);
    closingParenIndex = trail.indexOf(')');
    closingParens++;
  }
  return head;
}

function count(value: string, ch: string): number {
  let n = 0;
  for (let i = value.indexOf(ch); i !== -1; i = value.indexOf(ch, i + 1)) n++;
  return n;
}

function previous(match: RegExpExecArray): boolean {
  const code = match.input.charCodeAt(match.index - 1);
  return match.index === 0 || isUnicodeWhitespace(code) || isUnicodePunctuation(code);
}
