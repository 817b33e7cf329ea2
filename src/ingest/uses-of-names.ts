const LEAD = /[\p{L}\p{N}]+/uy;
const BEFORE_NAME = /[\p{L}\p{N}'’-]$/u;
const AFTER_NAME = /^[\p{L}\p{N}-]/u;

/**
 * Where each name is written whole in `text`, as a search for each name alone would find it:
 * not inside a longer word, not after an apostrophe or a hyphen, matches of one name never
 * overlapping. One pass over the text for all the names: a search per name costs the text's
 * length for each, and a report of many unknown names grew with their count times its length.
 * A name starts with a letter or a digit, as a word does.
 */
export function usesOfNames(
  text: string,
  names: Iterable<string>,
): ReadonlyMap<string, readonly number[]> {
  // A name and a text agree on their first run of letters and digits, whatever follows it, so
  // the names are sought by that run, then by length.
  const byLead = new Map<string, Map<number, Set<string>>>();
  const uses = new Map<string, number[]>();
  for (const name of names) {
    if (uses.has(name)) continue;
    uses.set(name, []);
    LEAD.lastIndex = 0;
    const lead = LEAD.exec(name)?.[0];
    if (lead === undefined) continue;
    let byLength = byLead.get(lead);
    if (byLength === undefined) byLead.set(lead, (byLength = new Map()));
    let alike = byLength.get(name.length);
    if (alike === undefined) byLength.set(name.length, (alike = new Set()));
    alike.add(name);
  }
  if (byLead.size === 0) return uses;
  const freeFrom = new Map<string, number>();
  for (let at = 0; at < text.length;) {
    LEAD.lastIndex = at;
    const run = LEAD.exec(text);
    if (run === null) {
      at += 1;
      continue;
    }
    const byLength = byLead.get(run[0]);
    if (byLength !== undefined && !BEFORE_NAME.test(text.slice(Math.max(0, at - 2), at)))
      for (const [length, alike] of byLength) {
        const name = text.slice(at, at + length);
        if (!alike.has(name) || AFTER_NAME.test(text.slice(at + length, at + length + 2))) continue;
        if ((freeFrom.get(name) ?? 0) > at) continue;
        uses.get(name)!.push(at);
        freeFrom.set(name, at + length);
      }
    at += run[0].length;
  }
  return uses;
}
