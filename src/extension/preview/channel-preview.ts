import * as vscode from 'vscode';
import { CHANNELS, isMarkdownPath, MarkdownPartCache, renderAll, type Channel, type ChannelRender, type KbDocument } from '../../core';
import type { FromWebview, PreviewState, SampleSource, ToWebview } from '../../webview/protocol';
import type { KbChange, KbRegistry } from '../kb-registry';
import { loadDataFile, type LoadedDataFile } from './data-file';
import { previewHtml } from './preview-html';

export const PREVIEW_VIEW_TYPE = 'supportKb.channelPreview';

/** Typing re-renders after this pause; the registry has parsed the text by then (its own delay is shorter or equal). */
const RENDER_DELAY_MS = 150;

/**
 * "Support KB: Open Channel Preview": one panel beside the editor that
 * follows the active KB document and shows it in each of its channels,
 * updating as the document changes. Variables come from the front matter's
 * samples, from defaults only, or from a data file (re-read when it changes).
 * Its state (document, tab, variable source) survives a window reload through
 * the panel serializer.
 */
export class ChannelPreview implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private panelDisposables: vscode.Disposable[] = [];
  private uri: vscode.Uri | undefined;
  private channel: Channel | undefined;
  private sample: SampleSource = 'samples';
  private dataFile: LoadedDataFile | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** Parts of the documents rendered lately: after an edit only the changed part is parsed again. */
  private readonly partCache = new MarkdownPartCache();
  /** Renders sent so far; a render scheduled before a newer one is dropped. */
  private sequence = 0;
  private ready = false;
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
      vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
        deserializeWebviewPanel: (panel, state: PreviewState | undefined) => this.restore(panel, state ?? {}),
      }),
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
    for (const d of this.disposables) d.dispose();
  }

  private async restore(panel: vscode.WebviewPanel, state: PreviewState): Promise<void> {
    if (state.uri) this.uri = vscode.Uri.parse(state.uri);
    this.channel = state.channel;
    this.sample = state.sample ?? 'samples';
    panel.webview.options = this.webviewOptions();
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

  private webviewOptions(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true,
      enableForms: false,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(this.extensionUri, 'media')],
    };
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel?.dispose();
    this.panel = panel;
    this.ready = false;
    panel.iconPath = new vscode.ThemeIcon('broadcast');
    panel.webview.html = previewHtml(panel.webview, this.extensionUri);
    this.panelDisposables = [
      panel.webview.onDidReceiveMessage((message: FromWebview) => void this.receive(message)),
      panel.onDidDispose(() => {
        if (this.panel !== panel) return;
        this.panel = undefined;
        clearTimeout(this.timer);
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

  /** A message from the page (public so the integration tests can send what a click would). */
  async receive(message: FromWebview): Promise<void> {
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
        if (!this.uri) return;
        const { start, end } = message.range;
        const range = new vscode.Range(start.line, start.character, end.line, end.character);
        const shown = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.uri!.toString());
        const editor = await vscode.window.showTextDocument(this.uri, { viewColumn: shown?.viewColumn ?? vscode.ViewColumn.One, selection: range });
        editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        break;
      }
      case 'copy': {
        const render = this.lastMessage?.type === 'render' ? this.lastMessage.renders.find((r) => r.channel === message.channel) : undefined;
        if (!render) return;
        await vscode.env.clipboard.writeText(render.output);
        void vscode.window.setStatusBarMessage(`$(copy) Copied the ${message.channel} payload`, 3000);
        break;
      }
    }
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    const sequence = ++this.sequence;
    this.timer = setTimeout(() => {
      if (sequence === this.sequence) this.render();
    }, delay);
  }

  private render(): void {
    const panel = this.panel;
    if (!panel || !this.ready) return;
    const uri = this.uri;
    const entry = uri && this.registry.entryFor(uri);
    const doc = entry && uri ? entry.kb.document(uri.path) : undefined;
    if (!uri || !doc) {
      this.post(panel, {
        type: 'empty',
        message: uri ? `${basename(uri)} is not a document of a knowledge base (no front matter, or not under a .support-kb.yml folder).` : 'Open a KB document to preview it in its channels.',
      });
      return;
    }
    panel.title = `Preview: ${basename(uri)}`;
    const channels: readonly Channel[] = doc.meta.channels.length ? doc.meta.channels : CHANNELS;
    const data = this.sample === 'defaults' ? {} : this.sample === 'file' ? this.dataFile?.data : undefined;
    let renders: ChannelRender[];
    try {
      const all = renderAll(doc, { data, channels, partCache: this.partCache });
      renders = channels.flatMap((c) => all[c] ?? []);
    } catch (error) {
      this.log.error(`Rendering ${uri.path} failed: ${(error as Error).stack ?? error}`);
      this.post(panel, { type: 'empty', message: `Support KB could not render ${basename(uri)}: ${(error as Error).message}. See Support KB: Show Log.` });
      return;
    }
    this.post(panel, {
      type: 'render',
      document: { uri: uri.toString(), name: basename(uri), title: doc.meta.title },
      renders,
      hasSamples: hasSamples(doc),
      hasVariables: doc.variables.size > 0 || doc.placeholders.length > 0,
      sample: this.sample,
      dataFile: this.dataFile && { uri: this.dataFile.uri.toString(), name: this.dataFile.name },
      channel: this.channel,
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

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
