import { conflict } from '../core/errors.js';
import { newId } from '../core/ids.js';
import { Source } from '../core/evidence/source.js';
import type { Affiliation, SourceKind } from '../core/evidence/source.js';
import type { Store } from '../store/store.js';
import { parseInput } from './parse-input.js';

export interface NewSource {
  readonly name: string;
  readonly kind: SourceKind;
  readonly aliases?: readonly string[];
  readonly affiliation?: Affiliation;
}

/** Records a source; a name or alias already taken by another source is a conflict. */
export async function addSource(store: Store, input: NewSource, author: string): Promise<Source> {
  const source = parseInput(Source, { id: newId('src'), ...input }, 'source');
  for (const name of [source.name, ...source.aliases]) {
    const existing = await store.findSource(name);
    if (existing)
      throw conflict(`"${name}" already names source ${existing.id} (${existing.name})`);
  }
  await store.append([{ type: 'source.added', source }], author);
  return source;
}

export const listSources = (store: Store): Promise<readonly Source[]> => store.listSources();
