import * as vscode from 'vscode';
import { ruleAnchor } from '../core';
import { ClarityStatus } from './clarity-status';
import { SupportKbCodeActions } from './code-actions';
import { DiagnosticsPublisher } from './diagnostics';
import { DocumentSync } from './document-sync';
import { KbRegistry } from './kb-registry';
import { ChannelPreview } from './preview/channel-preview';
import { KbStatusBar } from './status-bar';
import { TemplatePicker, type PickerState } from './template-picker';
import { TemplateSearch, type IndexState } from './template-search';
import type { FromWebview, ToWebview } from '../webview/protocol';

/** What `activate` returns; integration tests reach internals only through this. */
export interface SupportKbApi {
  /** How long `activate()` itself took, in milliseconds. */
  readonly activationMs: number;
  /** Resolves when the current KB indexing (started after activation) has finished. */
  whenIndexed(): Promise<void>;
  /** The status bar text without its icon, e.g. "KB: 48 docs · 7 problems". */
  statusText(): string;
  /** The clarity item's text for the active editor, e.g. "Clarity 8.5/10" ("" when hidden). */
  clarityText(): string;
  /** Resolves when the template search index (built after indexing) is ready. */
  whenTemplatesIndexed(): Promise<void>;
  /** The template index: building, or ready with how many templates and how many KBs came from the cache. */
  templateIndexState(): IndexState;
  /** What the open "Find Reply Template" picker shows; undefined when it is closed. */
  templatePicker(): PickerState | undefined;
  /** The last message the channel preview sent to its page (undefined before the first). */
  previewMessage(): ToWebview | undefined;
  /** The first message the preview sends from now on that satisfies `accept`. */
  nextPreviewMessage(accept?: (message: ToWebview) => boolean): Promise<ToWebview>;
  /** Hands the preview's host a message as its page would send it (a click on the picker, "Copy"). */
  postToPreviewHost(message: FromWebview): Promise<void>;
}

/** Indexing that takes longer than this shows a progress notification in the status bar area. */
const PROGRESS_AFTER_MS = 400;

export function activate(context: vscode.ExtensionContext): SupportKbApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('Support KB', { log: true });
  const registry = new KbRegistry(log);
  // Rule codes link to the bundled docs: tone rules to the generated reference, the KB's own checks to validation.md.
  const rulesDoc = vscode.Uri.joinPath(context.extensionUri, 'docs', 'RULES.md');
  const checksDoc = vscode.Uri.joinPath(context.extensionUri, 'docs', 'validation.md');
  const docsFor = (ruleId: string) => (/^(ru|en)\//.test(ruleId) ? rulesDoc : checksDoc).with({ fragment: ruleAnchor(ruleId) });
  const diagnostics = new DiagnosticsPublisher(registry, docsFor);
  const statusBar = new KbStatusBar(registry, diagnostics);
  const clarityStatus = new ClarityStatus(registry, diagnostics);
  const templates = new TemplateSearch(registry, context.storageUri ?? context.globalStorageUri, log);
  const picker = new TemplatePicker(templates, registry);
  const preview = new ChannelPreview(context.extensionUri, registry, log);
  const setting = () => vscode.workspace.getConfiguration('supportKb');
  let indexed: Promise<void>;

  const reindex = (): Promise<void> => {
    indexed = indexKnowledgeBases(registry, statusBar, log).then(async () => {
      // In slices, so a large KB does not freeze the window; indexing counts as done once it is out.
      await diagnostics.publishEverything();
      sync.validateOpenDocuments();
      statusBar.update();
      // Search is built after the problems are out; nothing waits for it.
      void templates.rebuild();
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
    registry.onDidChange((change) => {
      diagnostics.publish(change.entry, change.paths);
      templates.update(change);
      preview.onKbChange(change);
    }),
    preview,
    vscode.commands.registerCommand('supportKb.openPreview', (uri?: unknown) => preview.show(uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand('supportKb.choosePreviewData', (uri?: unknown) => preview.chooseDataFile(uri instanceof vscode.Uri ? uri : undefined)),
    templates,
    picker,
    templates.onDidChangeState((state) => statusBar.setTemplates(state)),
    vscode.commands.registerCommand('supportKb.findTemplate', (query?: unknown) => picker.show(typeof query === 'string' ? query : '')),
    clarityStatus,
    diagnostics.onDidUpdate(() => {
      statusBar.scheduleUpdate();
      clarityStatus.scheduleUpdate();
    }),
    vscode.window.onDidChangeActiveTextEditor(() => clarityStatus.scheduleUpdate()),
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new SupportKbCodeActions(diagnostics, registry), SupportKbCodeActions.metadata),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void reindex()),
    vscode.commands.registerCommand('supportKb.lintKnowledgeBase', () => lintKnowledgeBase(diagnostics, indexed)),
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
    clarityText: () => clarityStatus.text,
    whenTemplatesIndexed: async () => {
      await indexed;
      await templates.whenReady();
    },
    templatePicker: () => picker.state,
    templateIndexState: () => templates.state,
    previewMessage: () => preview.lastMessage,
    postToPreviewHost: (message) => preview.receive(message),
    nextPreviewMessage: (accept = () => true) =>
      new Promise((resolve) => {
        const subscription = preview.onDidPost((message) => {
          if (!accept(message)) return;
          subscription.dispose();
          resolve(message);
        });
      }),
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
    await registry.reload((d, t) => report?.(d, t));
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

/** "Support KB: Lint Knowledge Base": tone lint for every document, not only open ones, with progress. */
async function lintKnowledgeBase(diagnostics: DiagnosticsPublisher, indexed: Promise<void>): Promise<void> {
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Support KB: linting the knowledge base', cancellable: true },
    async (progress, token) => {
      await indexed;
      diagnostics.lintAll = true;
      let last = 0;
      await diagnostics.publishEverything((done, total) => {
        const pct = Math.floor((done / total) * 100);
        if (pct > last) progress.report({ message: `${done}/${total} files`, increment: pct - last });
        last = pct;
      }, token);
      const c = diagnostics.counts();
      void vscode.window.setStatusBarMessage(`Support KB: ${c.errors} errors, ${c.warnings} warnings, ${c.infos} info`, 5000);
      await vscode.commands.executeCommand('workbench.actions.view.problems');
    },
  );
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
