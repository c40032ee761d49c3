// Tone lint in a real VS Code: a cliché typed into a document is underlined, its quick fix
// rewrites it in one undoable edit, and source.fixAll.supportKb fixes the file on save.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, describeDiagnostics, editText, findRule, hasRule, revertAll, waitForDiagnostics, waitForText, withTimeout, workspaceUri } from '../helpers/vscode';

const RULE = 'ru/kantselyarit-phrases';
const SENTENCE = 'Вернём деньги в случае если заявление придёт до пятницы.';
const FIXED = 'Вернём деньги если заявление придёт до пятницы.';

suite('tone lint', () => {
  let document: vscode.TextDocument;
  let original: string;

  suiteSetup(async () => {
    const api = await activateExtension();
    await withTimeout(api.whenIndexed(), 60_000, 'whenIndexed()');
    document = await vscode.workspace.openTextDocument(workspaceUri('macros/ru/refund-approved.md'));
    original = document.getText();
  });

  teardown(async () => {
    if (document.getText() !== original) await editText(document, () => original);
    if (document.isDirty) await document.save();
    await revertAll();
  });

  test('typing a bureaucratic phrase underlines it; the quick fix rewrites it; undo restores it', async () => {
    const editor = await vscode.window.showTextDocument(document);
    await editText(document, (text) => `${text.trimEnd()}\n\n${SENTENCE}\n`);
    const diagnostics = await waitForDiagnostics(document.uri, hasRule(RULE), RULE);
    const diagnostic = findRule(diagnostics, RULE);
    assert.equal(document.getText(diagnostic.range), 'в случае если', describeDiagnostics(diagnostics));
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map((a) => a.title);
    const fix = actions.find((a) => a.title === 'Replace with "если"');
    assert.ok(fix?.edit, `no "Replace with" action among: ${titles.join(' | ')}`);
    assert.equal(fix.isPreferred, true);
    assert.ok(titles.includes(`Disable "${RULE}" for this line`), titles.join(' | '));
    assert.ok(titles.includes(`Disable "${RULE}" for this file`), titles.join(' | '));

    const withSentence = document.getText();
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.ok(document.getText().includes(FIXED), 'the fix rewrote the phrase');
    await waitForDiagnostics(document.uri, (ds) => !hasRule(RULE)(ds), `${RULE} to clear after the fix`);

    assert.equal(vscode.window.activeTextEditor, editor);
    await vscode.commands.executeCommand('undo');
    await waitForText(document, withSentence, 'undo of the quick fix');
    await waitForDiagnostics(document.uri, hasRule(RULE), `${RULE} back after undo`);
  });

  test('"Disable for this line" silences the rule on that line only', async () => {
    await vscode.window.showTextDocument(document);
    await editText(document, (text) => `${text.trimEnd()}\n\n${SENTENCE}\n`);
    const diagnostic = findRule(await waitForDiagnostics(document.uri, hasRule(RULE), RULE), RULE);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const disable = actions.find((a) => a.title === `Disable "${RULE}" for this line`);
    assert.ok(disable?.edit);
    assert.ok(await vscode.workspace.applyEdit(disable.edit));
    assert.match(document.getText(), new RegExp(`<!-- support-kb-disable-next-line ${RULE} -->\\n${SENTENCE}`));
    await waitForDiagnostics(document.uri, (ds) => !hasRule(RULE)(ds), `${RULE} to be silenced`);
  });

  test('source.fixAll.supportKb fixes the file on save', async () => {
    const settings = vscode.workspace.getConfiguration('editor', { languageId: 'markdown' });
    await settings.update('codeActionsOnSave', { 'source.fixAll.supportKb': 'explicit' }, vscode.ConfigurationTarget.Workspace, true);
    try {
      await vscode.window.showTextDocument(document);
      await editText(document, (text) => `${text.trimEnd()}\n\n${SENTENCE} И ещё раз: в случае если нужно.\n`);
      await vscode.commands.executeCommand('workbench.action.files.save');
      await waitForText(document, `${original.trimEnd()}\n\n${FIXED} И ещё раз: если нужно.\n`, 'the fixes applied on save');
      await waitForDiagnostics(document.uri, (ds) => !hasRule(RULE)(ds), `${RULE} to clear after save`);
    } finally {
      await settings.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
    }
  });
});
