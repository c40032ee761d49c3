// The entry module registers the commands and the preview's serializer from contributions.ts
// before the KB features load; package.json contributes them. The two lists must agree: a command
// contributed but not in COMMANDS would be "not found"; one in COMMANDS but not contributed is
// unreachable. And the entry bundle must stay small: it loads in every window with Markdown.
import { build } from 'esbuild';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { COMMANDS, PREVIEW_VIEW_TYPE } from '../../src/extension/contributions';

const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8'));

test('COMMANDS are exactly the commands package.json contributes', () => {
  const contributed = manifest.contributes.commands.map((c: { command: string }) => c.command);
  assert.deepEqual([...COMMANDS].sort(), [...contributed].sort());
});

test('the preview view type is the one package.json activates on', () => {
  assert.ok(manifest.activationEvents.includes(`onWebviewPanel:${PREVIEW_VIEW_TYPE}`), manifest.activationEvents.join(', '));
});

test('the entry bundle holds no library and, of core, only what finds a .support-kb.yml', async () => {
  const root = join(import.meta.dirname, '..', '..');
  const { metafile } = await build({
    entryPoints: [join(root, 'src/extension/extension.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
    write: false,
    metafile: true,
    absWorkingDir: root,
    logLevel: 'silent',
  });
  const inputs = Object.keys(metafile.inputs);
  const outside = inputs.filter((file) => !file.startsWith('src/extension/') && !/^src\/core\/kb\/(config-file|scan|paths|file-system)\.ts$/.test(file));
  assert.deepEqual(outside, [], 'dist/extension.js would load these with every Markdown window (import them in kb-features.ts instead)');
});
