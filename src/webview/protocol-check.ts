/**
 * The host's runtime check of what the preview page sends. The page is ours, but it displays
 * HTML built from a repository's files, and a message is only data that crossed a boundary:
 * the types in protocol.ts say what should arrive, this says whether it did. A message passes
 * only with a known `type`, exactly that type's fields, and each field of the right type and
 * range; anything else is refused with a short reason for the log (never the message itself,
 * which could be large).
 */
import { CHANNELS, type Channel } from '../core/kb/vocabulary';
import type { FromWebview, SampleSource } from './protocol';

export type CheckedMessage = { readonly ok: true; readonly message: FromWebview } | { readonly ok: false; readonly reason: string };

type Check = (value: unknown) => boolean;
type Shape<T> = { readonly [K in Exclude<keyof T, 'type'>]-?: Check };

/** A URI string; longer than any real one is refused rather than compared. */
const MAX_URI_LENGTH = 8192;

const SAMPLE_SOURCES: Readonly<Record<SampleSource, true>> = { samples: true, defaults: true, file: true };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isChannel: Check = (value) => typeof value === 'string' && (CHANNELS as readonly string[]).includes(value as Channel);
const isSample: Check = (value) => typeof value === 'string' && Object.hasOwn(SAMPLE_SOURCES, value);
const isDocument: Check = (value) => typeof value === 'string' && value.length > 0 && value.length <= MAX_URI_LENGTH;
const isIndex = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

function hasExactly(value: unknown, keys: readonly string[]): value is Record<string, unknown> {
  if (!isRecord(value)) return false;
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((k) => Object.hasOwn(value, k));
}

const isPosition = (value: unknown): value is { line: number; character: number } => hasExactly(value, ['line', 'character']) && isIndex(value.line) && isIndex(value.character);

const isRange: Check = (value) => {
  if (!hasExactly(value, ['start', 'end']) || !isPosition(value.start) || !isPosition(value.end)) return false;
  const { start, end } = value;
  return start.line < end.line || (start.line === end.line && start.character <= end.character);
};

/** Every message type with the checks of its fields: the compiler keeps this in step with FromWebview. */
const SHAPES: { readonly [T in FromWebview['type']]: Shape<Extract<FromWebview, { type: T }>> } = {
  ready: {},
  selectChannel: { channel: isChannel },
  selectSample: { sample: isSample },
  chooseDataFile: {},
  reveal: { document: isDocument, range: isRange },
  copy: { document: isDocument, channel: isChannel },
  configureRemoteImages: {},
};

export function checkFromWebview(value: unknown): CheckedMessage {
  if (!isRecord(value)) return refuse(`not an object (${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value})`);
  const { type } = value;
  if (typeof type !== 'string' || !Object.hasOwn(SHAPES, type)) return refuse(`unknown type ${clip(type)}`);
  const shape: Readonly<Record<string, Check>> = SHAPES[type as FromWebview['type']];
  for (const key of Object.keys(value)) if (key !== 'type' && !Object.hasOwn(shape, key)) return refuse(`"${type}" has an unexpected field ${clip(key)}`);
  for (const [key, check] of Object.entries(shape)) if (!check(value[key])) return refuse(`"${type}" has a missing or invalid "${key}"`);
  return { ok: true, message: value as FromWebview };
}

function refuse(reason: string): CheckedMessage {
  return { ok: false, reason };
}

/** A value for the log: short, on one line. */
function clip(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : typeof value;
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
