/**
 * Page furniture: text that belongs to the page, not the report. A paragraph or line that
 * matches one of these patterns is removed and reported. Patterns are case-insensitive regex
 * sources matched from the start of the line (write `.*` to look further in); extend them for
 * other sites or languages.
 */
export const FURNITURE_PARAGRAPHS: readonly string[] = [
  // advertisement markers
  '(advertisement|advertising|sponsored( content)?|ad|story continues below( advertisement)?|continue reading below)$',
  // membership, subscription and newsletter prompts
  '(join the conversation|become a (vip |premium )?member|subscribe\\b|sign up\\b|get (our|the) .{0,40}newsletter|newsletter\\b|already a (member|subscriber)|log ?in to comment|support (our|independent) journalism)',
  "(?:[\\w’'-]+ ){0,5}(sign up for|subscribe to) (our|the) (?:[\\w’'-]+ ){0,4}(newsletter|briefing|alerts)\\b",
  // trending and related blocks
  '(trending|related|most read|most popular|read more|read also|see also|more on this|recommended|you may also like|editor.s picks?|top stories)\\b.{0,80}$',
  // share widgets
  '(share( this( article| story)?)?|tweet|email|print|copy link|share on \\w+)([\\s|·•]+(share( on)? )?(facebook|twitter|x|whatsapp|telegram|linkedin|email|print|copy link|reddit))*$',
  // photo credits: "(Abir Sultan/Pool via AP)", "Photo: AFP", "Credit: Reuters/…"
  '\\([^()]{0,80}(/| via )(ap|afp|reuters|getty( images)?|epa|pool|anadolu|shutterstock)[^()]{0,40}\\)$',
  '(photo|image|picture|credit|file photo)( credit)?\\s*[:/].{0,120}$',
  // comment and copyright footers
  '(comments?|\\d+ comments?|©.{0,100}|copyright .{0,100}|all rights reserved\\.?)$',
];

/**
 * Elements removed from an HTML page before Readability reads it. Readability drops most of
 * them on its own; removing them first lets us report what went.
 */
export const FURNITURE_SELECTORS: readonly string[] = [
  'nav',
  'aside',
  'footer',
  'form',
  'script',
  'style',
  'noscript',
  'iframe',
  'figcaption',
  '[class*="share"]',
  '[class*="social"]',
  '[class*="newsletter"]',
  '[class*="subscribe"]',
  '[class*="related"]',
  '[class*="trending"]',
  '[class*="promo"]',
  '[class*="advert"]',
  '[class*="sponsor"]',
  '[class*="caption"]',
  '[class*="credit"]',
  '[class*="comments"]',
  '[id*="newsletter"]',
  '[id*="related"]',
  '[id*="trending"]',
  '[id*="comments"]',
  '.ad',
  '.ads',
  '[class^="ad-"]',
  '[class$="-ad"]',
  '[class*="-ad "]',
  '[class*=" ad-"]',
  // consent banners, embedded posts, section labels and breadcrumbs, blog widgets
  '[class*="cookie"]',
  '[id*="cookie"]',
  '[class*="consent"]',
  '[id*="consent"]',
  '[class*="gdpr"]',
  '[class*="rgpd"]',
  '[class*="embed"]',
  '[class*="tweet"]',
  '[class*="crumb"]',
  '[class*="eyebrow"]',
  '[class*="kicker"]',
  '[class*="rubric"]',
  '[class*="rubriq"]',
  '[class*="widget"]',
  '[class*="popular"]',
  '[class*="most-read"]',
  '[class*="more-news"]',
  '[class*="readmore"]',
  '[class*="read-more"]',
  '[id*="respond"]',
  '[role="navigation"]',
  '[role="complementary"]',
];
