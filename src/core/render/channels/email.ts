/**
 * Email: the HTML part (the sanitised tree with inline styles, serialised by
 * hast-util-to-html), the plain-text alternative and the subject. Styles are
 * inline attributes of properties Gmail, Outlook and Apple Mail keep
 * (developers.google.com/gmail/design/css): no `<style>`, no classes.
 */
import type { Element, ElementContent, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { PreparedDocument } from '../prepare';
import { imageAsText, linkAsText, Serializer, type Dialect } from '../serialize';
import type { ChannelRender, RenderWarning } from '../types';
import { missingMarker, resolveTemplate } from '../variables';
import { finish, overLimit } from './common';

/** Gmail clips the HTML part above about 102 KB (DOMAIN.md §2). */
export const EMAIL_HTML_LIMIT = 102 * 1024;

const FONT = 'Arial,Helvetica,sans-serif';
const MONO = 'Consolas,Menlo,Monaco,monospace';
const BORDER = '#d0d7de';
const WRAPPER = `font-family:${FONT};font-size:14px;line-height:1.5;color:#1f2328`;
const HEADING_SIZES = ['22px', '18px', '16px', '14px', '14px', '14px'];

const STYLES: Readonly<Record<string, string>> = {
  p: 'margin:0 0 12px',
  ul: 'margin:0 0 12px;padding-left:24px',
  ol: 'margin:0 0 12px;padding-left:24px',
  li: 'margin:0 0 4px',
  a: 'color:#0b57d0;text-decoration:underline',
  blockquote: `margin:0 0 12px;padding:0 0 0 12px;border-left:3px solid ${BORDER};color:#57606a`,
  code: `font-family:${MONO};font-size:13px;background-color:#f6f8fa;padding:1px 4px`,
  pre: `font-family:${MONO};font-size:13px;background-color:#f6f8fa;padding:8px 12px;margin:0 0 12px;white-space:pre-wrap`,
  table: 'border-collapse:collapse;margin:0 0 12px',
  th: `border:1px solid ${BORDER};padding:4px 8px;text-align:left;font-weight:bold`,
  td: `border:1px solid ${BORDER};padding:4px 8px;text-align:left`,
  img: 'max-width:100%;height:auto;border:0',
  hr: `border:0;border-top:1px solid ${BORDER};margin:16px 0`,
  ...Object.fromEntries(HEADING_SIZES.map((size, i) => [`h${i + 1}`, `margin:16px 0 8px;font-size:${size};font-weight:bold;line-height:1.3`])),
};
const MISSING_STYLE = 'background-color:#fff3b0;color:#7a4d00';

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

/**
 * toHtml of the wrapper, made with one join: toHtml joins every element's children into a string,
 * so a 100 KB body was copied whole twice more (at the wrapper and at the root), each copy ~1 ms in
 * V8's large-object space (see Writer.chunks). Serialising the children one by one gives the same
 * HTML: hast-util-to-html's output for a node depends on its ancestors only inside `script`, `style`
 * or SVG, and the wrapper is a plain div.
 */
export function wrapperHtml(wrapper: Element): string {
  const CLOSE = '</div>';
  const open = toHtml({ ...wrapper, children: [] }).slice(0, -CLOSE.length);
  return [open, ...wrapper.children.map((child) => toHtml(child)), CLOSE].join('');
}

export function renderEmail(p: PreparedDocument): ChannelRender {
  const body = p.hast.children.map((child) => styled(child, false)).flat();
  const wrapper: Element = { type: 'element', tagName: 'div', properties: { style: WRAPPER }, children: body as ElementContent[] };
  const output = wrapperHtml(wrapper);
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

/** A styled copy (the prepared tree is shared by all channels); resolved placeholders lose their span. */
function styled(node: RootContent, inPre: boolean): RootContent[] {
  if (node.type !== 'element') return [node];
  const props = node.properties;
  if (node.tagName === 'span' && typeof props.dataKbVariable === 'string') {
    if (props.dataKbMissing === undefined || props.dataKbMissing === false) return node.children.flatMap((c) => styled(c, inPre));
    return [{ type: 'element', tagName: 'span', properties: { dataKbMissing: props.dataKbVariable, style: MISSING_STYLE }, children: node.children }];
  }
  const inside = inPre || node.tagName === 'pre';
  let style = node.tagName === 'code' && inPre ? undefined : STYLES[node.tagName];
  if ((node.tagName === 'td' || node.tagName === 'th') && typeof props.align === 'string') style = `${style};text-align:${props.align}`;
  return [
    {
      ...node,
      properties: style ? { ...props, style } : { ...props },
      children: node.children.flatMap((c) => styled(c, inside)) as ElementContent[],
    },
  ];
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
