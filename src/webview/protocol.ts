/**
 * The messages between the channel preview's host (src/extension/preview)
 * and its webview (src/webview), typed once for both sides. Types only: the
 * file is erased from both bundles.
 */
import type { Channel } from '../core/kb/vocabulary';
import type { ChannelRender } from '../core/render/types';
import type { Range } from '../core/types';

export type { Channel, ChannelRender, Range };

/** Where variable values come from. */
export type SampleSource = 'samples' | 'defaults';

export interface PreviewDocument {
  readonly uri: string;
  /** The file name, for the header. */
  readonly name: string;
  readonly title?: string;
}

export type ToWebview =
  | {
      readonly type: 'render';
      readonly document: PreviewDocument;
      /** One per channel shown, in tab order: the document's channels, else all. */
      readonly renders: readonly ChannelRender[];
      /** Whether the front matter declares sample values (the picker is shown only then). */
      readonly hasSamples: boolean;
      readonly sample: SampleSource;
      /** The tab to show; the webview keeps the user's choice when it is still there. */
      readonly channel?: Channel;
    }
  | { readonly type: 'empty'; readonly message: string };

export type FromWebview =
  | { readonly type: 'ready' }
  | { readonly type: 'selectChannel'; readonly channel: Channel }
  | { readonly type: 'selectSample'; readonly sample: SampleSource }
  | { readonly type: 'reveal'; readonly range: Range }
  | { readonly type: 'copy'; readonly channel: Channel };

/** What survives a window reload (webview state, handed to the panel serializer). */
export interface PreviewState {
  readonly uri?: string;
  readonly channel?: Channel;
  readonly sample?: SampleSource;
}
