import { z } from 'zod';
import type { EventType } from '../vocabulary/event-types.js';
import { unitKey } from './unit-key.js';

/**
 * What a reported figure counts: the acts themselves ("three strikes"), the persons they
 * concern (released, evacuated), their outcomes (killed, injured, detained) or supplies
 * (trucks, litres of fuel). "A strike that killed 9" is one strike with 9 killed.
 */
export const QuantityRole = z.enum([
  'acts',
  'persons',
  'killed',
  'injured',
  'detained',
  'supplies',
]);
export type QuantityRole = z.infer<typeof QuantityRole>;

/**
 * The role of a figure that does not say one, from its unit (by `unitKey`, which folds
 * synonyms). Data: add a unit here and tallies and clauses read it. A unit not listed has no
 * role: it counts as the act's own figure, as before roles existed.
 */
export const ROLE_OF_UNIT: Readonly<Record<string, QuantityRole>> = {
  killed: 'killed',
  injured: 'injured',
  detained: 'detained',
  person: 'persons',
  hostage: 'persons',
  prisoner: 'persons',
  detainee: 'persons',
  captive: 'persons',
  civilian: 'persons',
  fighter: 'persons',
  soldier: 'persons',
  bodie: 'persons',
  remain: 'persons',
  truck: 'supplies',
  litre: 'supplies',
  liter: 'supplies',
  tonne: 'supplies',
  ton: 'supplies',
  ship: 'supplies',
  flight: 'acts',
  strike: 'acts',
  target: 'acts',
  attack: 'acts',
  rocket: 'acts',
  missile: 'acts',
  drone: 'acts',
  shell: 'acts',
  violation: 'acts',
  incident: 'acts',
};

/**
 * The roles whose figure an act's count reads (a clause without a unit, a tally's main row):
 * persons for releases and lists, supplies for aid, acts for the rest. Data, like the above.
 */
export const COUNTED_ROLES: Readonly<Partial<Record<EventType, readonly QuantityRole[]>>> = {
  release: ['persons'],
  held: ['persons'],
  list_delivered: ['persons'],
  list_not_delivered: ['persons'],
  arrest: ['detained', 'persons'],
  evacuation_order: ['persons'],
  aid_delivery: ['supplies'],
};

const DEFAULT_COUNTED: readonly QuantityRole[] = ['acts'];

export const countedRoles = (type: EventType): readonly QuantityRole[] =>
  COUNTED_ROLES[type] ?? DEFAULT_COUNTED;

/** A figure's role: as the claim gives it, else by its unit; null for a unit not known. */
export function roleOfQuantity(q: {
  readonly unit: string;
  readonly role?: QuantityRole | undefined;
}): QuantityRole | null {
  return q.role ?? ROLE_OF_UNIT[unitKey(q.unit)] ?? null;
}

/**
 * `roleOfQuantity` remembered by unit name: folding a unit is string work, and a million
 * claims name a handful of units. One per evaluation, so nothing outlives it.
 */
export class QuantityRoles {
  private readonly byUnit = new Map<string, QuantityRole | null>();

  of(q: { readonly unit: string; readonly role?: QuantityRole | undefined }): QuantityRole | null {
    if (q.role !== undefined) return q.role;
    let role = this.byUnit.get(q.unit);
    if (role === undefined) {
      role = roleOfQuantity(q);
      this.byUnit.set(q.unit, role);
    }
    return role;
  }
}
