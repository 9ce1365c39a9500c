/**
 * A wiki-link or entry link found in a body, as the check, the link graph and the content store
 * hold it: its target, line and the sentence it sits in.
 */
export interface BodyLink {
  target: string;
  label?: string;
  /** 1-based line within the body. */
  line: number;
  /** The sentence the link sits in, wiki-link markup kept. */
  context: string;
  /** For a Markdown link or image by path (`[x](/actors/slug/)`), its URL as written. */
  href?: string;
}

/**
 * A link found by reading a body. Its sentence is found when first read (a backlink shows it), not
 * by the check, which never does. A class, not an object literal with a getter: V8 keeps such a
 * literal in dictionary mode, several times larger, and the check holds one per link of every body.
 * It holds the block's sentence finder and the link's offset, not the parsed body.
 */
export class FoundLink implements BodyLink {
  readonly target: string;
  readonly line: number;
  readonly label?: string;
  readonly href?: string;
  readonly #sentenceAt: (offset: number) => string;
  readonly #offset: number;

  constructor(found: Omit<BodyLink, 'context'>, sentenceAt: (offset: number) => string, offset = 0) {
    this.target = found.target;
    this.line = found.line;
    if (found.label !== undefined) this.label = found.label;
    if (found.href !== undefined) this.href = found.href;
    this.#sentenceAt = sentenceAt;
    this.#offset = offset;
  }

  get context(): string {
    return this.#sentenceAt(this.#offset);
  }
}

/** A body link as plain data, its sentence read: what the content store keeps and serializes. */
export function plainBodyLink({ target, label, line, context, href }: BodyLink): BodyLink {
  return { target, ...(label !== undefined ? { label } : {}), line, context, ...(href !== undefined ? { href } : {}) };
}
