// The README's shell blocks, as the README test and the README stack test read them.

/** The text of every ```sh block, with `\`-continued lines joined. */
export function shellBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```(?:sh|bash|shell)\n([\s\S]*?)^```/gm)].map((m) => m[1]!.replace(/\\\n\s*/g, ''));
}
