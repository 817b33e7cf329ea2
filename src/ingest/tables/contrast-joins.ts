/**
 * Words that join two acts set side by side, each its own: "The RSF shelled the market, while
 * the army bombed a bridge", "whereas the rebels …", "; meanwhile, …". Two triggers with one of
 * these between them are two acts, whatever the joint head reads of the pair. "As" is left
 * out: it also compares ("…, as the agreement requires", "as did Saudi Arabia") and tells one
 * act in two words ("the guns fell silent, as the ceasefire took effect"); two acts joined by it
 * are kept apart by their authors instead. Regex source, matched without case on the words
 * between the two triggers; extend it for another language or house style.
 */
export const CONTRAST_JOINS =
  '(?:[,;]|\\s[-–—]) (?:while|whereas|meanwhile)\\b|\\bwhereas\\b|, meanwhile,';
