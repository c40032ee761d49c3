/**
 * The messages between the preview's host (render-client.ts) and its render worker
 * (render-worker.ts). Types only. Every message is plain data: it crosses the thread boundary by
 * structured clone, which keeps objects, arrays, strings, numbers, booleans and undefined-valued
 * keys as they are (a ChannelRender is nothing else), and drops prototypes and functions.
 */
import type { PreviewRenderRequest, PreviewRenderResult } from './preview-render';

/** Host → worker. `id` is the client's, increasing; the worker answers each render once. */
export type ToRenderWorker = { readonly type: 'render'; readonly id: number; readonly request: PreviewRenderRequest };

/** Worker → host. */
export type FromRenderWorker =
  /** Sent once, when the worker's code is loaded: the client holds requests until then, so loading never counts against a render's time. */
  | { readonly type: 'ready' }
  | { readonly type: 'rendered'; readonly id: number; readonly result: PreviewRenderResult }
  /** The render threw (a bug in core: it promises not to throw on input). */
  | { readonly type: 'failed'; readonly id: number; readonly message: string; readonly stack?: string };
