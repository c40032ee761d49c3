// The channel preview in a real VS Code: it opens beside a kb-sample reply, renders it for each of
// the reply's channels, and renders again after an edit; remote images stay out of its page; the
// host refuses malformed messages and clicks meant for another document.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { ADDRESS_MARKER, kbImageAddress } from '../../../src/extension/preview/kb-image-address';
import { isTooSlow } from '../../../src/extension/preview/too-slow';
import type { FromWebview, ToWebview } from '../../../src/webview/protocol';
import { activateExtension, editText, hasRule, revertAll, waitForDiagnostics, withTimeout, workspaceUri, type SupportKbApi } from '../helpers/vscode';

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
      await api.postToPreviewHost({ type: 'copy', document: rendered.document.uri, channel });
      assert.equal(await vscode.env.clipboard.readText(), rendered.renders.find((r) => r.channel === channel)!.output, channel);
    }
  });

  test('a remote image is blocked by default: the page hears so, and its HTML has no remote source; KB images point at the file', async () => {
    const rendered = await previewWithPixel();
    assert.equal(rendered.images.policy, 'block');
    assert.equal(rendered.images.restricted, false, 'the harness trusts its workspace');
    assert.deepEqual(rendered.images.mocks.map((m) => m.channel), ['email'], 'one HTML mock: the document is email only');
    const email = rendered.images.mocks[0];
    assert.equal(email.blocked, 1);
    assert.deepEqual(email.hosts, ['tracker.invalid']);
    assert.doesNotMatch(email.html, /src="[^"]*tracker\.invalid/, 'no remote source in what the mock shows');
    assert.match(email.html, /<img data-kb-blocked="tracker\.invalid" src="" alt="pixel"/);
    // The KB's own image (../../assets/… in faq/ru): an address of the file the webview may load, no longer relative.
    const local = /<img src="([^"]*2fa-security-screen\.png)"/.exec(email.html)?.[1];
    assert.ok(local && !local.startsWith('..') && local.endsWith('/assets/2fa-security-screen.png'), `KB image source: ${local}`);
    // The payload itself stays exact: that is what gets sent, and what Copy copies.
    const payload = rendered.renders.find((r) => r.channel === 'email')!.output;
    assert.match(payload, /src="https:\/\/tracker\.invalid\/p\.gif\?who=reader"/);
    assert.match(payload, /src="\.\.\/\.\.\/assets\/2fa-security-screen\.png"/);
  });

  test('with supportKb.preview.remoteImages "allow" the https image stays (the page reloads with a CSP that allows it)', async () => {
    await previewWithPixel();
    const settings = vscode.workspace.getConfiguration('supportKb.preview');
    try {
      const allowed = api.nextPreviewMessage((m) => isRender(m) && m.images.policy === 'allow');
      await settings.update('remoteImages', 'allow', vscode.ConfigurationTarget.Global);
      const email = ((await withTimeout(allowed, 20_000, 'a render after allowing remote images')) as Rendered).images.mocks.find((m) => m.channel === 'email')!;
      assert.equal(email.blocked, 0);
      assert.match(email.html, /<img src="https:\/\/tracker\.invalid\/p\.gif\?who=reader" alt="pixel"/);
    } finally {
      const blocked = api.nextPreviewMessage((m) => isRender(m) && m.images.policy === 'block');
      await settings.update('remoteImages', undefined, vscode.ConfigurationTarget.Global);
      await withTimeout(blocked, 20_000, 'a render after the setting was reset');
    }
  });

  /** kb-sample's 2FA article (it shows a screenshot from the KB's assets) with a tracking pixel added, unsaved, in the preview. */
  async function previewWithPixel(): Promise<Rendered> {
    const document = await vscode.workspace.openTextDocument(workspaceUri('faq/ru/two-factor-auth.md'));
    await vscode.window.showTextDocument(document);
    await editText(document, (text) => `${text.trimEnd()}\n\nИ пиксель: ![pixel](https://tracker.invalid/p.gif?who=reader)\n`);
    const rendered = api.nextPreviewMessage((m) => isRender(m) && m.document.uri === document.uri.toString() && m.renders.some((r) => r.output.includes('tracker.invalid')));
    await vscode.commands.executeCommand('supportKb.openPreview');
    return (await withTimeout(rendered, 20_000, 'the render of the article with the pixel')) as Rendered;
  }

  test('KB image addresses made in the render worker encode a path as vscode.Uri does', () => {
    const root = vscode.Uri.parse('https://file%2B.vscode-resource.example/kb');
    for (const segments of [['assets', 'screen.png'], ['a b', "it's (1)*!.png"], ['ёж', '#?%&=+;,@$:[].png'], ['~-._', 'x.png']]) {
      assert.equal(kbImageAddress(vscode.Uri.joinPath(root, ADDRESS_MARKER).toString(), segments), vscode.Uri.joinPath(root, ...segments).toString(), segments.join('/'));
    }
  });

  test('a hostile document renders in the preview\'s worker: the preview shows the render or "too slow", then recovers', async function () {
    this.timeout(180_000);
    // ~200 KB of autolink openers that never close: inside the render caps, yet ~2.7 s per render in
    // process on the 2-core test machine (bundled, measured), so in the host it would stall every
    // extension for that long. Previewed without an editor (as Find Reply Template's row button does):
    // an open editor would have VS Code's own Markdown extension, in the same host, send its parse of
    // the document to its language server, which alone held the host for over a second (a CPU profile
    // showed it in child_process serialisation) and is no part of what this test is about.
    // The unknown key is only there to tell when the KB has read the file.
    const uri = workspaceUri('faq/hostile-preview.md');
    const text = `---\ntitle: Hostile preview\nchannels: [email, chat, sms, telegram, whatsapp, slack, phone]\ncolour: red\n---\n${'<http://a '.repeat(20_000)}\n`;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const ping = vscode.commands.registerCommand('supportKbTest.ping', () => Date.now());
    try {
      await waitForDiagnostics(uri, hasRule('kb/unknown-key'), 'the KB reading the new file', 60_000);

      // From here until the preview has shown the document: how late a 25 ms timer plus a command
      // call of this extension host come back. A render on the host's thread would hold both.
      let rendering = true;
      let worst = 0;
      const probe = (async () => {
        while (rendering) {
          const start = Date.now();
          await new Promise((resolve) => setTimeout(resolve, 25));
          await vscode.commands.executeCommand('supportKbTest.ping');
          worst = Math.max(worst, Date.now() - start - 25);
        }
      })();
      const shown = api.nextPreviewMessage((m) => isRender(m) && m.document.uri === uri.toString());
      await vscode.commands.executeCommand('supportKb.openPreview', uri);
      let rendered: Rendered;
      try {
        rendered = (await withTimeout(shown, 120_000, 'the render (or "too slow") of the hostile document')) as Rendered;
      } finally {
        rendering = false;
        await probe;
      }
      const slow = rendered.renders.filter(isTooSlow);
      // Printed for a reader, not asserted: timing on the shared test machines is noise. What is
      // asserted is that the worker the extension ships (dist/render-worker.js) loads in the real
      // host and answers, and that the preview recovers after a stopped render.
      console.log(`      longest pause of the extension host while the preview rendered: ${worst} ms (${slow.length ? 'stopped as too slow' : 'rendered'})`);
      assert.deepEqual(rendered.renders.map((r) => r.channel), ['email', 'chat', 'sms', 'telegram', 'whatsapp', 'slack', 'phone']);
      if (slow.length > 0) {
        assert.equal(slow.length, rendered.renders.length, 'a stopped render stops every channel');
        assert.match(slow[0].warnings[0].message, /^Too slow to preview/);
      } else {
        assert.ok(rendered.renders.every((r) => r.output.length > 0), 'a full render has every payload');
      }

      // The preview keeps working after it (a stopped worker is replaced).
      const next = api.nextPreviewMessage((m) => isRender(m) && m.renders.some((r) => /Анна, передали ваш вопрос/.test(r.output)));
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceUri('macros/ru/ack-chat-handoff.md')));
      await withTimeout(next, 30_000, 'a render of a normal document after the hostile one');
    } finally {
      ping.dispose();
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(uri);
    }
  });

  test('malformed messages and clicks for another document are ignored; a good click still selects', async () => {
    const uri = workspaceUri('macros/ru/ack-chat-handoff.md');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const first = api.nextPreviewMessage(isRender);
    await vscode.commands.executeCommand('supportKb.openPreview');
    await withTimeout(first, 20_000, 'the first render');
    const editor = () => vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString())!;
    const other = workspaceUri('macros/ru/ack-new-request.md').toString();
    const range = { start: { line: 2, character: 0 }, end: { line: 2, character: 5 } };
    const start = editor().selection;
    assert.ok(!start.isEqual(new vscode.Selection(2, 0, 2, 5)), 'the test range is not selected to begin with');

    const refused: unknown[] = [
      { type: 'reveal', document: other, range },
      { type: 'reveal', document: uri.toString(), range: { start: { line: -1, character: 0 }, end: range.end } },
      { type: 'reveal', document: uri.toString(), range: '2:0-2:5' },
      { type: 'reveal', range },
      { type: 'reveal', document: uri.toString(), range, then: 'more' },
      { type: 'openSettings' },
      null,
      'reveal',
    ];
    for (const message of refused) {
      await api.postToPreviewHost(message as FromWebview);
      assert.ok(editor().selection.isEqual(start), `${JSON.stringify(message)} moved the selection to ${JSON.stringify(editor().selection)}`);
    }
    await vscode.env.clipboard.writeText('before');
    await api.postToPreviewHost({ type: 'copy', document: other, channel: 'telegram' });
    assert.equal(await vscode.env.clipboard.readText(), 'before', 'Copy for another document copies nothing');

    await api.postToPreviewHost({ type: 'reveal', document: uri.toString(), range });
    assert.ok(editor().selection.isEqual(new vscode.Selection(2, 0, 2, 5)), `the same click for this document selects: ${JSON.stringify(editor().selection)}`);
  });
});
