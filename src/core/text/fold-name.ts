/**
 * A name folded for comparison: no accents, no hyphens or apostrophes, lower case, single
 * spaces. "Khān Yūnis", "Khan-Yunis" and "khan yunis" fold alike, as do "Prime Minister's
 * Office" and "Prime Ministers Office".
 */
export function foldName(name: string): string {
  return foldAscii(name) ?? foldByRules(name);
}

function foldByRules(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[‘’'`ʻʼ]/gu, '')
    .replace(/[-‐‑–—_./]/gu, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const APOSTROPHE = 39;
const BACKTICK = 96;

/**
 * The same folding in one pass for a name all in ASCII (most names, called per speaker and
 * per count), with no normalising and no regular expression; null at the first other letter.
 */
function foldAscii(name: string): string | null {
  let out = '';
  let space = false;
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code > 127) return null;
    if (code === APOSTROPHE || code === BACKTICK) continue;
    if (isSpaceOrJoiner(code)) {
      space = out.length > 0;
      continue;
    }
    if (space) {
      out += ' ';
      space = false;
    }
    out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : name[i];
  }
  return out;
}

/** ASCII white space (`\s`: tab to carriage return, space) and the joiners read as a space. */
const isSpaceOrJoiner = (code: number): boolean =>
  code === 32 ||
  (code >= 9 && code <= 13) ||
  code === 45 || // -
  code === 95 || // _
  code === 46 || // .
  code === 47; // /
