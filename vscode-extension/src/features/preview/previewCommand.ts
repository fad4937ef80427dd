import * as vscode from 'vscode';
import type { ServerConnection } from '../client/serverConnection';
import { resolveSlaDocument } from '../shared/targetDocument';
import { PreviewPanel } from './previewPanel';

/** "Pledge: Open Preview to the Side" (also the server's `pledge.openPreview` code lens): one panel per document. */
export function registerPreview(context: vscode.ExtensionContext, server: ServerConnection): void {
  const panels = new Map<string, PreviewPanel>();
  context.subscriptions.push(vscode.commands.registerCommand('pledge.openPreview', async (target?: unknown) => {
    const uri = await resolveSlaDocument(target);
    if (!uri) return;
    const key = uri.toString();
    const existing = panels.get(key);
    if (existing) {
      existing.reveal();
      return;
    }
    const webviewPanel = vscode.window.createWebviewPanel('pledge.preview', PreviewPanel.title(uri),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, retainContextWhenHidden: true });
    const preview = new PreviewPanel(webviewPanel, uri, server, context.extensionUri, () => panels.delete(key));
    panels.set(key, preview);
    preview.schedule(0);
  }), { dispose: () => { for (const p of panels.values()) p.dispose(); } });
}
