import * as vscode from 'vscode';

export interface WarrantyChoice extends vscode.QuickPickItem {
  readonly warranty: string;
  readonly contract: vscode.Uri;
}

const warrantyLine = /^\s*warranty\s+([\p{L}_][\p{L}\p{N}_]*)\s*((?:"[^"\n]*"\s*\/?\s*)*)/gmu;

/** The warranties declared in a text: their names and texts (for the pick list). */
export function warrantiesIn(text: string): { name: string; title: string }[] {
  return [...text.matchAll(warrantyLine)].map(m => ({
    name: m[1]!,
    title: [...(m[2] ?? '').matchAll(/"([^"\n]*)"/g)].map(s => s[1]).join(' / '),
  }));
}

/** Every warranty in the open .sla documents and the workspace's .sla files, the active document's first. */
export async function findWarranties(): Promise<WarrantyChoice[]> {
  const active = vscode.window.activeTextEditor?.document;
  const uris = new Map<string, vscode.Uri>();
  if (active?.languageId === 'sla') uris.set(active.uri.toString(), active.uri);
  for (const uri of await vscode.workspace.findFiles('**/*.sla', '**/node_modules/**', 500)) uris.set(uri.toString(), uri);
  const choices: WarrantyChoice[] = [];
  for (const uri of uris.values()) {
    const text = (await vscode.workspace.openTextDocument(uri)).getText();
    for (const w of warrantiesIn(text)) {
      choices.push({ label: w.name, description: w.title, detail: vscode.workspace.asRelativePath(uri), warranty: w.name, contract: uri });
    }
  }
  return choices;
}
