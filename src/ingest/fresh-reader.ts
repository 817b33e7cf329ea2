import winkNLP from 'wink-nlp';
import type { WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** The part of wink-nlp's lexicon that grows as it meets words its model lacks. */
interface Lexemes {
  readonly hash: Record<string, number>;
  readonly list: readonly string[];
  readonly intrinsicSize: number;
}

/**
 * wink-nlp reads the lemma of a contraction it keeps whole (a sentence-final "cannot.") from its
 * expansion pointer, an index of 2^17 and up into the lexeme list: while the list is shorter the
 * lemma is undefined and `structureText` falls back to the word itself, but once the words met
 * push the list past that length it is whichever word a report read long before put there. So
 * the reader starts afresh before its list gets there.
 */
const LEMMA_POINTER_FLOOR = 2 ** 17;
/** Room left below that floor for the words one text adds. */
const ONE_TEXT_WORDS = 10_000;

/**
 * A wink-nlp reader that meets every text as if it were its first. wink-nlp remembers each word
 * its model lacks, and its tokenizer keeps a remembered word whole: once a report ends a
 * sentence with "Beirut's.", every later "Beirut's" is one token instead of two, and a report's
 * claims would depend on which reports were read before it. Forgetting those words before each
 * text keeps a report's reading its own. Forgotten words stay in wink-nlp's lists (its tokens
 * point into them), so the reader is rebuilt once the lists grow past a bound, and always before
 * they reach `LEMMA_POINTER_FLOOR`. One text whose new words alone outrun a fresh reader's room
 * (some 43,000 entries, two for a new capitalised word) still carries the list past it; what a
 * contraction kept whole reads there is then that text's own word, the same whatever came before.
 */
export class FreshReader {
  private nlp!: WinkMethods;
  private lexemes!: Lexemes;
  private forgottenUpTo = 0;

  /**
   * `pipe`: wink-nlp's annotations to run. `rebuildAfter`: how many words met beyond the
   * model's own are kept before the reader starts afresh (fewer, if the floor comes first).
   */
  constructor(
    private readonly pipe: readonly string[],
    private readonly rebuildAfter = Infinity,
  ) {
    this.build();
  }

  get its(): WinkMethods['its'] {
    return this.nlp.its;
  }

  readDoc(text: string): ReturnType<WinkMethods['readDoc']> {
    const { hash, list, intrinsicSize } = this.lexemes;
    const full =
      list.length - intrinsicSize > this.rebuildAfter ||
      list.length > LEMMA_POINTER_FLOOR - ONE_TEXT_WORDS;
    if (full) this.build();
    else {
      for (let i = this.forgottenUpTo; i < list.length; i++) {
        const word = list[i];
        if (word !== undefined && hash[word] === i) delete hash[word];
      }
      this.forgottenUpTo = list.length;
    }
    const doc = this.nlp.readDoc(text);
    if (this.lexemes.list.length < LEMMA_POINTER_FLOOR) return doc;
    // One text met more new words than the room left: read it again from the model alone.
    this.build();
    return this.nlp.readDoc(text);
  }

  private build(): void {
    let core: { features: { lexeme: Lexemes } } | undefined;
    // The model hands wink-nlp a fresh copy of its core on each call: keep a hold of the one
    // this reader's cache is built on.
    const source = model as unknown as { core: () => typeof core };
    const held = { ...source, core: () => (core = source.core()) };
    this.nlp = winkNLP(held as unknown as typeof model, [...this.pipe]);
    if (core === undefined) throw new Error('wink-nlp did not load its core model');
    this.lexemes = core.features.lexeme;
    this.forgottenUpTo = this.lexemes.intrinsicSize;
  }
}
