import * as vscode from 'vscode';
import type { KbFeatures } from '../kb-features';
import { requireBundle } from '../lazy';
import { kbPresence, onKbChance } from './kb-presence';

/** Why the KB features were loaded, and what that cost the extension host. */
export interface FeaturesLoad {
  readonly reason: string;
  /** `require` of dist/kb-features.js: reading, compiling and running the bundle's top level. */
  readonly requireMs: number;
  /** startKbFeatures(): creating the registry, diagnostics, status items and listeners. */
  readonly startMs: number;
}

/**
 * Loads and starts the KB features (dist/kb-features.js, most of the extension's code), once:
 * as soon as a knowledge base can be in this window, or when the user asks for something only
 * they can do (a command, a preview panel to restore). Until then it watches for a KB to appear.
 */
export class FeaturesLoader implements vscode.Disposable {
  private features: KbFeatures | undefined;
  private load: FeaturesLoad | undefined;
  private log: vscode.LogOutputChannel | undefined;
  private watcher: vscode.Disposable | undefined;
  /** The check running now, and whether an event asked for another after it. */
  private checking: Promise<FeaturesLoad | undefined> | undefined;
  private checkAgain = false;

  constructor(
    private readonly context: vscode.ExtensionContext,
    /** How long activate() took, for the log line written when the features start. */
    private readonly activationMs: () => number,
  ) {}

  get loaded(): FeaturesLoad | undefined {
    return this.load;
  }

  get current(): KbFeatures | undefined {
    return this.features;
  }

  /**
   * Looks for a KB and starts the features when there is one; until there is, every event that
   * can make one appear looks again. Resolves with the load once this look (and any asked for
   * while it ran) is done: undefined when no KB can be here yet.
   */
  startWhenKbCanBeHere(): Promise<FeaturesLoad | undefined> {
    if (this.features) return Promise.resolve(this.load);
    // Watching before looking: a document opened while the first look runs is not missed.
    this.watcher ??= onKbChance(() => void this.startWhenKbCanBeHere());
    if (this.checking) {
      this.checkAgain = true;
      return this.checking;
    }
    this.checking = (async () => {
      try {
        do {
          this.checkAgain = false;
          const reason = await kbPresence();
          // A failed start has been logged and shown, and stops the watching: one message, not one per event.
          if (reason && !this.tryStart(reason)) break;
        } while (!this.features && this.checkAgain);
      } finally {
        this.checking = undefined;
      }
      return this.load;
    })();
    return this.checking;
  }

  private tryStart(reason: string): boolean {
    try {
      this.start(reason);
      return true;
    } catch {
      return false;
    }
  }

  /** The features, loaded and started now if they were not; `reason` goes to the log. */
  start(reason: string): KbFeatures {
    if (this.features) return this.features;
    // Created with the features, not at activation: a window without a KB gets no "Support KB" output.
    const log = (this.log ??= vscode.window.createOutputChannel('Support KB', { log: true }));
    try {
      const { module, ms: requireMs } = requireBundle<typeof import('../kb-features')>(this.context.asAbsolutePath('dist'), 'kb-features.js');
      const started = performance.now();
      this.features = module.startKbFeatures(this.context, log);
      this.load = { reason, requireMs, startMs: performance.now() - started };
    } catch (error) {
      log.error(`Could not start: ${(error as Error).stack ?? error}`);
      void vscode.window.showErrorMessage(`Support KB could not start: ${(error as Error).message}`);
      throw error;
    } finally {
      // Started or failed (shown once), the look for a KB is over either way.
      this.watcher?.dispose();
      this.watcher = undefined;
    }
    const { requireMs, startMs } = this.load;
    log.info(`Activated in ${this.activationMs().toFixed(1)} ms; KB features loaded because ${reason}: require ${requireMs.toFixed(1)} ms, start ${startMs.toFixed(1)} ms`);
    return this.features;
  }

  dispose(): void {
    this.watcher?.dispose();
    this.log?.dispose();
  }
}
