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

  test('a data file fills the variables, follows its edits, and a broken one leaves the values as they were', async () => {
    const uri = workspaceUri('macros/ru/ack-chat-handoff.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const first = api.nextPreviewMessage(isRender);
    await vscode.commands.executeCommand('supportKb.openPreview');
    await withTimeout(first, 20_000, 'the first render');

    const dataUri = workspaceUri('data/ivan-delivery.yml');
    const telegramOf = (m: Rendered) => m.renders.find((r) => r.channel === 'telegram')!.output;
    const withData = api.nextPreviewMessage((m) => isRender(m) && m.sample === 'file');
    assert.equal(await vscode.commands.executeCommand('supportKb.choosePreviewData', dataUri), true);
    const filled = (await withTimeout(withData, 10_000, 'a render with the data file')) as Rendered;
    assert.equal(filled.dataFile?.uri, dataUri.toString());
    assert.match(filled.dataFile?.name ?? '', /ivan-delivery\.yml$/);
    assert.match(telegramOf(filled), /Иван, передали ваш вопрос специалисту по доставке\. Номер запроса — 51007/);

    // The file changes on disk: the preview reads it again.
    const original = new TextDecoder().decode(await vscode.workspace.fs.readFile(dataUri));
    const reread = api.nextPreviewMessage((m) => isRender(m) && telegramOf(m).includes('Пётр'));
    await vscode.workspace.fs.writeFile(dataUri, new TextEncoder().encode(original.replace('Иван', 'Пётр')));
    await withTimeout(reread, 15_000, 'a render after the data file changed');

    // A broken file is refused; the values in use stay.
    const broken = workspaceUri('data/broken.json');
    await vscode.workspace.fs.writeFile(broken, new TextEncoder().encode('{ "customer": { "first_name": "Олег" },\n  "ticket": '));
    assert.equal(await vscode.commands.executeCommand('supportKb.choosePreviewData', broken), false);
    const after = (await withTimeout(api.nextPreviewMessage(isRender), 10_000, 'the render after the refusal')) as Rendered;
    assert.equal(after.sample, 'file');
    assert.equal(after.dataFile?.uri, dataUri.toString(), 'still the good file');
    assert.match(telegramOf(after), /Пётр, передали/);

    // Back to the samples from the picker, as the page would ask.
    const samples = api.nextPreviewMessage((m) => isRender(m) && m.sample === 'samples');
    await api.postToPreviewHost({ type: 'selectSample', sample: 'samples' });
    assert.match(telegramOf((await withTimeout(samples, 10_000, 'a render with the samples')) as Rendered), /Анна, передали ваш вопрос специалисту по кассам/);
  });

  test('"Copy for this channel" puts exactly that channel\'s payload on the clipboard', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceUri('macros/ru/ack-chat-handoff.md')));
    const first = api.nextPreviewMessage(isRender);
    await vscode.commands.executeCommand('supportKb.openPreview');
    const rendered = (await withTimeout(first, 20_000, 'the first render')) as Rendered;
    await vscode.env.clipboard.writeText('before');
    for (const channel of ['whatsapp', 'telegram'] as const) {
      await api.postToPreviewHost({ type: 'copy', channel });
      assert.equal(await vscode.env.clipboard.readText(), rendered.renders.find((r) => r.channel === channel)!.output, channel);
    }
  });
});
