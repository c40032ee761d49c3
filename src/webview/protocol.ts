/**
 * The messages between the channel preview's host (src/extension/preview)
 * and its webview (src/webview), typed once for both sides. Types only: the
 * file is erased from both bundles. The host checks what the page sends at
 * runtime too (protocol-check.ts): types vanish at the boundary.
 */
import type { Channel } from '../core/kb/vocabulary';
import type { RemoteImagePolicy, RewrittenImages } from '../core/render/preview-images';
import type { ChannelRender } from '../core/render/types';
import type { Range } from '../core/types';

export type { Channel, ChannelRender, Range, RemoteImagePolicy };

/** Where variable values come from: the front matter's samples, defaults only, or a data file. */
export type SampleSource = 'samples' | 'defaults' | 'file';

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
      /** Whether the front matter declares sample values (the picker offers them only then). */
      readonly hasSamples: boolean;
      /** Whether the document has placeholders or declared variables (the picker is shown only then). */
      readonly hasVariables: boolean;
      readonly sample: SampleSource;
      /** The data file chosen for this panel, offered in the picker (and used when `sample` is 'file'). */
      readonly dataFile?: { readonly uri: string; readonly name: string };
      /** The tab to show; the webview keeps the user's choice when it is still there. */
      readonly channel?: Channel;
      readonly images: PreviewImages;
    }
  | { readonly type: 'empty'; readonly message: string };

/** Remote images in the mocks: the policy in force and the HTML the HTML mocks show. */
export interface PreviewImages {
  readonly policy: RemoteImagePolicy;
  /** Restricted Mode: blocked whatever the setting says. */
  readonly restricted: boolean;
  /**
   * One per render whose mock shows HTML (email, chat, Telegram): the payload with remote image
   * sources taken out and KB images pointed at the files. `output` stays the exact payload, for
   * the payload view and Copy; the mock shows only this.
   */
  readonly mocks: readonly MockHtml[];
}

/** The HTML one channel's mock shows, with how many remote images it left out and their hosts. */
export interface MockHtml extends RewrittenImages {
  readonly channel: Channel;
}

/** Messages that act on the document carry its URI; the host ignores them when another document is shown. */
export type FromWebview =
  | { readonly type: 'ready' }
  | { readonly type: 'selectChannel'; readonly channel: Channel }
  | { readonly type: 'selectSample'; readonly sample: SampleSource }
  /** "Choose a data file…" in the picker: the host asks for the file. */
  | { readonly type: 'chooseDataFile' }
  | { readonly type: 'reveal'; readonly document: string; readonly range: Range }
  | { readonly type: 'copy'; readonly document: string; readonly channel: Channel }
  /** The remote-images note's button: the setting, or workspace trust in Restricted Mode. */
  | { readonly type: 'configureRemoteImages' };

/** What survives a window reload (webview state, handed to the panel serializer). */
export interface PreviewState {
  readonly uri?: string;
  readonly channel?: Channel;
  readonly sample?: SampleSource;
  /** The chosen data file's URI. */
  readonly dataFile?: string;
}
