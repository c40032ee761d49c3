/**
 * The HTML tree is sanitised with hast-util-sanitize on every render, before
 * any channel sees it: nothing executable reaches any output. The
 * schema is GitHub's (hast-util-sanitize's default) plus `u`, `tel:` links and
 * our placeholder spans; elements whose content is code or markup rather than
 * text are dropped with their content. What was removed is reported, so the
 * author knows the part will not be sent.
 */
import type { Element, Nodes, Root } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import type { RenderSource } from './source';
import type { RenderWarning } from './types';

/** Dropped with everything inside them. */
const STRIP = [
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'noscript', 'noembed', 'noframes', 'template', 'textarea',
  'select', 'option', 'title', 'xmp', 'plaintext', 'svg', 'math', 'head', 'meta', 'link', 'base',
];

export const SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'u'],
  attributes: { ...defaultSchema.attributes, span: ['dataKbVariable', 'dataKbMissing'] },
  protocols: { ...defaultSchema.protocols, href: [...(defaultSchema.protocols?.href ?? []), 'tel'] },
  strip: STRIP,
};

/** A safe copy of `tree`, and warnings for the executable parts it left out. */
export function sanitizeTree(tree: Nodes, source: RenderSource): { tree: Root; warnings: RenderWarning[] } {
  const warnings: RenderWarning[] = [];
  const visit = (node: Nodes, reported: boolean) => {
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      const found = unsafeParts(node);
      if (found.length && !reported) {
        warnings.push({
          code: 'channel/unsafe-html',
          severity: 'warning',
          message: `Removed ${found.join(', ')}: scripts, event handlers and script links are never sent.`,
          range: source.range(source.src(node)),
        });
      }
      // Inside a dropped element one report is enough.
      reported ||= STRIP.includes(node.tagName);
    }
    for (const child of node.children) visit(child, reported);
  };
  visit(tree, false);
  const clean = sanitize(tree, SCHEMA);
  return { tree: clean.type === 'root' ? clean : { type: 'root', children: clean.type === 'doctype' ? [] : [clean] }, warnings };
}

function unsafeParts(el: Element): string[] {
  const found: string[] = [];
  if (STRIP.includes(el.tagName)) found.push(`<${el.tagName}>`);
  for (const [key, value] of Object.entries(el.properties)) {
    if (/^on/i.test(key)) found.push(`the ${key.toLowerCase()} attribute`);
    else if ((key === 'href' || key === 'src') && typeof value === 'string' && !safeUrl(value, key)) found.push(`a ${scheme(value)} ${key === 'href' ? 'link' : 'source'}`);
  }
  return found;
}

const PROTOCOLS: Readonly<Record<'href' | 'src', readonly string[]>> = {
  href: SCHEMA.protocols!.href!,
  src: SCHEMA.protocols!.src!,
};

/** The sanitiser's own rule: a scheme before any `/ ? #` must be one it allows. */
function safeUrl(url: string, key: 'href' | 'src'): boolean {
  const colon = url.indexOf(':');
  if (colon < 0) return true;
  for (const stop of ['/', '?', '#']) {
    const at = url.indexOf(stop);
    if (at > -1 && colon > at) return true;
  }
  return PROTOCOLS[key].includes(url.slice(0, colon));
}

function scheme(url: string): string {
  return `${url.slice(0, url.indexOf(':')).trim().toLowerCase() || 'unknown'}:`;
}

/** Whether a sanitised link leads somewhere from a message: an absolute URL with an allowed scheme. */
export function isAbsoluteUrl(url: string): boolean {
  return /^(https?:\/\/|mailto:|tel:)/i.test(url);
}

/**
 * Lower-cases a URL's scheme (`HTTPS://` → `https://`), so the sanitiser,
 * which compares schemes exactly, keeps good links; `JaVaScRiPt:` becomes
 * `javascript:` and is still removed.
 */
export function normalizeScheme(url: string): string {
  const m = /^\s*([a-z][a-z0-9+.-]*):/i.exec(url);
  return m ? m[1].toLowerCase() + url.slice(m[0].length - 1) : url;
}
