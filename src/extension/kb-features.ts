import * as vscode from 'vscode';
import { ruleAnchor } from '../core';
import { ClarityStatus } from './clarity-status';
import { SupportKbCodeActions } from './code-actions';
import type { CommandId } from './contributions';
import { DiagnosticsPublisher } from './diagnostics';
import { DocumentSync } from './document-sync';
import { KbRegistry } from './kb-registry';
import { Lazy, requireBundle } from './lazy';
import { ChannelPreview } from './preview/channel-preview';
import { KbStatusBar } from './status-bar';
import { TemplatePicker, type PickerState } from './template-picker';
import { TemplateSearch, type IndexState } from './template-search';
import type { FromWebview, PreviewState, ToWebview } from '../webview/protocol';

/** What the KB features show the integration tests (through the API `activate` returns). */
export interface KbFeaturesApi {
  /** Resolves when the current KB indexing (started with the features) has finished. */
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

/** The KB features, as the entry module (extension.ts) reaches them. */
export interface KbFeatures {
  readonly api: KbFeaturesApi;
  /** What each contributed command does; extension.ts registers them and hands them here. */
  readonly commands: { readonly [C in CommandId]: (...args: unknown[]) => unknown };
  /** Shows a channel preview panel VS Code kept across a window reload. */
  restorePreview(panel: vscode.WebviewPanel, state: PreviewState | undefined): Promise<void>;
}

/** Indexing that takes longer than this shows a progress notification in the status bar area. */
const PROGRESS_AFTER_MS = 400;

/**
 * Everything Support KB does for a knowledge base: validation and tone lint as you type, the
 * status items, quick fixes, Find Reply Template and the channel preview. Bundled on its own
 * (dist/kb-features.js) and started by extension.ts only once a KB can be in the window. The
 * parts used seldom wait for their first use: the preview's host for the first preview, and the
 * renderers (dist/plain-reply.js, a fifth of the code) for the first "Copy" in the picker.
 */
export function startKbFeatures(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): KbFeatures {
  const registry = new KbRegistry(log);
  // Rule codes link to the bundled docs: tone rules to the generated reference, the KB's own checks to validation.md.
  const rulesDoc = vscode.Uri.joinPath(context.extensionUri, 'docs', 'RULES.md');
  const checksDoc = vscode.Uri.joinPath(context.extensionUri, 'docs', 'validation.md');
  const docsFor = (ruleId: string) => (/^(ru|en)\//.test(ruleId) ? rulesDoc : checksDoc).with({ fragment: ruleAnchor(ruleId) });
  const diagnostics = new DiagnosticsPublisher(registry, docsFor);
  const statusBar = new KbStatusBar(registry, diagnostics);
  const clarityStatus = new ClarityStatus(registry, diagnostics);
  const templates = new TemplateSearch(registry, context.storageUri ?? context.globalStorageUri, log);
  const plainReply = new Lazy(() => {
    const { module, ms } = requireBundle<typeof import('./plain-reply')>(context.asAbsolutePath('dist'), 'plain-reply.js');
    log.info(`Loaded the renderers for "Copy" in ${ms.toFixed(1)} ms`);
    return module.plainReply;
  });
  const picker = new TemplatePicker(templates, registry, (doc) => plainReply.get()(doc));
  const preview = new Lazy(() => {
    const host = new ChannelPreview(context.extensionUri, registry, log);
    context.subscriptions.push(host);
    return host;
  });
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
    registry,
    diagnostics,
    statusBar,
    sync,
    registry.onDidChange((change) => {
      diagnostics.publish(change.entry, change.paths);
      templates.update(change);
      preview.peek()?.onKbChange(change);
    }),
    templates,
    picker,
    templates.onDidChangeState((state) => statusBar.setTemplates(state)),
    clarityStatus,
    diagnostics.onDidUpdate(() => {
      statusBar.scheduleUpdate();
      clarityStatus.scheduleUpdate();
    }),
    vscode.window.onDidChangeActiveTextEditor(() => clarityStatus.scheduleUpdate()),
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new SupportKbCodeActions(diagnostics, registry), SupportKbCodeActions.metadata),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void reindex()),
    vscode.workspace.onDidChangeWorkspaceFolders(() => void reindex()),
    vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('supportKb.workspaceFolderAsKb') && void reindex()),
  );

  // Indexing starts after this returns, so the editor never waits for it.
  indexed = new Promise<void>((resolve) => setTimeout(() => resolve(reindex()), 0));

  const asUri = (value: unknown) => (value instanceof vscode.Uri ? value : undefined);
  return {
    commands: {
      'supportKb.openPreview': (uri) => preview.get().show(asUri(uri)),
      'supportKb.choosePreviewData': (uri) => preview.get().chooseDataFile(asUri(uri)),
      'supportKb.findTemplate': (query) => picker.show(typeof query === 'string' ? query : ''),
      'supportKb.lintKnowledgeBase': () => lintKnowledgeBase(diagnostics, indexed),
      'supportKb.validateKnowledgeBase': () => reindex(),
      'supportKb.showLog': () => log.show(),
    },
    restorePreview: (panel, state) => preview.get().restore(panel, state ?? {}),
    api: {
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
      previewMessage: () => preview.peek()?.lastMessage,
      postToPreviewHost: (message) => preview.get().receive(message),
      nextPreviewMessage: (accept = () => true) =>
        new Promise((resolve) => {
          const subscription = preview.get().onDidPost((message) => {
            if (!accept(message)) return;
            subscription.dispose();
            resolve(message);
          });
        }),
    },
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
