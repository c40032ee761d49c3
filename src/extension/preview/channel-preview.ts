import * as vscode from 'vscode';
import { CHANNELS, dirname, isMarkdownPath, relativeTo, type Channel, type KbDocument } from '../../core';
import { remoteImagePolicy, type RemoteImagePolicy } from '../../core/render/preview-images';
import { checkFromWebview } from '../../webview/protocol-check';
import type { FromWebview, PreviewState, SampleSource, ToWebview } from '../../webview/protocol';
import { PREVIEW_VIEW_TYPE } from '../contributions';
import type { KbChange, KbEntry, KbRegistry } from '../kb-registry';
import { loadDataFile, type LoadedDataFile } from './data-file';
import { ADDRESS_MARKER } from './kb-image-address';
import { previewHtml } from './preview-html';
import type { PreviewRenderRequest } from './preview-render';
import { RenderClient } from './render-client';
import { isTooSlow, tooSlowRenders } from './too-slow';

/** `block` | `allow`: whether remote images load in the preview (Restricted Mode always blocks). */
const REMOTE_IMAGES_SETTING = 'supportKb.preview.remoteImages';

/** Typing re-renders after this pause; the registry has parsed the text by then (its own delay is shorter or equal). */
const RENDER_DELAY_MS = 150;

/**
 * A render in the worker running longer is stopped and its tabs say "too slow to preview". A
 * safety net for work the render caps failed to bound, not a speed target: a new worker's first
 * renders run unoptimised code, and a stop means a new worker, so a limit a real document can
 * reach when cold would stop it every time. Measured on the busy 2-core machine, fresh worker:
 * a 250 KB article (near the 256 KB cap) 1.6–1.9 s, then 0.7–0.9 s, then ~0.5 s; the bench's
 * 100 KB article ~0.9 s, then 0.06–0.2 s warm; a 3 KB macro ~60 ms, then a few ms. The slowest
 * hostile body inside the caps (200 KB of `<http://a `) takes ~3.3 s cold, ~2.3 s warm, and is
 * shown. 1.5 s (the first guess) would have stopped the 250 KB article on every first render.
 */
const RENDER_TIME_LIMIT_MS = 5000;

/**
 * The worker's heap limit (V8 old space). Every render case of test/hostile/cases/render.ts
 * renders in a worker capped at 256 MB (the 20,000-column table needs more than 128), and the part
 * cache holds ~30 MB (part-cache.ts): twice that. A render past it ends the worker (an error in
 * the panel, then a new worker), not the extension host's memory.
 */
const WORKER_HEAP_MB = 512;

/**
 * "Support KB: Open Channel Preview": one panel beside the editor that
 * follows the active KB document and shows it in each of its channels,
 * updating as the document changes. Variables come from the front matter's
 * samples, from defaults only, or from a data file (re-read when it changes).
 * Its state (document, tab, variable source) survives a window reload through
 * the panel serializer (registered by extension.ts, which hands the panel to `restore`).
 * Made when the first preview opens or comes back, not with the other features.
 */
export class ChannelPreview implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private panelDisposables: vscode.Disposable[] = [];
  private uri: vscode.Uri | undefined;
  private channel: Channel | undefined;
  private sample: SampleSource = 'samples';
  private dataFile: LoadedDataFile | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** Renders off the main thread, one panel's worker (it keeps the parts of the documents rendered lately). */
  private client: RenderClient | undefined;
  /** Renders sent so far; a render scheduled before a newer one is dropped. */
  private sequence = 0;
  private ready = false;
  /** What the loaded page was built for: its CSP's image policy and the KB folders it may load images from. */
  private page: { readonly policy: RemoteImagePolicy; readonly roots: readonly string[] } | undefined;
  private readonly disposables: vscode.Disposable[];
  /** What was last sent, for the integration tests. */
  lastMessage: ToWebview | undefined;
  private readonly posted = new vscode.EventEmitter<ToWebview>();
  /** Fires with every message sent to the page. */
  readonly onDidPost = this.posted.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly registry: KbRegistry,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables = [
      this.posted,
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
      // The image policy is part of the page's CSP: a change reloads the page (render() sees it).
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (this.panel && event.affectsConfiguration(REMOTE_IMAGES_SETTING)) this.schedule(0);
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.panel && this.schedule(0)),
    ];
  }

  /** Opens the panel beside the editor (or reveals it) for `uri`, else the active editor's document. */
  show(uri?: vscode.Uri): void {
    const target = uri ?? vscode.window.activeTextEditor?.document.uri;
    if (target) this.uri = target;
    if (this.panel) {
      this.panel.reveal(undefined, true);
    } else {
      const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, 'Channel Preview', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, this.webviewOptions());
      this.attach(panel);
    }
    this.schedule(0);
  }

  /** The registry re-parsed files: re-render when ours is among them. */
  onKbChange({ entry, paths }: KbChange): void {
    if (!this.panel || !this.uri) return;
    if (paths.some((p) => this.registry.uriOf(entry, p).toString() === this.uri!.toString())) this.schedule(RENDER_DELAY_MS);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.dataFile?.dispose();
    this.panel?.dispose();
    this.client?.dispose();
    for (const d of this.disposables) d.dispose();
  }

  /** A panel VS Code kept across a window reload, with the state the page saved. */
  async restore(panel: vscode.WebviewPanel, state: PreviewState): Promise<void> {
    if (state.uri) this.uri = vscode.Uri.parse(state.uri);
    this.channel = state.channel;
    this.sample = state.sample ?? 'samples';
    this.attach(panel);
    // A data file that has gone or broken since: back to the samples, and say so.
    if (state.dataFile && !(await this.useDataFile(vscode.Uri.parse(state.dataFile), state.sample === 'file'))) this.sample = 'samples';
    if (this.sample === 'file' && !this.dataFile) this.sample = 'samples';
    this.schedule(0);
  }

  /**
   * "Support KB: Choose Data File for Channel Preview…" and the picker's "Choose a data file…":
   * values for the placeholders from a JSON or YAML file. Asks for the file when `uri` is not
   * given; a file that cannot be used is an error message (with a way to open it at the
   * problem) and the previous values stay. Returns whether the file is now in use.
   */
  async chooseDataFile(uri?: vscode.Uri): Promise<boolean> {
    let target = uri;
    if (!target) {
      const base = this.uri && this.registry.entryFor(this.uri);
      const picked = await vscode.window.showOpenDialog({
        title: 'Values for the placeholders',
        openLabel: 'Use for Variables',
        canSelectMany: false,
        filters: { 'Data (JSON, YAML)': ['json', 'yaml', 'yml'] },
        defaultUri: this.dataFile?.uri ?? (base ? this.registry.uriOf(base, base.kb.root) : undefined),
      });
      target = picked?.[0];
    }
    const used = target ? await this.useDataFile(target, true) : false;
    if (!this.panel) this.show();
    // Also when nothing changed: the picker shows "Choose a data file…" until the page hears back.
    else this.schedule(0);
    return used;
  }

  private async useDataFile(uri: vscode.Uri, select: boolean): Promise<boolean> {
    const loaded = await loadDataFile(
      uri,
      (next) => {
        if ('problem' in next) void vscode.window.showWarningMessage(`Support KB: the preview keeps the last values of ${next.problem}`);
        this.schedule(RENDER_DELAY_MS);
      },
      () => {
        if (this.dataFile?.uri.toString() !== uri.toString()) return;
        this.dataFile.dispose();
        this.dataFile = undefined;
        if (this.sample === 'file') this.sample = 'samples';
        void vscode.window.showWarningMessage(`Support KB: ${vscode.workspace.asRelativePath(uri, false)} was deleted; the preview uses the samples again.`);
        this.schedule(0);
      },
    );
    if (!loaded.ok) {
      const name = vscode.workspace.asRelativePath(uri, false);
      this.log.warn(`Data file ${name}: ${loaded.message}`);
      const open = 'Open File';
      void vscode.window.showErrorMessage(`Support KB can't use ${name} for the variables: ${loaded.message}.`, open).then(async (choice) => {
        if (choice !== open) return;
        const at = loaded.position ?? new vscode.Position(0, 0);
        await vscode.window.showTextDocument(uri, { selection: new vscode.Range(at, at) });
      });
      return false;
    }
    this.dataFile?.dispose();
    this.dataFile = loaded.file;
    if (select) this.sample = 'file';
    return true;
  }

  /** The page's own files, and `roots` (workspace and KB folders, for the documents' images): nothing else of the disk. */
  private webviewOptions(roots: readonly string[] = []): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true,
      enableForms: false,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(this.extensionUri, 'media'), ...roots.map((r) => vscode.Uri.parse(r))],
    };
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel?.dispose();
    this.panel = panel;
    this.client?.dispose();
    // Found from the extension's own folder, as installed: dist/ sits beside package.json (esbuild.js, .vscodeignore).
    const client = new RenderClient({ workerPath: vscode.Uri.joinPath(this.extensionUri, 'dist', 'render-worker.js').fsPath, timeoutMs: RENDER_TIME_LIMIT_MS, maxHeapMb: WORKER_HEAP_MB });
    this.client = client;
    panel.iconPath = new vscode.ThemeIcon('broadcast');
    this.load(panel, this.imagePolicy().policy);
    this.panelDisposables = [
      panel.webview.onDidReceiveMessage((message: unknown) => void this.receive(message)),
      panel.onDidDispose(() => {
        if (this.panel !== panel) return;
        this.panel = undefined;
        clearTimeout(this.timer);
        client.dispose();
        if (this.client === client) this.client = undefined;
        for (const d of this.panelDisposables) d.dispose();
        this.panelDisposables = [];
      }),
    ];
  }

  /** The active editor changed: follow it when it shows a KB document (other editors leave the preview as it is). */
  private follow(editor: vscode.TextEditor | undefined): void {
    if (!this.panel || !editor) return;
    const { uri } = editor.document;
    if (!isMarkdownPath(uri.path) || !this.registry.entryFor(uri) || uri.toString() === this.uri?.toString()) return;
    this.uri = uri;
    this.schedule(0);
  }

  /**
   * (Re)loads the page with a CSP for `policy` and the workspace folders and every KB folder as
   * resource roots (for the documents' images); the page says "ready" when it is up, and that
   * renders. All of them, not the current KB's alone, so that following the editor into another
   * KB, or the KBs loading after a window reload, seldom reloads the page.
   */
  private load(panel: vscode.WebviewPanel, policy: RemoteImagePolicy): void {
    const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.toString());
    const roots = [...new Set([...folders, ...this.registry.all.map((entry) => kbRootUri(this.registry, entry).toString())])];
    this.ready = false;
    this.page = { policy, roots };
    panel.webview.options = this.webviewOptions(roots);
    panel.webview.html = previewHtml({
      cspSource: panel.webview.cspSource,
      script: panel.webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview', 'preview.js')).toString(),
      style: panel.webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'preview.css')).toString(),
      remoteImages: policy,
    });
  }

  private imagePolicy(): { policy: RemoteImagePolicy; restricted: boolean } {
    const restricted = !vscode.workspace.isTrusted;
    return { policy: remoteImagePolicy(vscode.workspace.getConfiguration().get(REMOTE_IMAGES_SETTING), !restricted), restricted };
  }

  /**
   * A message from the page (public so the integration tests can send what a click would).
   * Checked before use: anything but a well-formed FromWebview is dropped and logged, and a
   * message about a document other than the one shown (sent before the page caught up with the
   * editor) is ignored.
   */
  async receive(received: unknown): Promise<void> {
    const checked = checkFromWebview(received);
    if (!checked.ok) {
      this.log.warn(`Channel preview: ignored a message from the page: ${checked.reason}.`);
      return;
    }
    const message: FromWebview = checked.message;
    switch (message.type) {
      case 'ready':
        this.ready = true;
        this.schedule(0);
        break;
      case 'selectChannel':
        this.channel = message.channel;
        break;
      case 'selectSample':
        this.sample = message.sample === 'file' && !this.dataFile ? 'samples' : message.sample;
        this.schedule(0);
        break;
      case 'chooseDataFile':
        await this.chooseDataFile();
        break;
      case 'reveal': {
        if (!this.uri || !this.isShown(message.document, this.uri.toString())) return;
        const { start, end } = message.range;
        const range = new vscode.Range(start.line, start.character, end.line, end.character);
        const shown = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.uri!.toString());
        const editor = await vscode.window.showTextDocument(this.uri, { viewColumn: shown?.viewColumn ?? vscode.ViewColumn.One, selection: range });
        editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        break;
      }
      case 'copy': {
        const last = this.lastMessage?.type === 'render' ? this.lastMessage : undefined;
        if (!last || !this.isShown(message.document, last.document.uri)) return;
        const render = last.renders.find((r) => r.channel === message.channel);
        if (!render) return;
        if (isTooSlow(render)) {
          void vscode.window.setStatusBarMessage(`Support KB: nothing to copy, the ${message.channel} render was stopped (too slow to preview)`, 5000);
          return;
        }
        await vscode.env.clipboard.writeText(render.output);
        void vscode.window.setStatusBarMessage(`$(copy) Copied the ${message.channel} payload`, 3000);
        break;
      }
      case 'configureRemoteImages':
        // In Restricted Mode the setting has no say: trusting the workspace is what would change it.
        if (vscode.workspace.isTrusted) await vscode.commands.executeCommand('workbench.action.openSettings', REMOTE_IMAGES_SETTING);
        else await vscode.commands.executeCommand('workbench.trust.manage');
        break;
    }
  }

  private isShown(document: string, shown: string): boolean {
    if (document === shown) return true;
    this.log.info(`Channel preview: ignored a click for ${document}, which the preview no longer shows.`);
    return false;
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    const sequence = ++this.sequence;
    this.timer = setTimeout(() => {
      if (sequence === this.sequence) this.render();
    }, delay);
  }

  /**
   * Renders the current document in the worker and posts the outcome, unless by then the panel,
   * its page or its document changed, or a newer render superseded this one (each of those
   * schedules its own render).
   */
  private render(): void {
    const panel = this.panel;
    const client = this.client;
    if (!panel || !client || !this.ready) return;
    const uri = this.uri;
    const entry = uri && this.registry.entryFor(uri);
    const doc = entry && uri ? entry.kb.document(uri.path) : undefined;
    if (!uri || !entry || !doc) {
      this.post(panel, {
        type: 'empty',
        message: uri ? `${basename(uri)} is not a document of a knowledge base (no front matter, or not under a .support-kb.yml folder).` : 'Open a KB document to preview it in its channels.',
      });
      return;
    }
    const images = this.imagePolicy();
    const rootUri = kbRootUri(this.registry, entry);
    const root = rootUri.toString();
    if (this.page?.policy !== images.policy || !this.page.roots.some((r) => root === r || root.startsWith(r.endsWith('/') ? r : `${r}/`))) {
      this.load(panel, images.policy);
      return;
    }
    panel.title = `Preview: ${basename(uri)}`;
    const channels: readonly Channel[] = doc.meta.channels.length ? doc.meta.channels : CHANNELS;
    const request: PreviewRenderRequest = {
      // What the registry parsed (knowledge-base.ts): the worker parses the same text the same way.
      document: { path: doc.path, relativePath: doc.relativePath, text: doc.text, defaultLocale: entry.kb.config.defaultLocale, requireFrontMatter: entry.kb.hasConfig },
      data: this.sample === 'defaults' ? {} : this.sample === 'file' ? this.dataFile?.data : undefined,
      channels,
      images: {
        policy: images.policy,
        documentFolder: relativeTo(entry.kb.root, dirname(uri.path)) ?? '',
        addressTemplate: panel.webview.asWebviewUri(vscode.Uri.joinPath(rootUri, ADDRESS_MARKER)).toString(),
      },
    };
    const shown = {
      document: { uri: uri.toString(), name: basename(uri), title: doc.meta.title },
      hasSamples: hasSamples(doc),
      hasVariables: doc.variables.size > 0 || doc.placeholders.length > 0,
      sample: this.sample,
      dataFile: this.dataFile && { uri: this.dataFile.uri.toString(), name: this.dataFile.name },
    };
    const hasSubject = doc.meta.subject !== undefined;
    void client.render(request).then((outcome) => {
      if (outcome.kind === 'superseded' || outcome.kind === 'disposed') return;
      if (this.panel !== panel || !this.ready || this.uri?.toString() !== shown.document.uri) return;
      switch (outcome.kind) {
        case 'rendered':
          this.post(panel, { type: 'render', ...shown, renders: outcome.result.renders, channel: this.channel, images: { ...images, mocks: outcome.result.mocks } });
          break;
        case 'too-slow':
          this.log.warn(`Channel preview: rendering ${uri.path} took longer than ${outcome.timeoutMs} ms; stopped it (the render worker restarts).`);
          this.post(panel, { type: 'render', ...shown, renders: tooSlowRenders(channels, outcome.timeoutMs, hasSubject), channel: this.channel, images: { ...images, mocks: [] } });
          break;
        case 'failed':
          this.log.error(`Rendering ${uri.path} failed: ${outcome.stack ?? outcome.message}`);
          this.post(panel, { type: 'empty', message: `Support KB could not render ${basename(uri)}: ${outcome.message}. See Support KB: Show Log.` });
          break;
        case 'crashed':
          this.log.error(`Channel preview: the render worker stopped while rendering ${uri.path}: ${outcome.message} (${outcome.restarting ? 'restarting it' : 'it stopped twice in a row; not restarting it'})`);
          this.post(panel, {
            type: 'empty',
            message:
              `Support KB's renderer stopped while rendering ${basename(uri)}: ${outcome.message}. ` +
              (outcome.restarting ? 'It has started again: edit the document to try again.' : 'It stopped twice in a row: close and reopen the preview to try again.') +
              ' See Support KB: Show Log.',
          });
          break;
      }
    });
  }

  private post(panel: vscode.WebviewPanel, message: ToWebview): void {
    this.lastMessage = message;
    void panel.webview.postMessage(message);
    this.posted.fire(message);
  }
}

function hasSamples(doc: KbDocument): boolean {
  for (const v of doc.variables.values()) if (v.sample !== undefined) return true;
  return false;
}

function kbRootUri(registry: KbRegistry, entry: KbEntry): vscode.Uri {
  return registry.uriOf(entry, entry.kb.root);
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
