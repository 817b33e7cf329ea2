import type { Act, AgreementException, Norm } from './agreement.js';
import type { AgreementFile } from './agreement-file.js';

type Problem = (path: readonly PropertyKey[], message: string, showFound?: boolean) => void;

/**
 * Resolves the exceptions and refuses a conflict between clauses: an obligation requiring an
 * act that a prohibition forbids the same party, in the same phase and place, is an error
 * unless an exception says which prevails. The engine never picks one silently.
 */
export function compileExceptions(
  file: AgreementFile,
  norms: readonly Norm[],
  problem: Problem,
): AgreementException[] {
  const byId = new Map(norms.map((n) => [n.id, n]));
  const exceptions = file.exceptions.map((e, i): AgreementException => {
    const path = ['exceptions', i];
    const to = typeof e.to === 'string' ? [e.to] : e.to;
    to.forEach((id, j) => {
      const norm = byId.get(id);
      const at = typeof e.to === 'string' ? [...path, 'to'] : [...path, 'to', j];
      if (norm === undefined) problem(at, 'names no norm of this agreement');
      else if (norm.kind !== 'prohibition') {
        problem(at, `names a ${norm.kind} norm; only a prohibition can make way for an exception`);
      }
    });
    if ('for' in e) {
      const norm = byId.get(e.for);
      if (norm === undefined) problem([...path, 'for'], 'names no norm of this agreement');
      else if (norm.kind !== 'achievement' && norm.kind !== 'punctual') {
        problem([...path, 'for'], `names a ${norm.kind} norm; expected an obligation`);
      }
    }
    return {
      id: e.id,
      ref: e.ref,
      to,
      prevails: 'for' in e ? { kind: 'clause', norm: e.for } : { kind: 'ground', ground: e.ground },
    };
  });
  const resolved = new Set(
    exceptions.flatMap((e) =>
      e.prevails.kind === 'clause'
        ? e.to.map((p) => `${p}|${(e.prevails as { norm: string }).norm}`)
        : [],
    ),
  );
  norms.forEach((o, i) => {
    if (o.kind !== 'achievement' && o.kind !== 'punctual') return;
    for (const p of norms) {
      if (p.kind !== 'prohibition' || resolved.has(`${p.id}|${o.id}`)) continue;
      const overlap = forbiddenOverlap(o, p);
      if (overlap === null) continue;
      problem(
        ['norms', i, 'act'],
        `requires what \`${p.id}\` forbids (${overlap}); say which prevails with an exception ` +
          `\`{id: …, to: [${p.id}], for: ${o.id}, ref: …}\``,
        false,
      );
    }
  });
  return exceptions;
}

/** What an obligation requires that a prohibition forbids, in words; null when nothing. */
function forbiddenOverlap(o: Norm & { act: Act }, p: Norm & { act: Act }): string | null {
  const events = o.act.events.filter((e) => p.act.events.includes(e));
  if (events.length === 0) return null;
  if (o.phase !== null && p.phase !== null && o.phase !== p.phase) return null;
  if (o.act.area !== null && p.act.area !== null && o.act.area.id !== p.act.area.id) return null;
  const agents = (n: Norm & { act: Act }): readonly string[] | 'any' =>
    n.act.by.kind === 'any' ? 'any' : n.act.by.kind === 'parties' ? n.act.by.parties : n.bearers;
  const a = agents(o);
  const b = agents(p);
  const both = a === 'any' ? b : b === 'any' ? a : a.filter((x) => b.includes(x));
  if (both !== 'any' && both.length === 0) return null;
  return `${events.join(', ')} by ${both === 'any' ? 'anyone' : both.join(', ')}`;
}
