import * as vscode from 'vscode';
import { DiagnosticsPublisher } from './diagnostics';
import { DocumentSync } from './document-sync';
import { KbRegistry } from './kb-registry';
import { KbStatusBar } from './status-bar';

/** What `activate` returns; integration tests reach internals only through this. */
export interface SupportKbApi {
  /** How long `activate()` itself took, in milliseconds. */
  readonly activationMs: number;
  /** Resolves when the current KB indexing (started after activation) has finished. */
  whenIndexed(): Promise<void>;
  /** The status bar text without its icon, e.g. "KB: 48 docs · 7 problems". */
  statusText(): string;
}

/** Indexing that takes longer than this shows a progress notification in the status bar area. */
const PROGRESS_AFTER_MS = 400;

export function activate(context: vscode.ExtensionContext): SupportKbApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('Support KB', { log: true });
  const registry = new KbRegistry(log);
  const docsUri = vscode.Uri.joinPath(context.extensionUri, 'docs', 'validation.md');
  const diagnostics = new DiagnosticsPublisher(registry, (ruleId) => docsUri.with({ fragment: ruleId.replace('/', '-') }));
  const statusBar = new KbStatusBar(registry, diagnostics);
  const setting = () => vscode.workspace.getConfiguration('supportKb');
  let indexed: Promise<void>;

  const reindex = (): Promise<void> => {
    indexed = indexKnowledgeBases(registry, statusBar, log).then(() => {
      diagnostics.publishAll();
      sync.validateOpenDocuments();
      statusBar.update();
    });
    return indexed;
  };
  const sync = new DocumentSync(registry, () => void reindex(), () => setting().get<number>('validation.delay', 300));

  context.subscriptions.push(
    log,
    registry,
    diagnostics,
    statusBar,
    sync,
    registry.onDidChange(({ entry, paths }) => diagnostics.publish(entry, paths)),
    diagnostics.onDidUpdate(() => statusBar.scheduleUpdate()),
    vscode.workspace.onDidChangeWorkspaceFolders(() => void reindex()),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('supportKb.workspaceFolderAsKb') && void reindex()),
    vscode.commands.registerCommand('supportKb.validateKnowledgeBase', () => reindex()),
    vscode.commands.registerCommand('supportKb.showLog', () => log.show()),
  );

  // Indexing starts after activation returns, so the editor never waits for it.
  indexed = new Promise<void>((resolve) => setTimeout(() => resolve(reindex()), 0));

  const activationMs = performance.now() - started;
  log.info(`Activated in ${activationMs.toFixed(1)} ms`);
  return {
    activationMs,
    whenIndexed: async () => {
      // A reload may start while we wait (a config change); wait for the newest.
      let current: Promise<void>;
      do {
        current = indexed;
        await current;
      } while (current !== indexed);
    },
    statusText: () => statusBar.text,
  };
}

async function indexKnowledgeBases(registry: KbRegistry, statusBar: KbStatusBar, log: vscode.LogOutputChannel): Promise<void> {
  statusBar.setIndexing(true);
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  let report: ((done: number, total: number) => void) | undefined;
  const slow = setTimeout(() => {
    void vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'Support KB' }, (progress) => {
      let last = 0;
      report = (d, t) => {
        const pct = Math.floor((d / t) * 100);
        if (pct > last) progress.report({ message: `indexing ${d}/${t} documents`, increment: pct - last });
        last = pct;
      };
      return done;
    });
  }, PROGRESS_AFTER_MS);
  try {
    await registry.reload(undefined, (d, t) => report?.(d, t));
  } catch (error) {
    log.error(`Indexing failed: ${(error as Error).stack ?? error}`);
    void vscode.window.showErrorMessage(`Support KB could not read the knowledge base: ${(error as Error).message}`, 'Show Log').then(
      (choice) => choice && log.show(),
    );
  } finally {
    clearTimeout(slow);
    finish();
    statusBar.setIndexing(false);
  }
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
