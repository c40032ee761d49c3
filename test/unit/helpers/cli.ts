import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { main } from '../../../src/cli/main';

export const REPO = resolve(__dirname, '../../..');

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void) {
    this.text += chunk.toString();
    done();
  }
}

/** Search keeps its index under XDG_CACHE_HOME: in tests, a folder of this process's, never the user's. */
const CACHE_HOME = mkdtempSync(join(tmpdir(), 'support-kb-cache-'));
process.on('exit', () => rmSync(CACHE_HOME, { recursive: true, force: true }));

/** Runs the CLI in-process: exit code and what it wrote. */
export async function runCli(args: string[], options: { cwd?: string; isTTY?: boolean; stdin?: string; env?: NodeJS.ProcessEnv } = {}) {
  const stdout = new Sink();
  const stderr = new Sink();
  const env = options.env ?? { ...process.env, XDG_CACHE_HOME: CACHE_HOME };
  const code = await main(args, { stdout, stderr, cwd: options.cwd ?? REPO, isTTY: options.isTTY ?? false, readStdin: async () => options.stdin ?? '', env });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** Writes a small KB under `scratch/name` and returns its folder. */
export function writeKb(scratch: string, name: string, files: Record<string, string>): string {
  const root = join(scratch, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
