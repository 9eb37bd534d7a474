// Text we print that may carry strings from a registry or trust server (tag
// names, error bodies). The agent runs `##vso[` commands wherever they appear
// in a line, so such text is neutralized before it reaches stdout.

export function plainText(text: string): string {
  return text.replace(/##vso\[/gi, '##_vso[');
}
