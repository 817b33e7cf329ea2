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
 * A wink-nlp reader that meets every text as if it were its first. wink-nlp remembers each word
 * its model lacks, and its tokenizer keeps a remembered word whole: once a report ends a
 * sentence with "Beirut's.", every later "Beirut's" is one token instead of two, and a report's
 * claims would depend on which reports were read before it. Forgetting those words before each
 * text keeps a report's reading its own. Forgotten words stay in wink-nlp's lists (its tokens
 * point into them), so the reader is rebuilt once the lists grow past a bound.
 */
export class FreshReader {
  private nlp!: WinkMethods;
  private lexemes!: Lexemes;
  private forgottenUpTo = 0;

  /**
   * `pipe`: wink-nlp's annotations to run. `rebuildAfter`: how many words met beyond the
   * model's own are kept before the reader starts afresh.
   */
  constructor(
    private readonly pipe: readonly string[],
    private readonly rebuildAfter = 200_000,
  ) {
    this.build();
  }

  get its(): WinkMethods['its'] {
    return this.nlp.its;
  }

  readDoc(text: string): ReturnType<WinkMethods['readDoc']> {
    const { hash, list, intrinsicSize } = this.lexemes;
    if (list.length - intrinsicSize > this.rebuildAfter) this.build();
    else {
      for (let i = this.forgottenUpTo; i < list.length; i++) {
        const word = list[i];
        if (word !== undefined && hash[word] === i) delete hash[word];
      }
      this.forgottenUpTo = list.length;
    }
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
