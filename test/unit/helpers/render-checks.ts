/**
 * Independent checks of rendered payloads, written from the channels'
 * documentation rather than from the renderers. Each returns a problem
 * description, or undefined when the payload is fine.
 */

const TELEGRAM_TAGS = new Set(['b', 'i', 'u', 's', 'code', 'pre', 'blockquote', 'a']);
const FORMATTING = ['b', 'i', 'u', 's'];
const ABSOLUTE = /^(https?:\/\/|mailto:|tel:)/;

/**
 * Telegram HTML parse mode (core.telegram.org/bots/api#html-style): only the
 * allowed tags, `a` with an href, properly nested; `<`, `>` and `&` outside
 * tags only as entities; nothing inside code/pre, no code/pre inside
 * formatting or links, no nested blockquote or link.
 */
export function checkTelegram(html: string): string | undefined {
  const stack: string[] = [];
  for (let i = 0; i < html.length; ) {
    const c = html[i];
    if (c === '<') {
      const m = /^<(\/?)([a-z-]+)((?: href="[^"<>]*")?)>/.exec(html.slice(i, i + 2100));
      if (!m) return `a "<" that starts no tag at ${i}: ${JSON.stringify(html.slice(i, i + 20))}`;
      const [all, slash, name, attr] = m;
      if (!TELEGRAM_TAGS.has(name)) return `tag <${name}> is not allowed`;
      if (slash) {
        if (attr) return `closing tag with attributes: ${all}`;
        if (stack.pop() !== name) return `</${name}> closes nothing open`;
      } else {
        if (name === 'a' && !attr) return '<a> without href';
        if (name !== 'a' && attr) return `<${name}> with attributes`;
        if (name === 'a' && !ABSOLUTE.test(attr.slice(7, -1).replace(/&amp;/g, '&'))) return `link to ${attr}`;
        if (stack.some((t) => t === 'code' || t === 'pre')) return `<${name}> inside code or pre`;
        if ((name === 'code' || name === 'pre') && stack.some((t) => FORMATTING.includes(t) || t === 'a')) return `<${name}> inside formatting or a link`;
        if ((name === 'blockquote' || name === 'a') && stack.includes(name)) return `nested <${name}>`;
        stack.push(name);
      }
      i += all.length;
    } else if (c === '&') {
      const m = /^&(lt|gt|amp|quot);/.exec(html.slice(i, i + 6));
      if (!m) return `unescaped & at ${i}: ${JSON.stringify(html.slice(i, i + 10))}`;
      i += m[0].length;
    } else if (c === '>') {
      return `unescaped > at ${i}`;
    } else i++;
  }
  return stack.length ? `unclosed ${stack.join(', ')}` : undefined;
}

/** The chat widget subset: b/strong, i/em, u, s/del, a[href], ol/ul/li; balanced; li only in lists; text escaped. */
export function checkChat(html: string): string | undefined {
  const allowed = new Set(['b', 'strong', 'i', 'em', 'u', 's', 'del', 'a', 'ol', 'ul', 'li']);
  const stack: string[] = [];
  for (let i = 0; i < html.length; ) {
    const c = html[i];
    if (c === '<') {
      const m = /^<(\/?)([a-z][a-z0-9]*)((?: (?:href|start)="[^"<>]*")?)>/.exec(html.slice(i, i + 2100));
      if (!m) return `a "<" that starts no tag at ${i}`;
      const [all, slash, name, attr] = m;
      if (!allowed.has(name)) return `tag <${name}> is not allowed`;
      if (slash) {
        if (stack.pop() !== name) return `</${name}> closes nothing open`;
      } else {
        if (name === 'a' && !ABSOLUTE.test(attr.slice(7, -1).replace(/&amp;/g, '&'))) return `link ${attr}`;
        if (attr && name !== 'a' && !(name === 'ol' && /^ start="\d+"$/.test(attr))) return `<${name}${attr}>`;
        if (name === 'li' && !['ul', 'ol'].includes(stack[stack.length - 1])) return '<li> outside a list';
        stack.push(name);
      }
      i += all.length;
    } else if (c === '&') {
      const m = /^&(lt|gt|amp|quot);/.exec(html.slice(i, i + 6));
      if (!m) return `unescaped & at ${i}`;
      i += m[0].length;
    } else if (c === '>') return `unescaped > at ${i}`;
    else i++;
  }
  return stack.length ? `unclosed ${stack.join(', ')}` : undefined;
}

/**
 * Slack mrkdwn (api.slack.com/reference/surfaces/formatting): `<` only opens
 * a link `<url>` or `<url|text>` to an absolute address; `&`, `<`, `>` in
 * text (link text included) only as `&amp;` `&lt;` `&gt;`; a `>` that starts
 * a line (one, then a space or the line end) quotes it.
 */
export function checkSlack(mrkdwn: string): string | undefined {
  const text = mrkdwn.replace(/^>(?= |$)/gm, '');
  const entities = (s: string, at: number): string | undefined => {
    for (let i = s.indexOf('&'); i !== -1; i = s.indexOf('&', i + 1)) {
      if (!/^&(amp|lt|gt);/.test(s.slice(i, i + 5))) return `unescaped & at ${at + i}: ${JSON.stringify(s.slice(i, i + 8))}`;
    }
    if (s.includes('>')) return `unescaped > near ${at}`;
    return undefined;
  };
  let at = 0;
  for (const m of text.matchAll(/<([^<>|]*)(?:\|([^<>]*))?>/g)) {
    const problem = entities(text.slice(at, m.index), at);
    if (problem) return problem;
    if (text.slice(at, m.index).includes('<')) return `unescaped < near ${at}`;
    if (!ABSOLUTE.test(m[1].replace(/&amp;/g, '&'))) return `link to ${m[1]}`;
    if (/\s/.test(m[1])) return `whitespace in link ${m[1]}`;
    if (m[2] !== undefined && entities(m[2], m.index!)) return entities(m[2], m.index!);
    at = m.index! + m[0].length;
  }
  const rest = text.slice(at);
  if (rest.includes('<')) return `unescaped < near ${at}`;
  return entities(rest, at);
}

const EMAIL_TAGS = new Set([
  'a', 'b', 'blockquote', 'br', 'code', 'dd', 'del', 'details', 'div', 'dl', 'dt', 'em', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'input',
  'ins', 'kbd', 'li', 'ol', 'p', 'picture', 'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'section', 'source', 'span', 'strike', 'strong', 'sub',
  'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'tt', 'u', 'ul', 'var',
]);

/** Email HTML: known harmless tags only, no event handlers, URLs only http(s)/mailto/tel or relative; every `<` opens a tag. */
export function checkEmailHtml(html: string): string | undefined {
  if (/<!--/.test(html)) return 'a comment';
  const tag = /<(\/?)([a-zA-Z][\w-]*)((?:\s+[^\s=>"'/]+(?:="[^"]*")?)*)\s*\/?>/y;
  for (let i = html.indexOf('<'); i !== -1; i = html.indexOf('<', i + 1)) {
    tag.lastIndex = i;
    const m = tag.exec(html);
    if (!m) return `a "<" that opens no tag: ${JSON.stringify(html.slice(i, i + 30))}`;
    const [all, , name, attrs] = m;
    if (!EMAIL_TAGS.has(name.toLowerCase())) return `tag <${name}>`;
    for (const a of attrs.matchAll(/\s([^\s="']+)(?:="([^"]*)")?/g)) {
      const [, attr, raw = ''] = a;
      if (/^on/i.test(attr)) return `event handler ${attr}`;
      if (attr === 'style' && /url\(|expression|javascript/i.test(raw)) return `style ${raw}`;
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data'].includes(attr.toLowerCase())) {
        const value = decodeEntities(raw).replace(/[\u0000-\u0020]/g, '');
        const colon = value.indexOf(':');
        const slash = value.search(/[/?#]/);
        if (colon !== -1 && (slash === -1 || colon < slash) && !/^(https?|mailto|tel):/i.test(value)) return `${attr}="${raw}"`;
      }
    }
    i += all.length - 1;
  }
  return undefined;
}

function decodeEntities(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);?/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);?/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&colon;/gi, ':')
    .replace(/&amp;/g, '&');
}
