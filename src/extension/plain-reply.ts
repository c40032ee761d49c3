/**
 * The reply as plain text, for Find Reply Template's "Copy": the email renderer's text part,
 * variables filled with their samples. Bundled on its own (dist/plain-reply.js, with the Markdown
 * and HTML libraries the renderers need) and loaded at the first copy: kept in dist/kb-features.js
 * those libraries made its `require` about a quarter slower in every KB window (esbuild.js).
 */
import type { KbDocument } from '../core/kb/document';
import { renderChannel } from '../core/render';

export function plainReply(doc: KbDocument): string {
  return renderChannel(doc, 'email').text ?? doc.text.slice(doc.bodyOffset).trim();
}
