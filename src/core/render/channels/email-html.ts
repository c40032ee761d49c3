/**
 * The email's HTML part: the sanitised tree in a wrapper `div`, with inline styles of properties
 * Gmail, Outlook and Apple Mail keep (developers.google.com/gmail/design/css): no `<style>`, no
 * classes.
 *
 * `styledWrapper` says what the HTML is: the styled copy of the tree, for hast-util-to-html.
 * `emailHtml` writes the same string straight from the tree, into one array joined once, for the
 * elements and properties the renderers make; any other node goes through the copy and
 * hast-util-to-html. Why: the copy and the library's serialiser (entity encoding through
 * stringify-entities and property-information lookups per attribute, a join per element) took
 * ~5 of the ~9 ms the email channel took on the bench's 100 KB article.
 * test/unit/render-email-html.test.ts holds the two to the same string.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';

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


/** The styled copy in its wrapper: hast-util-to-html of this is the HTML part. */
export function styledWrapper(tree: Root): Element {
  const children = tree.children.flatMap((child) => styled(child, false)) as ElementContent[];
  return { type: 'element', tagName: 'div', properties: { style: WRAPPER }, children };
}

/** A styled copy (the prepared tree is shared by all channels); resolved placeholders lose their span. */
export function styled(node: RootContent, inPre: boolean): RootContent[] {
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

/** toHtml(styledWrapper(tree)), written directly. */
export function emailHtml(tree: Root): string {
  const out: string[] = ['<div style="', escapeAttribute(WRAPPER), '">'];
  for (const child of tree.children) write(child, false, out);
  out.push('</div>');
  return out.join('');
}

/** hast-util-to-html's void elements: no closing tag when empty. */
const VOID = new Set(['area', 'base', 'basefont', 'bgsound', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'image', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Elements whose content hast-util-to-html writes by other rules (raw text, SVG and MathML names, template content). */
const OWN_RULES = new Set(['script', 'style', 'svg', 'math', 'template']);

function write(node: RootContent, inPre: boolean, out: string[]): void {
  if (node.type === 'text') {
    out.push(escapeText(node.value));
    return;
  }
  if (node.type !== 'element' || OWN_RULES.has(node.tagName) || (VOID.has(node.tagName) && node.children.length > 0)) return library(node, inPre, out);
  const props = node.properties;
  if (node.tagName === 'span' && typeof props.dataKbVariable === 'string') {
    if (props.dataKbMissing === undefined || props.dataKbMissing === false) {
      for (const child of node.children) write(child, inPre, out);
      return;
    }
    out.push('<span data-kb-missing="', escapeAttribute(props.dataKbVariable), '" style="', escapeAttribute(MISSING_STYLE), '">');
    for (const child of node.children) write(child, inPre, out);
    out.push('</span>');
    return;
  }
  const inside = inPre || node.tagName === 'pre';
  let style = node.tagName === 'code' && inPre ? undefined : STYLES[node.tagName];
  if ((node.tagName === 'td' || node.tagName === 'th') && typeof props.align === 'string') style = `${style};text-align:${props.align}`;
  const attributes = serializeAttributes(props, style);
  if (attributes === undefined) return library(node, inPre, out);
  out.push('<', node.tagName, attributes, '>');
  if (VOID.has(node.tagName)) return;
  for (const child of node.children) write(child, inside, out);
  out.push('</', node.tagName, '>');
}

/** A node this writer does not know: its styled copy through hast-util-to-html (the same HTML inside the wrapper `div`). */
function library(node: RootContent, inPre: boolean, out: string[]): void {
  for (const copy of styled(node, inPre)) out.push(toHtml(copy));
}

/** Attribute names of the properties the renderers make, and how their values are written. */
const ATTRIBUTES: Readonly<Record<string, { readonly name: string; readonly kind: 'string' | 'boolean' | 'tokens' }>> = {
  style: { name: 'style', kind: 'string' },
  href: { name: 'href', kind: 'string' },
  title: { name: 'title', kind: 'string' },
  src: { name: 'src', kind: 'string' },
  alt: { name: 'alt', kind: 'string' },
  align: { name: 'align', kind: 'string' },
  type: { name: 'type', kind: 'string' },
  start: { name: 'start', kind: 'string' },
  className: { name: 'class', kind: 'tokens' },
  checked: { name: 'checked', kind: 'boolean' },
  disabled: { name: 'disabled', kind: 'boolean' },
};

/**
 * ` name="value"…` for the element's properties with `style` set as `styled` sets it (in the place
 * of an existing one, else last), or undefined for a property this writer does not know.
 */
function serializeAttributes(props: Element['properties'], style: string | undefined): string | undefined {
  let result = '';
  let styleDone = style === undefined;
  for (const key in props) {
    let value: unknown = props[key];
    if (key === 'style' && style !== undefined) {
      value = style;
      styleDone = true;
    }
    if (value === null || value === undefined) continue;
    const info = ATTRIBUTES[key];
    if (!info) return undefined;
    const attribute = serializeAttribute(info, value);
    if (attribute === undefined) return undefined;
    if (attribute) result += ` ${attribute}`;
  }
  if (!styleDone) result += ` style="${escapeAttribute(style as string)}"`;
  return result;
}

function serializeAttribute(info: { readonly name: string; readonly kind: string }, value: unknown): string | undefined {
  if (info.kind === 'boolean') {
    if (typeof value === 'string' && value !== info.name && value !== '') return undefined;
    return value ? info.name : '';
  }
  if (value === false || (typeof value === 'number' && Number.isNaN(value))) return '';
  if (value === true) return info.name;
  let text: string;
  if (Array.isArray(value)) {
    if (info.kind !== 'tokens') return undefined;
    text = value.join(' ').trim();
  } else if (typeof value === 'string' || typeof value === 'number') text = String(value);
  else return undefined;
  return `${info.name}="${escapeAttribute(text)}"`;
}

/** hast-util-to-html's text: `<` and `&` as hexadecimal references. */
function escapeText(value: string): string {
  return /[<&]/.test(value) ? value.replace(/[<&]/g, (c) => (c === '<' ? '&#x3C;' : '&#x26;')) : value;
}

const ATTRIBUTE_REFERENCES: Readonly<Record<string, string>> = { '\0': '&#x0;', '"': '&#x22;', '&': '&#x26;', "'": '&#x27;', '`': '&#x60;' };

/** hast-util-to-html's double-quoted attribute value: NUL, `"`, `&`, `'` and a backtick as hexadecimal references. */
function escapeAttribute(value: string): string {
  return /[\0"&'`]/.test(value) ? value.replace(/[\0"&'`]/g, (c) => ATTRIBUTE_REFERENCES[c] as string) : value;
}
