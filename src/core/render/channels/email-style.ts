/**
 * The email's HTML part: the sanitised tree in a wrapper `div`, with inline styles of properties
 * Gmail, Outlook and Apple Mail keep (developers.google.com/gmail/design/css): no `<style>`, no
 * classes. hast-util-to-html writes it.
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

/** The styled copy in its wrapper. */
function styledWrapper(tree: Root): Element {
  const children = tree.children.flatMap((child) => styled(child, false)) as ElementContent[];
  return { type: 'element', tagName: 'div', properties: { style: WRAPPER }, children };
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

/** The HTML part of the email for a sanitised tree. */
export function emailHtml(tree: Root): string {
  return toHtml(styledWrapper(tree));
}
