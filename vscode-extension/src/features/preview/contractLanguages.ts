/**
 * The `languages` line of a contract, read from the text for the language switch while the server has not
 * answered (or when its answer does not list them). Comments are skipped; the line may stand anywhere.
 */
export function contractLanguages(text: string): string[] {
  const withoutComments = text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/[^\n]*/g, '');
  const match = /(?:^|\s)languages\s+([A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*(?:\s*,\s*[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*)*)/.exec(withoutComments);
  return match ? match[1]!.split(',').map(tag => tag.trim()).filter(Boolean) : [];
}
