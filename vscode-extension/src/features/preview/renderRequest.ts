import type { LanguageClient } from 'vscode-languageclient/node';
import { describeError, isMethodNotFound } from '../shared/requestErrors';

/** What `pledge/render` is asked: the document (the server renders its current, unsaved text) and the languages. */
export interface RenderParams {
  textDocument: { uri: string };
  /** Languages in column order; omitted: all the contract's languages. */
  languages?: string[];
}

export type RenderOutcome =
  | { kind: 'html'; html: string; languages?: string[] }
  | { kind: 'unavailable'; message: string }
  | { kind: 'error'; message: string };

export async function requestRender(client: LanguageClient | undefined, params: RenderParams): Promise<RenderOutcome> {
  if (!client) return { kind: 'error', message: 'The Pledge language server is not running (see the status bar and the output channel).' };
  try {
    const result = await client.sendRequest<unknown>('pledge/render', params);
    return fromResult(result);
  } catch (error) {
    if (isMethodNotFound(error)) {
      return { kind: 'unavailable', message: `This language server cannot render documents yet: ${describeError(error)}` };
    }
    return { kind: 'error', message: describeError(error) };
  }
}

// Accepts a bare HTML string or an object with `html` (and optionally the contract's `languages`), so the
// preview keeps working whichever of the two the server's result settles on.
function fromResult(result: unknown): RenderOutcome {
  if (typeof result === 'string') return { kind: 'html', html: result };
  if (result && typeof result === 'object') {
    const r = result as { html?: unknown; languages?: unknown; message?: unknown };
    const languages = Array.isArray(r.languages) ? r.languages.filter((l): l is string => typeof l === 'string') : undefined;
    if (typeof r.html === 'string') return languages ? { kind: 'html', html: r.html, languages } : { kind: 'html', html: r.html };
    if (typeof r.message === 'string') return { kind: 'error', message: r.message };
  }
  return { kind: 'error', message: 'The server answered pledge/render without HTML.' };
}
