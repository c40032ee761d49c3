import * as vscode from 'vscode';
import type { KbDocument } from '../core/kb/document';
import { documentSnippet } from '../core/search/snippet';
import type { KbRegistry } from './kb-registry';
import type { TemplateHit, TemplateSearch } from './template-search';

interface TemplateItem extends vscode.QuickPickItem {
  readonly hit?: TemplateHit;
}

/** What the open picker shows, for the integration tests (through the extension's API). */
export interface PickerState {
  readonly value: string;
  readonly title: string | undefined;
  /** The templates' titles, as ranked. */
  readonly titles: readonly string[];
  /** Every row's label without its icon and filter guard (hints and empty states included). */
  readonly rows: readonly string[];
}

const CHANNEL_ICONS: Record<string, string> = {
  email: 'mail',
  chat: 'comment-discussion',
  sms: 'device-mobile',
  telegram: 'send',
  whatsapp: 'comment',
  slack: 'organization',
  phone: 'call-outgoing',
};

const OPEN_BUTTON: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('go-to-file'), tooltip: 'Open the template file' };
const PREVIEW_BUTTON: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('broadcast'), tooltip: 'Open the channel preview' };
const COPY_BUTTON: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('copy'), tooltip: 'Copy the reply as plain text' };
const HINT = 'words, #tag, lang:ru, ch:sms, type:macro, kind:refusal';
const RESULTS = 30;

/**
 * "Support KB: Find Reply Template": a QuickPick ranked by our search engine.
 * Enter inserts the reply at the cursor of the editor that was active (its
 * selections replaced), as a snippet whose variables are tab stops; without
 * an editor it opens the file.
 */
export class TemplatePicker implements vscode.Disposable {
  private open: vscode.QuickPick<TemplateItem> | undefined;

  constructor(
    private readonly search: TemplateSearch,
    private readonly registry: KbRegistry,
    /** The reply as plain text (plain-reply.ts, loaded at the first copy). */
    private readonly plainReply: (doc: KbDocument) => string,
  ) {}

  get state(): PickerState | undefined {
    const pick = this.open;
    if (!pick) return undefined;
    return {
      value: pick.value,
      title: pick.title,
      titles: pick.items.filter((i) => i.hit).map((i) => i.hit!.title),
      rows: pick.items.map((i) => i.label.replace(/^\$\([\w~-]+\) /, '').replaceAll('\u2060', '')),
    };
  }

  show(initialQuery = ''): void {
    this.open?.dispose();
    const editor = vscode.window.activeTextEditor;
    const pick = (this.open = vscode.window.createQuickPick<TemplateItem>());
    pick.matchOnDescription = false;
    pick.matchOnDetail = false;
    pick.title = 'Find Reply Template';
    pick.placeholder = `Search reply templates: ${HINT}`;
    const disposables: vscode.Disposable[] = [];
    const refresh = () => this.fill(pick);
    disposables.push(
      pick.onDidChangeValue(refresh),
      this.search.onDidChangeState(refresh),
      pick.onDidAccept(() => {
        const hit = pick.selectedItems[0]?.hit ?? pick.activeItems[0]?.hit;
        if (!hit) return;
        pick.hide();
        void this.insert(hit, editor);
      }),
      pick.onDidTriggerItemButton(({ item, button }) => {
        if (!item.hit) return;
        if (button === OPEN_BUTTON) void this.openFile(item.hit);
        else if (button === PREVIEW_BUTTON) void this.preview(item.hit);
        else if (button === COPY_BUTTON) void this.copy(item.hit);
      }),
      pick.onDidHide(() => {
        for (const d of disposables) d.dispose();
        pick.dispose();
        if (this.open === pick) this.open = undefined;
      }),
    );
    pick.value = initialQuery;
    this.fill(pick);
    pick.show();
  }

  dispose(): void {
    this.open?.dispose();
  }

  private fill(pick: vscode.QuickPick<TemplateItem>): void {
    const state = this.search.state;
    if (state.state === 'building') {
      pick.busy = true;
      pick.title = 'Find Reply Template — indexing the knowledge base…';
      pick.items = [];
      return;
    }
    pick.busy = false;
    if (state.templates === 0) {
      pick.title = 'Find Reply Template';
      pick.items = [
        { label: '$(info) No templates yet', detail: 'Open a folder whose Markdown files have front matter, or one with a .support-kb.yml.', alwaysShow: true },
      ];
      return;
    }
    const result = this.search.search(pick.value, { limit: RESULTS });
    const notes = [...result.messages];
    if (result.layoutSwapped) notes.unshift(`showing results for “${result.layoutSwapped}”`);
    pick.title = notes.length ? `Find Reply Template — ${notes.join('; ')}` : `Find Reply Template — ${state.templates} templates`;
    if (result.hits.length) {
      const manyKbs = this.registry.all.length > 1;
      pick.items = result.hits.map((hit) => toItem(hit, manyKbs));
      return;
    }
    pick.items = [
      result.match === 'none' && pick.value.trim() === ''
        ? { label: '$(search) Type to search', detail: `${state.templates} templates — ${HINT}`, alwaysShow: true }
        : { label: '$(circle-slash) No template matches', detail: `Try fewer or other words, or remove a filter (${HINT})`, alwaysShow: true },
    ];
  }

  private async insert(hit: TemplateHit, editor: vscode.TextEditor | undefined): Promise<void> {
    const doc = this.documentOf(hit);
    if (!doc) return;
    if (!editor || editor.document.isClosed) return this.openFile(hit);
    await vscode.window.showTextDocument(editor.document, editor.viewColumn);
    const inserted = await editor.insertSnippet(new vscode.SnippetString(documentSnippet(doc)), editor.selections);
    if (!inserted) void vscode.window.showWarningMessage(`Support KB could not insert “${hit.title}” into ${editor.document.fileName}: the editor is read-only or was closed.`);
  }

  private async openFile(hit: TemplateHit): Promise<void> {
    await vscode.window.showTextDocument(this.registry.uriOf(hit.entry, hit.path), { preview: true });
  }

  /** The template file in the editor, and the channel preview beside it. */
  private async preview(hit: TemplateHit): Promise<void> {
    const uri = this.registry.uriOf(hit.entry, hit.path);
    await vscode.window.showTextDocument(uri, { preview: true });
    await vscode.commands.executeCommand('supportKb.openPreview', uri);
  }

  private async copy(hit: TemplateHit): Promise<void> {
    const doc = this.documentOf(hit);
    if (!doc) return;
    await vscode.env.clipboard.writeText(this.plainReply(doc));
    void vscode.window.setStatusBarMessage(`$(copy) Copied “${hit.title}”`, 3000);
  }

  private documentOf(hit: TemplateHit): KbDocument | undefined {
    const doc = hit.entry.kb.document(hit.path);
    if (!doc) void vscode.window.showWarningMessage(`“${hit.title}” is no longer in the knowledge base.`);
    return doc;
  }
}

function toItem(hit: TemplateHit, manyKbs: boolean): TemplateItem {
  const channels = hit.channels.map((c) => `$(${CHANNEL_ICONS[c] ?? 'circle-small'})`).join(' ');
  const where = [hit.locale, channels, manyKbs ? hit.entry.name : undefined].filter(Boolean).join('  ');
  const tags = hit.tags.map((t) => `#${t}`).join(' ');
  return {
    label: `$(${hit.type === 'faq' ? 'question' : hit.type === 'snippet' ? 'symbol-snippet' : 'comment'}) ${unfilterable(hit.title)}`,
    description: where,
    detail: [tags, hit.firstLine].filter(Boolean).join(' · '),
    buttons: [OPEN_BUTTON, PREVIEW_BUTTON, COPY_BUTTON],
    // Our engine has already filtered and ranked; VS Code must neither hide nor reorder these rows.
    alwaysShow: true,
    hit,
  };
}

/**
 * The title with a word joiner (U+2060, invisible, not read aloud) after each
 * character. VS Code's QuickPick moves rows whose label contains the typed
 * text to the top and sorts them by its own measure; the stable API cannot
 * turn that off (microsoft/vscode#73904). With the joiners no label contains
 * the query as typed, so every row keeps the place our ranking gave it.
 */
function unfilterable(title: string): string {
  return [...title].join('\u2060');
}
