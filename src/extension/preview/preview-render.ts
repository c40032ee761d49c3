/**
 * One render of the channel preview, as the render worker runs it: parse the document from the
 * text the host's registry parsed (with the same settings), render the channels shown, and
 * prepare the HTML mocks' images (remote sources out, KB sources to webview addresses). Plain
 * data in, plain data out: both cross a worker boundary by structured clone. No `vscode` here.
 */
import { parseDocument, type ParseDocumentInput } from '../../core/kb/parse-document';
import type { Channel } from '../../core/kb/vocabulary';
import { renderAll, type ChannelRender, type MarkdownPartCache } from '../../core/render';
import { previewImages, type RemoteImagePolicy } from '../../core/render/preview-images';
import type { MockHtml } from '../../webview/protocol';
import { kbImageAddress } from './kb-image-address';

export interface PreviewRenderRequest {
  /** What the KB parsed the document from (`path`, `relativePath`, `text`, the KB's locale and whether it needs front matter). */
  readonly document: ParseDocumentInput;
  /** The placeholders' values: undefined for the samples, `{}` for defaults only, or a data file's values. */
  readonly data?: Readonly<Record<string, unknown>>;
  /** The tabs, in order. */
  readonly channels: readonly Channel[];
  readonly images: {
    readonly policy: RemoteImagePolicy;
    /** The document's folder relative to the KB root (`faq/ru`; `''` at the root). */
    readonly documentFolder: string;
    /** The page's address of `<KB root>/ADDRESS_MARKER` (kb-image-address.ts). */
    readonly addressTemplate: string;
  };
}

export interface PreviewRenderResult {
  /** One per requested channel, in the request's order. */
  readonly renders: readonly ChannelRender[];
  /** The HTML the email, chat and Telegram mocks show. */
  readonly mocks: readonly MockHtml[];
}

export function renderPreview(request: PreviewRenderRequest, partCache: MarkdownPartCache): PreviewRenderResult {
  const doc = parseDocument(request.document);
  const all = renderAll(doc, { data: request.data, channels: request.channels, partCache });
  const renders = request.channels.flatMap((c) => all[c] ?? []);
  const { policy, documentFolder, addressTemplate } = request.images;
  const options = { policy, documentFolder, localAddress: (segments: readonly string[]) => kbImageAddress(addressTemplate, segments) };
  const mocks = renders.filter((r) => r.format === 'html' || r.format === 'telegram-html').map((r) => ({ channel: r.channel, ...previewImages(r.output, options) }));
  return { renders, mocks };
}
