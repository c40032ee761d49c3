import { mkdirSync, writeFileSync } from 'node:fs';
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

/** Runs the CLI in-process: exit code and what it wrote. */
export async function runCli(args: string[], options: { cwd?: string; isTTY?: boolean; stdin?: string } = {}) {
  const stdout = new Sink();
  const stderr = new Sink();
  const code = await main(args, { stdout, stderr, cwd: options.cwd ?? REPO, isTTY: options.isTTY ?? false, readStdin: async () => options.stdin ?? '' });
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
