import { foldName } from '../text/fold-name.js';

/** "Trucks" and "truck" count alike. */
export const unitKey = (unit: string): string => foldName(unit).replace(/s$/, '');
