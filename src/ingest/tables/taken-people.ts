/**
 * Lemmas of nouns for people, read as what an act of taking or holding takes: "seized 15
 * sailors", "one of the gunmen was captured", "seized 276 girls" take people, which the
 * vocabulary records as an `arrest` (persons detained), where "seized the town" takes ground;
 * "still hold two villagers" holds people (`held`), "held the town" ground. Read by
 * `actsOnPeople`.
 */
export const TAKEN_PEOPLE: readonly string[] = [
  'person',
  'people',
  'man',
  'woman',
  'child',
  'boy',
  'girl',
  'student',
  'pupil',
  'civilian',
  'resident',
  'villager',
  'worker',
  'journalist',
  'reporter',
  'tourist',
  'passenger',
  'crew',
  'hostage',
  'captive',
  'prisoner',
  'detainee',
  'suspect',
  'soldier',
  'serviceman',
  'servicemen',
  'sailor',
  'marine',
  'pilot',
  'airman',
  'officer',
  'policeman',
  'commander',
  'general',
  'fighter',
  'gunman',
  'gunmen',
  'militant',
  'rebel',
  'insurgent',
  'guerrilla',
  'leader',
  'president',
  'minister',
  'governor',
  'official',
  'deputy',
  'diplomat',
  'ambassador',
  'foreigner',
  'citizen',
  'national',
  'activist',
  'teacher',
  'doctor',
  'nurse',
  'engineer',
  'dictator',
  'wife',
  'husband',
  'son',
  'daughter',
  'member',
];

/**
 * Lemmas of the verbs that take what they act on, so that people after them are detained: a raid
 * on militants, an advance on rebels or rebels stormed are fought, not taken. Read by
 * `takesPeople` on the trigger's own words.
 */
export const TAKING_VERBS: readonly string[] = ['capture', 'recapture', 'seize'];

/**
 * Those who storm, seize or enter as armed men, not as a force: "gunmen stormed the mall",
 * "armed men entered the residence" tell an `armed_attack` on what they take, where "troops
 * stormed the town" tells a ground operation. Read by `byArmedMen` before the trigger in its clause.
 */
export const ARMED_MEN: readonly string[] = [
  'gunman',
  'gunmen',
  'armed man',
  'armed men',
  'armed gang',
  'attacker',
  'attackers',
  'assailant',
  'assailants',
  'hijacker',
  'hijackers',
  'kidnapper',
  'kidnappers',
  'pirate',
  'pirates',
];
