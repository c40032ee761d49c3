// Template search in a real VS Code: "Find Reply Template" ranks kb-sample's replies with our
// engine, and Enter inserts the chosen one at the cursor as a snippet whose variables are tab stops.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, revertAll, withTimeout, type SupportKbApi } from '../helpers/vscode';

suite('template search', () => {
  let api: SupportKbApi;

  suiteSetup(async () => {
    api = await activateExtension();
    await withTimeout(api.whenTemplatesIndexed(), 60_000, 'whenTemplatesIndexed()');
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    // Scratch documents are closed without a save prompt (closing a dirty one would ask).
    for (const document of vscode.workspace.textDocuments.filter((d) => d.uri.scheme === 'untitled' && !d.isClosed)) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await revertAll();
  });

  test('the picker ranks with our engine: a typo, a word form and the wrong keyboard layout', async () => {
    for (const [query, first] of [
      ['передали специалисту', 'Чат: передали вопрос специалисту'],
      ['автоответ запрс', 'Автоответ: запрос получен'],
      // «автоответ» typed with the English layout.
      ['fdnjjndtn', 'Автоответ: запрос получен'],
    ] as const) {
      await vscode.commands.executeCommand('supportKb.findTemplate', query);
      const state = api.templatePicker();
      assert.ok(state, 'the picker is open');
      assert.equal(state.value, query);
      assert.equal(state.titles[0], first, `first result for “${query}”: ${state.titles.join(' | ')}`);
    }
    assert.match(api.templatePicker()?.title ?? '', /автоответ/, 'the title says which query the layout swap searched');
  });

  test('Enter replaces the selection with the reply; its variables are tab stops holding their samples', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Before. REPLACE ME After.' });
    const editor = await vscode.window.showTextDocument(document);
    const start = document.getText().indexOf('REPLACE ME');
    editor.selection = new vscode.Selection(document.positionAt(start), document.positionAt(start + 'REPLACE ME'.length));

    const changed = nextChange(document);
    await vscode.commands.executeCommand('supportKb.findTemplate', 'передали специалисту');
    assert.equal(api.templatePicker()?.titles[0], 'Чат: передали вопрос специалисту');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await withTimeout(changed, 10_000, 'the reply to be inserted');

    const text = document.getText();
    assert.ok(text.startsWith('Before. Анна, передали ваш вопрос специалисту по кассам. Номер запроса — 48213.'), text);
    assert.ok(text.endsWith(' After.'), 'text after the selection is kept');
    assert.ok(!text.includes('REPLACE ME') && !text.includes('{{'), 'the selection was replaced; no placeholder is left');
    // The first tab stop is selected; Tab moves to the next variable.
    assert.equal(document.getText(editor.selection), 'Анна');
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    assert.equal(document.getText(editor.selection), 'специалисту по кассам');
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    assert.equal(document.getText(editor.selection), '48213');

    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), 'Before. REPLACE ME After.', 'one undo removes the inserted reply');
  });

  test('the index is cached in the extension storage and loaded from there on the next indexing', async () => {
    // The first re-index writes a cache of the current documents (other tests may have changed them since activation)...
    await vscode.commands.executeCommand('supportKb.validateKnowledgeBase');
    await withTimeout(api.whenTemplatesIndexed(), 60_000, 'whenTemplatesIndexed() after a re-index');
    // ...which the second loads instead of building.
    await vscode.commands.executeCommand('supportKb.validateKnowledgeBase');
    await withTimeout(api.whenTemplatesIndexed(), 60_000, 'whenTemplatesIndexed() after another re-index');
    const state = api.templateIndexState();
    assert.equal(state.state, 'ready');
    assert.ok(state.state === 'ready' && state.fromCache === 1 && state.templates >= 45, JSON.stringify(state));
    await vscode.commands.executeCommand('supportKb.findTemplate', 'автоответ');
    assert.equal(api.templatePicker()?.titles[0], 'Автоответ: запрос получен', 'the cached index answers as the built one did');
  });

  test('a query that finds nothing says so instead of showing an empty list', async () => {
    await vscode.commands.executeCommand('supportKb.findTemplate', 'zzqxj vvkpt');
    const state = api.templatePicker();
    assert.ok(state);
    assert.deepEqual(state.titles, []);
    assert.deepEqual(state.rows, ['No template matches']);
  });
});

function nextChange(document: vscode.TextDocument): Promise<void> {
  return new Promise((resolve) => {
    const subscription = vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document !== document || event.contentChanges.length === 0) return;
      subscription.dispose();
      resolve();
    });
  });
}
