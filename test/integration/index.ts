// Entry of the vscode-API integration suite (the `extensionTestsPath` contract): VS Code loads
// out/test/integration/index.js in the extension host and awaits run(). Mocha (tdd UI) runs
// every out/test/integration/suite/*.test.js; the runner (run-code-server.mjs or
// run-electron.mjs) shows the output between the two marker lines and reads the counts from the last.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/** Markers around mocha's output: the runner prints what lies between them and logs the rest. */
export const START_MARKER = 'SUPPORT_KB_MOCHA_START';
export const RESULT_MARKER = 'SUPPORT_KB_MOCHA_RESULT ';

export function run(): Promise<void> {
  return runSuites(path.join(__dirname, 'suite'));
}

/** Runs every *.test.js of `suiteDir` with mocha (tdd UI), between the markers the runners read. */
export function runSuites(suiteDir: string): Promise<void> {
  const mocha = new Mocha({
    ui: 'tdd',
    reporter: 'spec',
    color: false,
    timeout: 30_000,
    slow: 2_000,
  });
  const files = fs
    .readdirSync(suiteDir)
    .filter((name) => name.endsWith('.test.js'))
    .sort();
  if (files.length === 0) return Promise.reject(new Error(`no *.test.js files in ${suiteDir}`));
  for (const name of files) mocha.addFile(path.join(suiteDir, name));

  return new Promise((resolve, reject) => {
    console.log(START_MARKER);
    const runner = mocha.run((failures) => {
      const { passes = 0, pending = 0 } = runner.stats ?? {};
      const counts = JSON.stringify({ passes, failures, pending });
      console.log(`${RESULT_MARKER}${counts}`);
      // run-electron.mjs reads the counts from a file; VS Code's own output stays as it is.
      const resultFile = process.env.SUPPORT_KB_TEST_RESULT_FILE;
      if (resultFile) fs.writeFileSync(resultFile, counts);
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
  });
}
