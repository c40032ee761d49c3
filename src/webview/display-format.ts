/**
 * Turns the WhatsApp and Slack payloads into HTML for their mocks, the way
 * those apps display them. Every piece of text is escaped before any tag is
 * added, so nothing in a payload can become markup of its own.
 */

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** `*bold*`, `_italic_`, `~strike~`, `` `code` `` and ```` ```block``` ```` inside already-escaped text. */
function emphasis(escaped: string): string {
  return escaped
    .replace(/```([\s\S]+?)```/g, '<pre>$1</pre>')
    .replace(/`([^`\n]+)`/g, '<code>$1</code>')
    .replace(/(^|[\s(])\*(\S(?:[^*\n]*\S)?)\*(?=$|[\s).,!?:;])/g, '$1<b>$2</b>')
    .replace(/(^|[\s(])_(\S(?:[^_\n]*\S)?)_(?=$|[\s).,!?:;])/g, '$1<i>$2</i>')
    .replace(/(^|[\s(])~(\S(?:[^~\n]*\S)?)~(?=$|[\s).,!?:;])/g, '$1<s>$2</s>');
}

/** Quote lines (`> `) as blockquotes; line breaks kept. */
function lines(html: string, quotePrefix: string): string {
  return html
    .split('\n')
    .map((line) => (line.startsWith(quotePrefix) ? `<blockquote>${line.slice(quotePrefix.length)}</blockquote>` : `${line}<br>`))
    .join('');
}

function autolink(escaped: string): string {
  return escaped.replace(/\bhttps?:\/\/[^\s<]+[^\s<.,!?:;)]/g, (url) => `<a href="${url}">${url}</a>`);
}

export function whatsappToHtml(payload: string): string {
  return lines(autolink(emphasis(escapeHtml(payload))), '&#62; ');
}

/** Slack escapes `& < >` in its payload and writes links as `<url|text>`. */
export function slackToHtml(payload: string): string {
  let out = '';
  let at = 0;
  const link = /<([^<>|\s]+)(?:\|([^<>]*))?>/g;
  for (let m = link.exec(payload); m; m = link.exec(payload)) {
    out += emphasis(escapeHtml(unescapeSlack(payload.slice(at, m.index))));
    const url = unescapeSlack(m[1]);
    const text = unescapeSlack(m[2] ?? m[1]);
    out += /^(?:https?:|mailto:)/i.test(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>` : escapeHtml(text);
    at = m.index + m[0].length;
  }
  out += emphasis(escapeHtml(unescapeSlack(payload.slice(at))));
  return lines(out, '&#62; ');
}

function unescapeSlack(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
