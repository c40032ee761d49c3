// The channel preview in a real VS Code: it opens beside a kb-sample reply, renders it for each of
// the reply's channels, and renders again after an edit.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ToWebview } from '../../../src/webview/protocol';
import { activateExtension, editText, revertAll, withTimeout, workspaceUri, type SupportKbApi } from '../helpers/vscode';

type Rendered = Extract<ToWebview, { type: 'render' }>;
const isRender = (m: ToWebview): m is Rendered => m.type === 'render';

suite('channel preview', () => {
  let api: SupportKbApi;

  suiteSetup(async () => {
    api = await activateExtension();
    await withTimeout(api.whenIndexed(), 60_000, 'whenIndexed()');
  });

  teardown(async () => {
    await revertAll();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('opens beside a reply, renders its channels, and renders again after an edit', async () => {
    const uri = workspaceUri('macros/ru/ack-chat-handoff.md');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);

    const first = api.nextPreviewMessage(isRender);
    await vscode.commands.executeCommand('supportKb.openPreview');
    const rendered = (await withTimeout(first, 20_000, 'the first render (the webview must load and say it is ready)')) as Rendered;
    assert.equal(rendered.document.uri, uri.toString());
    assert.deepEqual(rendered.renders.map((r) => r.channel), ['chat', 'telegram', 'whatsapp']);
    const telegram = rendered.renders.find((r) => r.channel === 'telegram')!;
    assert.match(telegram.output, /Анна, передали ваш вопрос специалисту по кассам/, 'variables filled with their samples');
    const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview);
    assert.equal(tabs.length, 1, 'one preview panel');

    const updated = api.nextPreviewMessage((m) => isRender(m) && m.renders.some((r) => r.output.includes('Новая строка для превью')));
    await editText(document, (text) => `${text.trimEnd()}\n\nНовая строка для превью.\n`);
    await withTimeout(updated, 10_000, 'a render with the edited text');
  });
});
