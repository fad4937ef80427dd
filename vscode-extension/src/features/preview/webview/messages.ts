/** Messages between the preview panel (extension host) and its webview script. */
export type ToWebview =
  | { type: 'document'; html: string; languages: string[]; selected: string; renderedAt: string }
  | { type: 'message'; kind: 'unavailable' | 'error'; text: string; languages: string[]; selected: string }
  | { type: 'rendering' };

export type FromWebview = { type: 'ready' } | { type: 'language'; value: string };

/** The switch's value for "every language of the contract". */
export const allLanguages = '*';
