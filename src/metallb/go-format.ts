// Go's fmt verbs as MetalLB's messages use them (%q on strings and on integers), so our
// copies of its messages match the webhook's byte for byte.

// Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols, and the ASCII space.
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

const SHORT_ESCAPES: Record<number, string> = {
  0x07: '\\a',
  0x08: '\\b',
  0x0c: '\\f',
  0x0a: '\\n',
  0x0d: '\\r',
  0x09: '\\t',
  0x0b: '\\v',
};

const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');

const escapeRune = (codePoint: number, quote: '"' | "'"): string => {
  const ch = String.fromCodePoint(codePoint);
  if (ch === quote || ch === '\\') {
    return `\\${ch}`;
  }
  if (PRINTABLE.test(ch)) {
    return ch;
  }
  const short = SHORT_ESCAPES[codePoint];
  if (short) {
    return short;
  }
  if (codePoint < 0x80) {
    return `\\x${hex(codePoint, 2)}`;
  }
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) {
    // A lone surrogate is not valid UTF-8; Go would print the replacement character's escape.
    return '\\ufffd';
  }
  if (codePoint < 0x10000) {
    return `\\u${hex(codePoint, 4)}`;
  }
  return `\\U${hex(codePoint, 8)}`;
};

/** Go's `%q` (strconv.Quote) of a string. */
export const goQuote = (text: string): string => {
  let out = '"';
  for (const ch of text) {
    out += escapeRune(ch.codePointAt(0) as number, '"');
  }
  return `${out}"`;
};

/** Go's `%q` of an integer: a single-quoted character literal (MetalLB uses it by mistake). */
export const goQuoteInt = (n: number): string => {
  const codePoint = n >= 0 && n <= 0x10ffff ? n : 0xfffd;
  return `'${escapeRune(codePoint, "'")}'`;
};

/** Go's strings.TrimSpace: Unicode White_Space, which differs from String.prototype.trim. */
const GO_SPACE = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004,
  0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
]);

export const goTrimSpace = (text: string): string => {
  let start = 0;
  let end = text.length;
  while (start < end && GO_SPACE.has(text.charCodeAt(start))) {
    start++;
  }
  while (end > start && GO_SPACE.has(text.charCodeAt(end - 1))) {
    end--;
  }
  return text.slice(start, end);
};
