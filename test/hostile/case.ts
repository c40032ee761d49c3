/**
 * A hostile input: a small KB folder and the `support-kb` commands to run on it.
 * The runner (hostile.test.ts) spawns the built CLI for every run in a child
 * process with a time and heap budget that only a hang or a blow-up crosses.
 */
export interface HostileCase {
  readonly name: string;
  /** Where the case comes from (issue 16, a fuzz find, our own idea). */
  readonly why: string;
  /** Files of the KB folder: relative path → text or bytes. `.support-kb.yml` defaults to a one-line config. */
  readonly files: () => Record<string, string | Uint8Array>;
  /** Anything files can't express (symbolic links, FIFOs), done in the KB folder before the runs. */
  readonly setup?: (dir: string) => void;
  readonly runs: readonly HostileRun[];
}

export interface HostileRun {
  /** Arguments after `support-kb`, run in the KB folder. */
  readonly args: readonly string[];
  /** Exit codes that are an answer; default 0, 1 and 2 (clean, problems found, configuration error). */
  readonly codes?: readonly number[];
  /** Each must occur in stdout + stderr: the clear message the input deserves. */
  readonly expect?: readonly RegExp[];
  /** None may occur: e.g. a secret's content echoed back. */
  readonly forbid?: readonly RegExp[];
}

export const CHANNELS = ['email', 'chat', 'sms', 'telegram', 'whatsapp', 'slack', 'phone'] as const;

/** A document for every channel with `body` below its front matter. */
export function doc(body: string, frontMatter = ''): string {
  return `---\ntitle: Hostile\nchannels: [${CHANNELS.join(', ')}]\n${frontMatter}---\n${body}\n`;
}

/**
 * check, lint, search and a render of every channel: everything a KB document goes through. The
 * channels share one process (`--channel all`): seven processes per case made the corpus take a
 * quarter of an hour on the 2-core CI machine, most of it start-up and parsing the same document.
 */
export function everyCommand(file = 'doc.md', extra: Omit<HostileRun, 'args'> = {}): HostileRun[] {
  return [
    { args: ['check'], ...extra },
    { args: ['lint'], ...extra },
    { args: ['search', 'a'], ...extra },
    { args: ['render', file, '--channel', 'all'], codes: [0], ...extra },
  ];
}

/** A KB of one document run through every command. */
export function documentCase(name: string, why: string, body: () => string, extra: Omit<HostileRun, 'args'> = {}): HostileCase {
  return { name, why, files: () => ({ 'doc.md': doc(body()) }), runs: everyCommand('doc.md', extra) };
}
