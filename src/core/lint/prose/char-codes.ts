/**
 * The character codes the prose scanner compares `charCodeAt` results with, named as micromark
 * names them (`micromark-util-symbol`'s `codes`), so a line here can be read next to the micromark
 * tokenizer it mirrors.
 *
 * A `const enum`, not exported constants: esbuild writes each member's number into the bundle where
 * it is used, while an exported `const` stays a module variable, read on every comparison of the
 * scanner's per-character loops (letters.ts measured such reads doubling a loop's time).
 */
export const enum Code {
  /** What `charAt`-style helpers return past the end of the text (micromark's `codes.eof` is null). */
  eof = -1,
  nul = 0x00,
  horizontalTab = 0x09,
  lineFeed = 0x0a,
  carriageReturn = 0x0d,
  space = 0x20,
  exclamationMark = 0x21, // !
  quotationMark = 0x22, // "
  numberSign = 0x23, // #
  ampersand = 0x26, // &
  apostrophe = 0x27, // '
  leftParenthesis = 0x28, // (
  rightParenthesis = 0x29, // )
  asterisk = 0x2a, // *
  plusSign = 0x2b, // +
  comma = 0x2c, // ,
  dash = 0x2d, // -
  dot = 0x2e, // .
  slash = 0x2f, // /
  digit0 = 0x30,
  digit1 = 0x31,
  digit9 = 0x39,
  colon = 0x3a, // :
  semicolon = 0x3b, // ;
  lessThan = 0x3c, // <
  equalsTo = 0x3d, // =
  greaterThan = 0x3e, // >
  questionMark = 0x3f, // ?
  atSign = 0x40, // @
  uppercaseA = 0x41,
  uppercaseH = 0x48,
  uppercaseW = 0x57,
  uppercaseX = 0x58,
  uppercaseZ = 0x5a,
  leftSquareBracket = 0x5b, // [
  backslash = 0x5c, // \
  rightSquareBracket = 0x5d, // ]
  underscore = 0x5f, // _
  graveAccent = 0x60, // `
  lowercaseA = 0x61,
  lowercaseH = 0x68,
  lowercaseW = 0x77,
  lowercaseX = 0x78,
  lowercaseZ = 0x7a,
  leftCurlyBrace = 0x7b, // {
  verticalBar = 0x7c, // |
  rightCurlyBrace = 0x7d, // }
  tilde = 0x7e, // ~
  byteOrderMarker = 0xfeff,
}
