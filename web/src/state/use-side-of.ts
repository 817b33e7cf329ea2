import { useMemo } from 'react';
import type { AttributionLink } from '../api/api-types';
import { useAgreement } from './agreement-context';
import { useSources } from './sources-context';

/**
 * A name folded for comparison, as the engine folds it: no accents, hyphens or apostrophes,
 * lower case, single spaces ("Prime Minister's Office" = "prime ministers office").
 */
const foldName = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[‘’'`ʻʼ]/gu, '')
    .replace(/[-‐‑–—_./]/gu, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Which party of the agreement an attribution link speaks for, as the engine reads it: a
 * recorded source's affiliation, else its name against the parties' names and aliases.
 * Marks self-reports and sorts the record "according to" one side.
 */
export function useSideOf(): (link: AttributionLink) => string | null {
  const sources = useSources();
  const { detail } = useAgreement();
  return useMemo(() => {
    const byName = new Map<string, string>();
    for (const party of detail?.parties ?? [])
      for (const name of [party.id, party.name, ...party.aliases])
        byName.set(foldName(name), party.id);
    return (link) => {
      const affiliation = link.source === null ? undefined : sources.get(link.source)?.affiliation;
      if (affiliation !== undefined) return affiliation.kind === 'party' ? affiliation.party : null;
      return byName.get(foldName(link.name)) ?? null;
    };
  }, [sources, detail]);
}
