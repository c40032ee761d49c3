/**
 * Raw HTML in a document is sanitised once, with hast-util-sanitize, before
 * any channel sees the tree: nothing executable reaches any output. The
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
  if (tree.type === 'root' && keptAsIs(tree)) return { tree, warnings: [] };
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

/**
 * Property checks per element for what mdast-util-to-hast makes of Markdown without raw HTML, each
 * allowed by SCHEMA as it is: a tree of only these is one the sanitiser would hand back unchanged,
 * as a copy. Checking is a walk without allocation; sanitising copied every node and took ~4 ms
 * of the ~60 a cold render of the bench's 100 KB article takes. Anything else (footnotes, ids,
 * raw HTML, an unknown property, a doubtful URL) goes through the sanitiser.
 * test/unit/render-sanitize-skip.test.ts checks the claim against hast-util-sanitize.
 */
const isString = (v: unknown): boolean => typeof v === 'string';
const classes =
  (test: (c: string) => boolean) =>
  (v: unknown): boolean =>
    Array.isArray(v) && v.every((c) => typeof c === 'string' && test(c));
const AS_IS: Readonly<Record<string, Readonly<Record<string, (value: unknown) => boolean>>>> = (() => {
  const none = {};
  const list = { className: classes((c) => c === 'contains-task-list') };
  const cell = { align: (v: unknown) => v === 'left' || v === 'right' || v === 'center' };
  const table: Record<string, Readonly<Record<string, (value: unknown) => boolean>>> = {
    a: { href: (v) => isString(v) && safeUrl(v as string, 'href'), title: isString },
    img: { src: (v) => isString(v) && safeUrl(v as string, 'src'), alt: isString, title: isString },
    code: { className: classes((c) => /^language-./.test(c)) },
    ol: { ...list, start: (v) => typeof v === 'number' },
    ul: list,
    li: { className: classes((c) => c === 'task-list-item') },
    input: { type: (v) => v === 'checkbox', checked: (v) => typeof v === 'boolean', disabled: (v) => v === true },
    td: cell,
    th: cell,
    span: { dataKbVariable: isString, dataKbMissing: (v) => v === true },
  };
  for (const tag of ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'strong', 'em', 'del', 'br', 'hr', 'pre', 'table', 'thead', 'tbody', 'tr']) table[tag] = none;
  for (const tag of Object.keys(table)) if (!SCHEMA.tagNames?.includes(tag)) throw new Error(`sanitize: ${tag} is not in the schema`);
  return table;
})();

function keptAsIs(node: Nodes): boolean {
  if (node.type === 'text') return true;
  if (node.type === 'element') {
    const allowed = AS_IS[node.tagName];
    if (!allowed) return false;
    for (const key in node.properties) {
      const check = allowed[key];
      if (!check || !check(node.properties[key])) return false;
    }
  } else if (node.type !== 'root') return false;
  for (const child of node.children) if (!keptAsIs(child)) return false;
  return true;
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
