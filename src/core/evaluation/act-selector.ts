import type { Act, PlaceRole } from '../agreement/agreement.js';
import type { PartyId } from '../ids.js';
import { foldName } from '../text/fold-name.js';
import type { EventType } from '../vocabulary/event-types.js';
import { negatedTypesOf } from '../vocabulary/negated-event-types.js';
import type { ClaimIndex } from './claim-index.js';
import type { DailyWindows } from './daily-windows.js';
import type { PersonFilter } from './person-filter.js';
import { unitKey } from '../quantity/unit-key.js';

/**
 * An act compiled for one party (the bearer of an instance, or a power's holders): every test
 * is three-valued, since a claim that does not name an agent, a category or a place might
 * still be of the act. `not` drops the claim; `possibly` lets it widen counts only.
 */
export interface ActSelector {
  readonly act: Act;
  /** Event types whose claims report the act. */
  readonly types: readonly EventType[];
  /** Event types whose claims report that the act did not happen. */
  readonly negations: readonly EventType[];
  /** Parties whose acts count, as a bit mask; 0 for anyone. */
  readonly agentMask: number;
  /** The persons the act counts; null for any. */
  readonly persons: PersonFilter | null;
  readonly area: {
    readonly places: ReadonlySet<string>;
    readonly within: ReadonlySet<string>;
    readonly where: PlaceRole;
  } | null;
  readonly via: ReadonlySet<string> | null;
  readonly daily: DailyWindows | null;
  /** Count figures in this unit (its key, and its id among the claims' units; 0: none has it). */
  readonly unit: { readonly key: string; readonly id: number } | null;
}

export function compileSelector(
  act: Act,
  parties: readonly PartyId[],
  index: ClaimIndex,
  daily: DailyWindows | null,
  unit: string | null,
): ActSelector {
  const agents = act.by.kind === 'any' ? [] : act.by.kind === 'bearer' ? parties : act.by.parties;
  return {
    act,
    types: act.events,
    negations: negatedTypesOf(act.events),
    agentMask: index.partyMask(agents),
    persons: index.personFilter(act.categories),
    area:
      act.area === null
        ? null
        : {
            places: new Set(act.area.places.map(foldName)),
            within: new Set(act.area.within.map(foldName)),
            where: act.where,
          },
    via: act.via === null ? null : new Set(act.via),
    daily: act.dailyWindow === null ? null : daily,
    unit: unit === null ? null : { key: unitKey(unit), id: index.unitNames.known(unit) },
  };
}
