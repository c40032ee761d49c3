// Builds the extension, the CLI and the integration suite in one go.
// `--watch` rebuilds on change; `--production` builds what the VSIX ships (`npm run package`,
// `vscode:prepublish`): minified, without source maps, and without the integration suite.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Prints errors as `file:line:col: error: text`, which VS Code's $esbuild problem matcher reads. */
const problemMatcherPlugin = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => {
      if (watch) console.log('[watch] build started');
    });
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      if (watch) console.log('[watch] build finished');
    });
  },
};

const node = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'silent',
  plugins: [problemMatcherPlugin],
};

function filesUnder(dir, suffix) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true }).filter((f) => f.endsWith(suffix)).map((f) => path.join(dir, f));
}

const builds = [
  // The entry VS Code loads on activation: commands, the preview's serializer and the look for a
  // KB. It loads the next two only when needed (src/extension/lazy.ts), so each is a file of its
  // own, neither read nor compiled before then (a lazy require inside one bundle would still
  // compile it all). plain-reply.js repeats ~150 KB of kb-features.js (micromark and entities,
  // which lint reads Markdown with); sizes and times in BENCHMARKS.md.
  { ...node, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // Everything done for a KB, once one can be in the window.
  { ...node, entryPoints: ['src/extension/kb-features.ts'], outfile: 'dist/kb-features.js', external: ['vscode'] },
  // The renderers for Find Reply Template's "Copy", at the first copy. No `vscode`: pure core.
  { ...node, entryPoints: ['src/extension/plain-reply.ts'], outfile: 'dist/plain-reply.js' },
  { ...node, entryPoints: ['src/cli/cli.ts'], outfile: 'dist/cli.js' },
  // The channel preview's render worker, a file of its own: a worker thread is started from a script
  // (render-client.ts, found under the extension's dist/). No `vscode` external: it must not import it.
  { ...node, entryPoints: ['src/extension/preview/render-worker.ts'], outfile: 'dist/render-worker.js' },
  // The channel preview's page: a browser bundle (VS Code Elements included) loaded by the webview.
  {
    entryPoints: ['src/webview/main.ts'],
    outfile: 'dist/webview/preview.js',
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    format: 'iife',
    sourcemap: !production,
    minify: production,
    logLevel: 'silent',
    plugins: [problemMatcherPlugin],
  },
  {
    ...node,
    entryPoints: production ? [] : filesUnder('test/integration', '.ts'),
    outbase: '.',
    outdir: 'out',
    external: ['vscode', 'mocha'],
    sourcemap: true,
    minify: false,
  },
];

async function main() {
  const contexts = await Promise.all(builds.filter((b) => !b.entryPoints || b.entryPoints.length > 0).map((b) => esbuild.context(b)));
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  const results = await Promise.allSettled(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  if (results.some((r) => r.status === 'rejected')) process.exit(1);
  fs.chmodSync('dist/cli.js', 0o755);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
