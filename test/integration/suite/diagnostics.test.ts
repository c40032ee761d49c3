// Diagnostics in a real VS Code: published on open, updated as you type (unsaved edits), with
// stable rule ids and exact ranges, and cleared when the text is fixed. Every wait is on
// onDidChangeDiagnostics; every edited document is reverted afterwards.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  DIAGNOSTIC_SOURCE, activateExtension, describeDiagnostics, editText, findRule, formatRange, hasRule, isEmpty,
  rangeOf, replaceLine, revertAll, ruleOf, waitForDiagnostics, withTimeout, workspaceUri,
} from '../helpers/vscode';

const TITLE_LINE = /^title:\s*\S/;
const CHANNELS_LINE = /^channels:\s*\[([^\]]*)\]\s*$/;

/** The first polished document (outside drafts/) with a one-line title and a flow-list of channels. */
async function pickValidDocument(): Promise<vscode.TextDocument> {
  const uris = await vscode.workspace.findFiles('**/*.md', '{**/drafts/**,**/node_modules/**}');
  uris.sort((a, b) => a.fsPath.localeCompare(b.fsPath));
  for (const uri of uris) {
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
    if (!frontMatter) continue;
    const lines = frontMatter.split(/\r?\n/);
    if (lines.filter((l) => TITLE_LINE.test(l)).length === 1 && lines.filter((l) => CHANNELS_LINE.test(l)).length === 1) {
      return vscode.workspace.openTextDocument(uri);
    }
  }
  throw new Error('kb-sample has no document outside drafts/ with `title:` and `channels: [...]` lines');
}

suite('diagnostics', () => {
  let document: vscode.TextDocument;
  let original: string;

  suiteSetup(async () => {
    const api = await activateExtension();
    await withTimeout(api.whenIndexed(), 60_000, 'whenIndexed()');
    document = await pickValidDocument();
    original = document.getText();
    console.log(`      edited document: ${vscode.workspace.asRelativePath(document.uri)}`);
  });

  teardown(async () => {
    await revertAll();
    assert.equal(document.getText(), original, 'revert did not restore the document');
  });

  test('a deliberately broken draft gets its problems on open', async () => {
    const draft = await vscode.workspace.openTextDocument(workspaceUri('drafts/bad-values.md'));
    await vscode.window.showTextDocument(draft);
    const diagnostics = await waitForDiagnostics(draft.uri, hasRule('kb/invalid-value'), 'kb/invalid-value');
    const viber = findRule(
      diagnostics.filter((d) => d.message.includes('viber')),
      'kb/invalid-value',
    );
    assert.deepEqual(
      formatRange(viber.range),
      formatRange(rangeOf(draft, 'viber', draft.getText().search(/^channels:/m))),
      'the unknown channel is underlined exactly',
    );
    for (const d of diagnostics) {
      assert.equal(d.source, DIAGNOSTIC_SOURCE);
      assert.ok(typeof d.code === 'object' && d.code.target instanceof vscode.Uri, `code of "${d.message}" has no target Uri`);
    }
  });

  test('a polished document opens without problems', async () => {
    await vscode.window.showTextDocument(document);
    const diagnostics = await waitForDiagnostics(document.uri, isEmpty, 'no diagnostics');
    assert.deepEqual(diagnostics, []);
  });

  test('an unsaved edit with an unknown channel and no title is flagged, and fixing it clears the problems', async () => {
    await vscode.window.showTextDocument(document);
    const firstChannel = CHANNELS_LINE.exec(original.split(/\r?\n/).find((l) => CHANNELS_LINE.test(l)) ?? '')?.[1]
      .split(',')[0]
      .trim();
    assert.ok(firstChannel, 'the channels list is empty');
    await replaceLine(document, CHANNELS_LINE, `channels: [${firstChannel}, viber]`);
    await replaceLine(document, TITLE_LINE, null);
    assert.ok(document.isDirty, 'the edit should stay unsaved');

    const diagnostics = await waitForDiagnostics(
      document.uri,
      (ds) => hasRule('kb/invalid-value')(ds) && hasRule('kb/missing-title')(ds),
      'kb/invalid-value and kb/missing-title',
    );
    const invalid = findRule(diagnostics, 'kb/invalid-value');
    const viber = rangeOf(document, 'viber', document.getText().search(/^channels:/m));
    assert.equal(formatRange(invalid.range), formatRange(viber), `kb/invalid-value should cover exactly "viber":\n      ${describeDiagnostics(diagnostics)}`);
    assert.match(invalid.message, /viber/);
    assert.equal(invalid.severity, vscode.DiagnosticSeverity.Error);
    findRule(diagnostics, 'kb/missing-title');

    await editText(document, () => original);
    await waitForDiagnostics(document.uri, isEmpty, 'the problems to clear after the fix');
  });

  test('a YAML syntax error in the front matter is reported as kb/yaml-syntax', async () => {
    await vscode.window.showTextDocument(document);
    await replaceLine(document, CHANNELS_LINE, 'channels: [email, chat');
    const diagnostics = await waitForDiagnostics(document.uri, hasRule('kb/yaml-syntax'), 'kb/yaml-syntax');
    const syntax = findRule(diagnostics, 'kb/yaml-syntax');
    assert.equal(syntax.severity, vscode.DiagnosticSeverity.Error);
    const frontMatterEnd = document.positionAt(document.getText().indexOf('\n---', 3));
    assert.ok(syntax.range.start.isBeforeOrEqual(frontMatterEnd), `kb/yaml-syntax at ${formatRange(syntax.range)} lies outside the front matter`);

    await editText(document, () => original);
    await waitForDiagnostics(document.uri, isEmpty, 'the problems to clear after the fix');
  });

  test('a placeholder the front matter does not declare is a kb/undeclared-variable warning', async () => {
    await vscode.window.showTextDocument(document);
    const name = 'customer.shoe_size';
    await editText(document, (text) => `${text.replace(/\s*$/, '')}\n\nYour size: {{ ${name} }}.\n`);
    const diagnostics = await waitForDiagnostics(document.uri, hasRule('kb/undeclared-variable'), 'kb/undeclared-variable');
    const undeclared = diagnostics.filter((d) => ruleOf(d) === 'kb/undeclared-variable' && document.getText(d.range).includes(name));
    assert.equal(undeclared.length, 1, `one kb/undeclared-variable on "${name}" expected:\n      ${describeDiagnostics(diagnostics)}`);
    assert.equal(undeclared[0].severity, vscode.DiagnosticSeverity.Warning);

    await editText(document, () => original);
    await waitForDiagnostics(document.uri, isEmpty, 'the problems to clear after the fix');
  });

  test('a misspelt key is kb/unknown-key with a "did you mean" hint', async () => {
    await vscode.window.showTextDocument(document);
    const line = original.split(/\r?\n/).find((l) => CHANNELS_LINE.test(l)) ?? '';
    await replaceLine(document, CHANNELS_LINE, line.replace(/^channels:/, 'chanels:'));
    const diagnostics = await waitForDiagnostics(document.uri, hasRule('kb/unknown-key'), 'kb/unknown-key');
    const unknown = findRule(diagnostics, 'kb/unknown-key');
    assert.match(unknown.message, /did you mean/i);
    assert.match(unknown.message, /channels/);
    assert.equal(document.getText(unknown.range), 'chanels');

    await editText(document, () => original);
    await waitForDiagnostics(document.uri, isEmpty, 'the problems to clear after the fix');
  });

  test('taking another document\'s id marks both copies, the closed one too, and the status bar counts them', async () => {
    const api = await activateExtension();
    const other = workspaceUri('faq/ru/refund-policy.md');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === other.toString()), 'the other copy must be a closed file');
    const before = problemsIn(api.statusText());
    await vscode.window.showTextDocument(document);
    await editText(document, (text) => (/^id:.*$/m.test(text) ? text.replace(/^id:.*$/m, 'id: refund-policy') : text.replace(/^---\r?\n/, '---\nid: refund-policy\n')));
    const mine = await waitForDiagnostics(document.uri, hasRule('kb/duplicate-id'), 'kb/duplicate-id on the edited copy');
    const theirs = await waitForDiagnostics(other, hasRule('kb/duplicate-id'), 'kb/duplicate-id on the closed copy');
    const duplicate = findRule(mine, 'kb/duplicate-id');
    assert.equal(document.getText(duplicate.range), 'refund-policy');
    assert.equal(duplicate.relatedInformation?.[0]?.location.uri.toString(), other.toString(), 'points at the other copy');
    assert.equal(findRule(theirs, 'kb/duplicate-id').relatedInformation?.[0]?.location.uri.toString(), document.uri.toString());
    await waitFor(() => problemsIn(api.statusText()) === before + 2, () => `status bar "${api.statusText()}" to count 2 more problems than ${before}`);

    await editText(document, () => original);
    await waitForDiagnostics(other, isEmpty, 'the closed copy to be clean again');
    await waitForDiagnostics(document.uri, isEmpty, 'the edited copy to be clean again');
  });

  test('.support-kb.yml is validated as you type, and fixing it clears its problems', async () => {
    const config = await vscode.workspace.openTextDocument(workspaceUri('.support-kb.yml'));
    const configText = config.getText();
    await vscode.window.showTextDocument(config);
    try {
      await editText(config, (text) => text.replace(/^defaultLocale:/m, 'defaultLocal:'));
      const diagnostics = await waitForDiagnostics(config.uri, hasRule('kb/unknown-key'), 'kb/unknown-key on the config');
      const unknown = findRule(diagnostics, 'kb/unknown-key');
      assert.equal(config.getText(unknown.range), 'defaultLocal');
      assert.match(unknown.message, /Did you mean "defaultLocale"\?/);
    } finally {
      await editText(config, () => configText);
    }
    await waitForDiagnostics(config.uri, isEmpty, 'the config problems to clear after the fix');
  });

  test('reverting an unsaved broken edit (File: Revert) clears its problems', async () => {
    await vscode.window.showTextDocument(document);
    await replaceLine(document, TITLE_LINE, null);
    await waitForDiagnostics(document.uri, hasRule('kb/missing-title'), 'kb/missing-title');
    await revertAll();
    assert.equal(document.getText(), original);
    await waitForDiagnostics(document.uri, isEmpty, 'the problems to clear after the revert');
  });
});

function problemsIn(statusText: string): number {
  const match = /· (\d+) problems?/.exec(statusText);
  assert.ok(match, `status text "${statusText}"`);
  return Number(match[1]);
}

/** Polls a condition the extension updates on its own timer (the status bar coalesces updates). */
async function waitFor(condition: () => boolean, what: () => string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
