/**
 * A name folded for comparison: no accents, no hyphens or apostrophes, lower case, single
 * spaces. "Khān Yūnis", "Khan-Yunis" and "khan yunis" fold alike, as do "Prime Minister's
 * Office" and "Prime Ministers Office".
 */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[‘’'`ʻʼ]/gu, '')
    .replace(/[-‐‑–—_./]/gu, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
