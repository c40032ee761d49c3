#!/usr/bin/env node
import { main } from './main';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  isTTY: Boolean(process.stdout.isTTY),
  readStdin,
}).then(
  (code) => {
    process.exitCode = code;
  },
);
