/**
 * The heading of a box of links to other pages: "Related", "Most read", "Also read", "More from
 * <site>", "Also in this edition". Case-insensitive, matched from the start of a line.
 */
export const BOX_HEADING =
  'trending|related|most read|most popular|read more|read also|also read|read next|see also|more on this|more from|also in this|recommended|you may also like|editor.s picks?|top stories';

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
  // trending and related blocks: their heading alone, or run on into the titles
  `(${BOX_HEADING})\\b.{0,80}$`,
  // share widgets
  '(share( this( article| story| update| post| page| entry| live blog)?)?|tweet|email|print|copy link|share on \\w+)([\\s|·•]+(share( on)? )?(facebook|twitter|x|whatsapp|telegram|linkedin|email|print|copy link|reddit))*$',
  // photo credits: "(Abir Sultan/Pool via AP)", "Photo: AFP", "Credit: Reuters/…"
  '\\([^()]{0,80}(/| via )(ap|afp|reuters|getty( images)?|epa|pool|anadolu|shutterstock)[^()]{0,40}\\)$',
  '(photo|image|picture|credit|file photo)( credit)?\\s*[:/].{0,120}$',
  // comment and copyright footers
  '(comments?|\\d+ comments?|©.{0,100}|copyright .{0,100}|all rights reserved\\.?)$',
  // cookie and consent banners, and their buttons on lines of their own
  '.{0,120}\\bcookies?\\b.{0,120}$',
  '(we value your privacy|we and our (\\d+ )?partners (store|use|process))\\b',
  '(accept( all| cookies)?|allow all|agree( and close)?|got it|ok(ay)?|customi[sz]e|manage (preferences|cookies|settings)|necessary only|reject all|more info|learn more)\\.?$',
  // live-blog widgets and labels: "Pinned post", "Jump to latest", "Share this update"
  '(pinned( post)?|live|updated|jump to (the )?latest|newest first|most recent first|load more)$',
  '(share( this \\w+( \\w+)?)?|comment|follow)( [|·•] [^|·•]{1,50}){1,5}$',
  "follow (us|our [\\w ’'-]{1,40}|[\\w’'-]+) on (x|twitter|facebook|telegram|whatsapp|instagram|youtube|tiktok)\\b.{0,60}$",
  // a live blog's date header: "Thursday 30 November 2023 · Jerusalem time · newest first"
  '((monday|tuesday|wednesday|thursday|friday|saturday|sunday),? )?(\\d{1,2} (january|february|march|april|may|june|july|august|september|october|november|december)|(january|february|march|april|may|june|july|august|september|october|november|december) \\d{1,2},?) \\d{4} [·|•] [^.!?]{0,100}$',
  // an embedded social post: "… — name (@handle), date", "… — a volunteer, on Facebook"
  '.{1,240} [—–-]{1,2} (?![^—–]*\\b(said|says|told|wrote|reported|announced|added)\\b)[^—–]{0,80}(@\\w{2,}|\\b(on|via) (facebook|twitter|x|telegram|instagram|tiktok|whatsapp)\\b|, (facebook|twitter|x|telegram|instagram|tiktok)\\b)[^—–]{0,60}$',
  'posted by @\\w{2,}.{0,60}$',
  // an embedded post that ends with its own buttons: "… Like · Comment · Share"
  '.{1,200}\\b(like|comment|share|reply|repost|retweet)( [·|•] (like|comment|share|reply|repost|retweet)){2,}$',
  // notes on where the text comes from: translation, source, compiler, contact
  '\\[?(unofficial |official )?(translated|translation) (from|of)\\b.{0,200}$',
  '(sources?\\s*:|compiled by|prepared by) \\S.{0,200}$',
  '(for (more|further) information|media contact|contact\\s*:).{0,160}$',
  // reporters' credits and agency sign-offs: "(Reporting by …; editing by …)", "burs-jc"
  '\\(?((additional )?reporting|writing|editing) by\\b.{0,160}$',
  '.{0,80}\\b(writers?|correspondents?|reporters?|staff|bureaux?) (in [^.]{1,60} )?contributed( to this (report|story|article))?\\.?$',
  'burs?[-/][a-z]{1,8}$',
  // a sign-off naming the agency alone or the desk with it: "(EFE)", "-- Steppe Wire with AFP"
  '\\([^()\\d]{2,30}\\)$',
  '(--|[–—]) ?[^.!?]{1,60} (with|via) [^.!?]{1,30}$',
  // an opinion page's labels: "Opinion", "About the author: …", "Filed under: …"
  '(opinion|analysis|commentary|editorial|explainer)$',
  '(about the author\\s*:|the views expressed (here |in this [\\w ]{1,20})?are\\b|filed under\\s*:|tags\\s*:).{0,200}$',
];

/**
 * A section label or breadcrumb trail: "ETHIOPIA · TIGRAY", "NEWS | YEMEN", "Home / DR Congo /
 * North Kivu". Matched on its own, case-sensitively: capitals are what mark a label.
 */
export const SECTION_LABEL =
  "^(?:\\p{Lu}[\\p{Lu}\\d ’'&-]{1,30}(?: [·|/•›>] \\p{Lu}[\\p{Lu}\\d ’'&-]{1,30}){1,3}|Home(?: [/›>»] [^/›>»]{1,40}){1,4})$";

/**
 * Class words that mark an element as a label: "section", "label", "strap". Such an element is
 * removed when it holds one short line in capitals ("BALKANS", "THE TALKS"), never otherwise.
 */
export const LABEL_CLASS = '(?:^|[\\s_-])(?:label|section|strap|tag|category|topic)(?:$|[\\s_-])';

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
  '[class*="section-label"]',
  '[class*="section-tag"]',
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
