/**
 * Images in the HTML a channel preview shows. A reply from a repository you do not control can
 * hold a tracking pixel (`![](https://tracker.example/p.gif?who=you)`): displaying it would tell
 * a stranger who opened the reply, when, and from where. So, before the HTML reaches the
 * preview's page, every source that would load from somewhere other than the KB is taken out
 * (unless remote images are allowed; then only `https:` ones stay) and counted for the page's
 * note. The page's Content-Security-Policy blocks the same loads; this is what lets the page say
 * what it did not load, and keeps it from even trying.
 *
 * Sources inside the KB (relative paths such as `../../assets/screen.png`) become the addresses
 * the page loads KB files from. `data:` images stay: they are part of the document and send no
 * request (the renderers' sanitiser decides whether a channel carries them at all).
 *
 * The HTML is read with parse5's tokenizer, which follows the HTML standard as browsers do, so an
 * attribute is seen exactly as the page would see it (entities, case, quotes, duplicates); the
 * edits go into the original text at the positions it reports, so the rest of the HTML is shown
 * as the channel sends it. Only the tokenizer, not the tree builder: building the tree costs about
 * three times as much (a 100 KB email with an image, bundled, on a busy 2-core machine: ~12 ms
 * against 30–55 ms), and without it every start tag is seen, including a few the browser would
 * read as text (inside `<textarea>`, `<title>`, `<style>`, `<noscript>`, which the sanitiser
 * removes anyway): that can only take out and count more, never load more. HTML without any
 * source attribute is not read at all.
 */
import { Tokenizer, type Token, type TokenHandler } from 'parse5';

/** `block`: no remote image loads; `allow`: `https:` ones do (the setting `supportKb.preview.remoteImages`). */
export type RemoteImagePolicy = 'block' | 'allow';

/** The policy in force: what the setting says, except that an untrusted workspace always blocks. */
export function remoteImagePolicy(setting: unknown, trusted: boolean): RemoteImagePolicy {
  return trusted && setting === 'allow' ? 'allow' : 'block';
}

export interface PreviewImageOptions {
  readonly policy: RemoteImagePolicy;
  /** The folder of the document, relative to the KB root (`faq/ru`; `''` at the root): relative sources start there. */
  readonly documentFolder: string;
  /**
   * The address the page loads a KB file from, given its path relative to the KB root as
   * segments (never `.`, `..` or empty); undefined leaves the source out.
   */
  readonly localAddress: (segments: readonly string[]) => string | undefined;
}

export interface RewrittenImages {
  /** The HTML to show. */
  readonly html: string;
  /** Elements that lost a remote source (an `<img>` with a remote `src` and `srcset` counts once). */
  readonly blocked: number;
  /** Where the blocked sources pointed: distinct hosts (a scheme when there is no host), at most MAX_HOSTS. */
  readonly hosts: readonly string[];
}

export const MAX_HOSTS = 5;

/** Attributes that make an element load an image or media; `srcset` holds a list. */
const SOURCE_ATTRIBUTES = new Set(['src', 'srcset', 'poster', 'background']);

/**
 * Cheap test for "no source attribute anywhere": an attribute name follows whitespace, `/` or the
 * quote that closed the previous value, and the HTML tokenizer does not let it appear any other
 * way. Text that merely reads ` src=` costs a parse, nothing else.
 */
const MAY_HAVE_SOURCES = /[\s/"'](?:src|srcset|poster|background)\s*=/i;

/**
 * Where relative sources are resolved: a host that cannot exist (`.invalid` is reserved), its
 * root standing for the KB root. The URL parser then does what the page would do with a relative
 * address (`..` cannot climb above the root; `\` is `/`; `//host/…` is another host), and whatever
 * lands on this origin is a KB file.
 */
const KB_ORIGIN = 'https://kb.support-kb.invalid';

export function previewImages(html: string, options: PreviewImageOptions): RewrittenImages {
  if (!MAY_HAVE_SOURCES.test(html)) return { html, blocked: 0, hosts: [] };
  const folder = options.documentFolder.split('/').filter(Boolean).map((segment) => `${encodeURIComponent(segment)}/`).join('');
  const base = `${KB_ORIGIN}/${folder}`;
  const edits: Edit[] = [];
  const hosts = new Set<string>();
  let blocked = 0;
  const ignore = () => {};
  const handler: TokenHandler = {
    onStartTag: (tag) => {
      if (rewriteTag(tag, base, options, edits, hosts)) blocked++;
    },
    onEndTag: ignore,
    onComment: ignore,
    onDoctype: ignore,
    onEof: ignore,
    onCharacter: ignore,
    onNullCharacter: ignore,
    onWhitespaceCharacter: ignore,
  };
  new Tokenizer({ sourceCodeLocationInfo: true }, handler).write(html, true);
  return { html: applyEdits(html, edits), blocked, hosts: [...hosts].slice(0, MAX_HOSTS) };
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Queues the edits for one start tag's source attributes; true when a remote source was taken out. */
function rewriteTag(tag: Token.TagToken, base: string, options: PreviewImageOptions, edits: Edit[], hosts: Set<string>): boolean {
  const locations = tag.location?.attrs;
  let firstHost: string | undefined;
  const resolve = (value: string): string | undefined => {
    const source = classify(value, base, options);
    if (source.blockedHost !== undefined) {
      firstHost ??= source.blockedHost;
      hosts.add(source.blockedHost);
    }
    return source.url;
  };
  for (const attr of tag.attrs) {
    if (!SOURCE_ATTRIBUTES.has(attr.name) || attr.value.trim() === '') continue;
    const at = locations?.[attr.name];
    // The tokenizer reports where every attribute it keeps is; without a position nothing can be edited.
    if (!at) continue;
    let value: string | undefined;
    if (attr.name === 'srcset') {
      const kept: string[] = [];
      for (const candidate of parseSrcset(attr.value)) {
        const url = resolve(candidate.url);
        if (url !== undefined) kept.push(candidate.descriptors ? `${url} ${candidate.descriptors}` : url);
      }
      value = kept.length ? kept.join(', ') : undefined;
    } else {
      value = resolve(attr.value);
    }
    if (value === attr.value) continue;
    // Emptied, not removed: a second `src` in the same tag (ignored while the first is there) must stay ignored.
    edits.push({ start: at.startOffset, end: at.endOffset, text: `${attr.name}="${escapeAttribute(value ?? '')}"` });
  }
  if (firstHost === undefined) return false;
  // Marks the element for the page (a frame where the image would be, a tooltip saying why).
  if (tag.location && !tag.attrs.some((a) => a.name === 'data-kb-blocked')) {
    const nameEnd = tag.location.startOffset + 1 + tag.tagName.length;
    edits.push({ start: nameEnd, end: nameEnd, text: ` data-kb-blocked="${escapeAttribute(firstHost)}"` });
  }
  return true;
}

/** What a source becomes (`url`, undefined: left out), and the host when it was a remote one taken out. */
interface Source {
  readonly url?: string;
  readonly blockedHost?: string;
}

function classify(value: string, base: string, options: PreviewImageOptions): Source {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    // The page could not load it either.
    return {};
  }
  if (url.protocol === 'data:') return { url: value };
  if (url.origin === KB_ORIGIN) {
    const segments = kbSegments(url.pathname);
    return { url: segments && options.localAddress(segments) };
  }
  if (options.policy === 'allow' && url.protocol === 'https:') return { url: url.href };
  return { blockedHost: url.host || url.protocol };
}

/** The KB path of a resolved pathname, or undefined when a decoded segment could leave the folder (`%2F..`). */
function kbSegments(pathname: string): string[] | undefined {
  const segments: string[] = [];
  for (const raw of pathname.split('/').slice(1)) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    if (segment === '' || segment === '.' || segment === '..' || /[/\\\0]/.test(segment)) return undefined;
    segments.push(segment);
  }
  return segments.length ? segments : undefined;
}

export interface SrcsetCandidate {
  readonly url: string;
  /** `2x`, `640w`, or '' */
  readonly descriptors: string;
}

/** The candidates of a `srcset`, split as the HTML standard's parsing algorithm splits them. */
export function parseSrcset(value: string): SrcsetCandidate[] {
  const out: SrcsetCandidate[] = [];
  const space = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\f' || c === '\r';
  let at = 0;
  while (at < value.length) {
    while (at < value.length && (space(value[at]) || value[at] === ',')) at++;
    if (at >= value.length) break;
    const start = at;
    while (at < value.length && !space(value[at])) at++;
    let url = value.slice(start, at);
    let descriptors = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      // Descriptors run to the next comma outside parentheses.
      const from = at;
      let depth = 0;
      while (at < value.length && (value[at] !== ',' || depth > 0)) {
        if (value[at] === '(') depth++;
        else if (value[at] === ')' && depth > 0) depth--;
        at++;
      }
      descriptors = value.slice(from, at).trim().replace(/\s+/g, ' ');
      at++;
    }
    if (url) out.push({ url, descriptors });
  }
  return out;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

function applyEdits(html: string, edits: Edit[]): string {
  if (edits.length === 0) return html;
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += html.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + html.slice(at);
}
