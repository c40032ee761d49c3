/**
 * SMS length, after 3GPP TS 23.038 §6.2.1 (the GSM 7-bit default alphabet
 * and its extension table) and the usual concatenation limits: a message in
 * GSM-7 holds 160 septets, or 153 per part when split; in UCS-2 70 UTF-16
 * units, or 67 per part. An extension character takes two septets (escape +
 * code) and both stay in one part; a surrogate pair stays in one part.
 */

/** The default alphabet, code 0x00–0x7F, without 0x1B (the escape to the extension table). */
const GSM7_BASIC = '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** The extension table: escape + code, two septets each. */
const GSM7_EXTENSION = '\f^{}\\[~]|€';

/** Septets per character code (all GSM-7 characters are in the BMP); 0 = not in GSM-7. */
const SEPTETS = new Uint8Array(0x10000);
for (const c of GSM7_BASIC) SEPTETS[c.charCodeAt(0)] = 1;
for (const c of GSM7_EXTENSION) SEPTETS[c.charCodeAt(0)] = 2;

export type CharClass = 'basic' | 'extension' | 'other';

/** Septets a code point takes in GSM-7: 1, 2 (extension table), or 0 when it is not in GSM-7. */
export function gsm7Septets(codePoint: number): number {
  return codePoint < 0x10000 ? SEPTETS[codePoint] : 0;
}

/** Where one character (a code point) sits: the default alphabet, the extension table, or neither. */
export function gsm7Class(char: string): CharClass {
  const n = char.length === 1 ? SEPTETS[char.charCodeAt(0)] : 0;
  return n === 1 ? 'basic' : n === 2 ? 'extension' : 'other';
}

export interface SmsMeasure {
  readonly encoding: 'GSM-7' | 'UCS-2';
  readonly units: number;
  readonly segments: number;
  readonly perSegment: number;
  /** UTF-16 offsets in the text where each segment starts. */
  readonly partStarts: readonly number[];
}

export const SMS_LIMITS = {
  'GSM-7': { single: 160, part: 153 },
  'UCS-2': { single: 70, part: 67 },
} as const;

export function measureSms(text: string): SmsMeasure {
  let gsm = true;
  let septets = 0;
  for (let i = 0; i < text.length; i++) {
    const n = SEPTETS[text.charCodeAt(i)];
    if (n === 0) {
      gsm = false;
      break;
    }
    septets += n;
  }
  const encoding = gsm ? 'GSM-7' : 'UCS-2';
  const units = gsm ? septets : text.length;
  const limits = SMS_LIMITS[encoding];
  if (units === 0) return { encoding, units, segments: 0, perSegment: limits.single, partStarts: [] };
  if (units <= limits.single) return { encoding, units, segments: 1, perSegment: limits.single, partStarts: [0] };
  const partStarts = [0];
  let room = limits.part;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    const pair = !gsm && c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const n = gsm ? SEPTETS[c] : pair ? 2 : 1;
    if (n > room) {
      partStarts.push(i);
      room = limits.part;
    }
    room -= n;
    i += pair ? 2 : 1;
  }
  return { encoding, units, segments: partStarts.length, perSegment: limits.part, partStarts };
}
