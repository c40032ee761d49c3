/**
 * Thrown when a part holds something the fast parser does not model; the part is then parsed with
 * micromark. One shared object: bailing is common (about one part in five), and an Error would
 * capture a stack trace each time.
 */
export const BAIL: unique symbol = Symbol('fast-mdast: not modelled');
