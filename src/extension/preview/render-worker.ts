/**
 * The channel preview's render worker (bundled to dist/render-worker.js, started by
 * render-client.ts): renders off the extension host's main thread, so a document that takes
 * seconds to render (the caps in core/render/parse-limits.ts still allow a few seconds for a
 * hostile 256 KB body) freezes no extension, and the host can stop it by ending the thread. One
 * request at a time; the part cache lives here, for the documents this worker has rendered.
 * No `vscode` import: a worker thread has no extension API.
 */
import { parentPort, type MessagePort } from 'node:worker_threads';
import { MarkdownPartCache } from '../../core/render/part-cache';
import { renderPreview } from './preview-render';
import type { FromRenderWorker, ToRenderWorker } from './render-protocol';

if (!parentPort) throw new Error('render-worker.js runs as a worker thread; the channel preview starts it.');
serve(parentPort);

function serve(port: MessagePort): void {
  const partCache = new MarkdownPartCache();
  const send = (message: FromRenderWorker) => port.postMessage(message);
  port.on('message', (message: ToRenderWorker) => {
    const { id, request } = message;
    try {
      send({ type: 'rendered', id, result: renderPreview(request, partCache) });
    } catch (error) {
      // A throw in the render, or a result that cannot be cloned: either way the host hears about this request.
      const { message: text, stack } = error instanceof Error ? error : { message: String(error), stack: undefined };
      send({ type: 'failed', id, message: text, stack });
    }
  });
  send({ type: 'ready' });
}
