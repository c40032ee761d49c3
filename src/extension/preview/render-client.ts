/**
 * The host's side of the preview's render worker (render-worker.ts): one worker thread per
 * preview panel, one render at a time, started on the first request. No `vscode` import, so the
 * unit tests drive it against the built worker.
 *
 * - A newer request supersedes the older ones: a waiting request is answered `superseded` at
 *   once, and so is the running one, whose result is dropped when it comes (the worker cannot be
 *   interrupted, and most renders end in a few tens of ms, keeping the part cache warm).
 * - A render that runs past `timeoutMs` is stopped by ending the thread (the only way to stop
 *   synchronous work in it): it is answered `too-slow`, and a fresh worker starts at once; the
 *   part cache goes with the old one.
 * - A worker that dies (an exception outside a render, the heap limit, a missing file) answers
 *   its render `crashed` and is started again, once: a second death with no render done between
 *   stops the client, and every later request is answered `crashed` (close and reopen the
 *   preview for a new client).
 */
import { Worker } from 'node:worker_threads';
import type { PreviewRenderRequest, PreviewRenderResult } from './preview-render';
import type { FromRenderWorker, ToRenderWorker } from './render-protocol';

export interface RenderClientOptions {
  /** The worker's script (dist/render-worker.js of the installed extension). */
  readonly workerPath: string;
  /** A render running longer than this (from the moment the loaded worker gets it) is stopped. */
  readonly timeoutMs: number;
  /** The worker's heap limit (V8 old space): past it the worker dies, not the extension host. */
  readonly maxHeapMb?: number;
}

export type RenderOutcome =
  | { readonly kind: 'rendered'; readonly result: PreviewRenderResult }
  /** A newer request came: nothing to show for this one. */
  | { readonly kind: 'superseded' }
  /** Stopped after `timeoutMs`. */
  | { readonly kind: 'too-slow'; readonly timeoutMs: number }
  /** The render threw. */
  | { readonly kind: 'failed'; readonly message: string; readonly stack?: string }
  /** The worker died; `restarting`: a new one is starting (false once the client has given up). */
  | { readonly kind: 'crashed'; readonly message: string; readonly restarting: boolean }
  | { readonly kind: 'disposed' };

interface Job {
  readonly id: number;
  readonly request: PreviewRenderRequest;
  /** Answers the caller; later calls do nothing (a superseded job is answered before its result comes). */
  readonly answer: (outcome: RenderOutcome) => void;
}

/** Two deaths in a row without a render done between: the worker will not come up, or every render kills it. */
const MAX_CRASHES_IN_A_ROW = 2;

export class RenderClient {
  private worker: Worker | undefined;
  /** Whether `worker` has said its code is loaded. */
  private ready = false;
  private running: { readonly job: Job; readonly timer: NodeJS.Timeout } | undefined;
  private waiting: Job | undefined;
  private nextId = 1;
  private crashesInARow = 0;
  /** Set when the client has given up on the worker: the last death's message. */
  private broken: string | undefined;
  private disposed = false;

  constructor(private readonly options: RenderClientOptions) {}

  /** Renders `request` in the worker; resolves with what became of it (never rejects). */
  render(request: PreviewRenderRequest): Promise<RenderOutcome> {
    return new Promise((resolve) => {
      let answered = false;
      const answer = (outcome: RenderOutcome) => {
        if (answered) return;
        answered = true;
        resolve(outcome);
      };
      if (this.disposed) return answer({ kind: 'disposed' });
      if (this.broken !== undefined) return answer({ kind: 'crashed', message: this.broken, restarting: false });
      this.waiting?.answer({ kind: 'superseded' });
      this.running?.job.answer({ kind: 'superseded' });
      this.waiting = { id: this.nextId++, request, answer };
      this.pump();
    });
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.finishRunning({ kind: 'disposed' });
    this.waiting?.answer({ kind: 'disposed' });
    this.waiting = undefined;
    this.stopWorker();
  }

  /** Hands the waiting job to the worker when it is loaded and idle, starting one when there is none. */
  private pump(): void {
    if (this.disposed || this.running || !this.waiting) return;
    if (!this.worker) this.startWorker();
    const worker = this.worker;
    if (!worker || !this.ready) return;
    const job = this.waiting;
    this.waiting = undefined;
    try {
      worker.postMessage({ type: 'render', id: job.id, request: job.request } satisfies ToRenderWorker);
    } catch (error) {
      // A value structured clone refuses (DataCloneError); the worker never saw the job.
      job.answer({ kind: 'failed', message: (error as Error).message, stack: (error as Error).stack });
      this.pump();
      return;
    }
    this.running = { job, timer: setTimeout(() => this.timeOut(job), this.options.timeoutMs) };
  }

  private startWorker(): void {
    let worker: Worker;
    this.ready = false;
    try {
      worker = new Worker(this.options.workerPath, {
        resourceLimits: this.options.maxHeapMb ? { maxOldGenerationSizeMb: this.options.maxHeapMb } : undefined,
      });
    } catch (error) {
      this.crashed(undefined, error);
      return;
    }
    this.worker = worker;
    // The worker never keeps a process alive by itself (a test runner, the extension host shutting down).
    worker.unref();
    worker.on('message', (message: FromRenderWorker) => this.received(worker, message));
    worker.on('error', (error) => this.crashed(worker, error));
    worker.on('exit', (code) => this.crashed(worker, new Error(`the render worker exited with code ${code}`)));
    worker.on('messageerror', (error) => this.crashed(worker, error));
  }

  private received(worker: Worker, message: FromRenderWorker): void {
    if (worker !== this.worker) return;
    if (message.type === 'ready') {
      this.ready = true;
      this.pump();
      return;
    }
    if (this.running?.job.id !== message.id) return;
    this.crashesInARow = 0;
    this.finishRunning(message.type === 'rendered' ? { kind: 'rendered', result: message.result } : { kind: 'failed', message: message.message, stack: message.stack });
    this.pump();
  }

  private timeOut(job: Job): void {
    if (this.running?.job !== job) return;
    this.finishRunning({ kind: 'too-slow', timeoutMs: this.options.timeoutMs });
    this.stopWorker();
    this.startWorker();
    this.pump();
  }

  /** `worker` died (undefined: it could not even be created). Events of a worker already replaced or stopped are ignored. */
  private crashed(worker: Worker | undefined, error: unknown): void {
    if (worker !== this.worker || this.disposed) return;
    this.worker = undefined;
    this.ready = false;
    // Dead already, except after 'messageerror' (a reply that could not be read): end it either way.
    void worker?.terminate();
    const message = error instanceof Error ? error.message : String(error);
    const restarting = ++this.crashesInARow < MAX_CRASHES_IN_A_ROW;
    this.finishRunning({ kind: 'crashed', message, restarting });
    if (!restarting) {
      this.broken = message;
      this.waiting?.answer({ kind: 'crashed', message, restarting: false });
      this.waiting = undefined;
      return;
    }
    this.startWorker();
    this.pump();
  }

  private finishRunning(outcome: RenderOutcome): void {
    const running = this.running;
    if (!running) return;
    this.running = undefined;
    clearTimeout(running.timer);
    running.job.answer(outcome);
  }

  private stopWorker(): void {
    const worker = this.worker;
    this.worker = undefined;
    this.ready = false;
    // Its 'exit' (and any late message) finds `this.worker` changed and is ignored.
    void worker?.terminate();
  }
}
