import * as vscode from 'vscode';

/**
 * The .sla document a command is about: the argument a code lens or menu passes (a URI or its string),
 * else the active editor's document. Opens the document so the server has its text.
 */
export async function resolveSlaDocument(target: unknown): Promise<vscode.Uri | undefined> {
  let uri: vscode.Uri | undefined;
  if (target instanceof vscode.Uri) uri = target;
  else if (typeof target === 'string') uri = vscode.Uri.parse(target);
  else if (vscode.window.activeTextEditor?.document.languageId === 'sla') uri = vscode.window.activeTextEditor.document.uri;
  if (!uri) {
    const picked = await vscode.window.showOpenDialog({ canSelectMany: false, filters: { 'Pledge contracts': ['sla'] }, openLabel: 'Choose contract' });
    uri = picked?.[0];
  }
  if (uri) await vscode.workspace.openTextDocument(uri);
  return uri;
}
