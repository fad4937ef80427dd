import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ServerConnection } from '../client/serverConnection';
import { contractLanguages } from './contractLanguages';
import { previewShell } from './previewHtml';
import { requestRender } from './renderRequest';
import { allLanguages, FromWebview, ToWebview } from './webview/messages';

/** One preview beside one .sla document: re-rendered (debounced) on every edit and on a language switch. */
export class PreviewPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private selected = allLanguages;
  private timer: NodeJS.Timeout | undefined;
  /** Each render gets a number; an answer that is not the latest is dropped (edits outrun the server). */
  private sequence = 0;
  private disposed = false;

  constructor(readonly panel: vscode.WebviewPanel, readonly documentUri: vscode.Uri, private readonly server: ServerConnection,
    extensionUri: vscode.Uri, onDispose: () => void) {
    panel.webview.options = { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview')] };
    panel.webview.html = previewShell(panel.webview, extensionUri);
    this.disposables.push(
      panel.onDidDispose(() => { this.dispose(); onDispose(); }),
      panel.webview.onDidReceiveMessage((m: FromWebview) => this.onMessage(m)),
      vscode.workspace.onDidChangeTextDocument(e => { if (e.document.uri.toString() === documentUri.toString()) this.schedule(); }),
      server.onDidChangeClient(() => this.schedule(0)),
    );
  }

  static title(uri: vscode.Uri): string {
    return `Preview ${path.basename(uri.fsPath)}`;
  }

  reveal(): void {
    this.panel.reveal(vscode.ViewColumn.Beside, true);
  }

  /** Re-renders after the user pauses typing: rendering on every keystroke would queue work the user never sees. */
  schedule(delay = vscode.workspace.getConfiguration('pledge').get<number>('preview.debounce', 300)): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.render(), delay);
  }

  private onMessage(message: FromWebview): void {
    if (message.type === 'language') this.selected = message.value;
    this.schedule(0);
  }

  private async render(): Promise<void> {
    const sequence = ++this.sequence;
    const document = vscode.workspace.textDocuments.find(d => d.uri.toString() === this.documentUri.toString());
    const languages = contractLanguages(document?.getText() ?? '');
    if (!languages.includes(this.selected)) this.selected = allLanguages;
    void this.post({ type: 'rendering' });
    const outcome = await requestRender(this.server.running, {
      textDocument: { uri: this.documentUri.toString() },
      ...(this.selected === allLanguages ? {} : { languages: [this.selected] }),
    });
    if (this.disposed || sequence !== this.sequence) return;
    if (outcome.kind === 'html') {
      const shown = outcome.languages && outcome.languages.length > 0 && this.selected === allLanguages ? outcome.languages : languages;
      void this.post({ type: 'document', html: outcome.html, languages: shown, selected: this.selected, renderedAt: new Date().toLocaleTimeString() });
    } else {
      void this.post({ type: 'message', kind: outcome.kind, text: outcome.message, languages, selected: this.selected });
    }
  }

  private post(message: ToWebview): Thenable<boolean> {
    return this.panel.webview.postMessage(message);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
