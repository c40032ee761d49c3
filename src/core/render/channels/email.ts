/**
 * Email: the HTML part (the sanitised tree with inline styles, email-style.ts),
 * the plain-text alternative and the subject.
 */
import type { PreparedDocument } from '../prepare';
import { imageAsText, linkAsText, Serializer, type Dialect } from '../serialize';
import type { ChannelRender, RenderWarning } from '../types';
import { missingMarker, resolveTemplate } from '../variables';
import { finish, overLimit } from './common';
import { emailHtml } from './email-style';

/** Gmail clips the HTML part above about 102 KB (DOMAIN.md §2). */
export const EMAIL_HTML_LIMIT = 102 * 1024;

/** The plain-text part: no markup; links as "text: url", quotes with "> ". */
const TEXT_DIALECT: Dialect = {
  gap: 'blank-line',
  escape: (t) => t,
  mark: () => undefined,
  markers: false,
  inlineCode: () => undefined,
  link: (s, link, ctx) => linkAsText(s, link, ctx),
  image: imageAsText,
  heading: 'plain',
  lists: 'lines',
  bullet: '- ',
  quote: () => ({ prefix: '> ' }),
  codeBlock: () => undefined,
  rule: '---',
};

export function renderEmail(p: PreparedDocument): ChannelRender {
  const output = emailHtml(p.hast);
  const text = Serializer.render(TEXT_DIALECT, p.blocks).toString();
  const length = utf8Length(output);

  const warnings: RenderWarning[] = [...overLimit(p, 'Gmail clips email HTML above about', length, EMAIL_HTML_LIMIT, undefined, () => 0)];
  let subject: string | undefined;
  if (p.doc.meta.subject !== undefined) {
    const resolved = resolveTemplate(p.doc, p.doc.meta.subject, p.options);
    subject = resolved.text;
    warnings.push(...subjectWarnings(p, resolved.missing.map((m) => m.name)));
  }
  return finish(p, { channel: 'email', format: 'html', output, length, lengthUnit: 'bytes', limit: EMAIL_HTML_LIMIT, text, subject }, warnings);
}

/** Missing placeholders of the subject, pointed at in the front matter. */
function subjectWarnings(p: PreparedDocument, missing: readonly string[]): RenderWarning[] {
  const inFrontMatter = p.doc.placeholders.filter((u) => p.doc.lines.offsetAt(u.range.start) < p.source.bodyStart);
  const used = new Set<number>();
  return missing.map((name) => {
    const at = inFrontMatter.findIndex((u, i) => !used.has(i) && u.name === name);
    if (at !== -1) used.add(at);
    return {
      code: 'channel/missing-variable',
      severity: 'warning',
      message: `No value for "${name}" in the subject: it shows ${missingMarker(name)}. Add a sample under "variables" or a default.`,
      range: at !== -1 ? inFrontMatter[at].range : undefined,
    };
  });
}

/** UTF-8 bytes of a string (without Node's Buffer: core also runs in the browser). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
