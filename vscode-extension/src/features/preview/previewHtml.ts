import * as vscode from 'vscode';
import { contentSecurityPolicy, nonce } from '../shared/webviewSecurity';

/**
 * The preview's shell: a toolbar with the language switch and a container the webview script fills with the
 * rendered document. The document arrives by message, so an update keeps the scroll position.
 */
export function previewShell(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const scriptNonce = nonce();
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'preview.js'));
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(webview, scriptNonce)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
  body { padding: 0; margin: 0; }
  #pledge-toolbar { position: sticky; top: 0; z-index: 10; display: flex; gap: 8px; align-items: center; padding: 6px 12px;
    background: var(--vscode-editor-background); border-bottom: 1px solid var(--vscode-panel-border); font-family: var(--vscode-font-family); }
  #pledge-status { color: var(--vscode-descriptionForeground); font-size: 12px; }
  #pledge-message { margin: 24px; padding: 12px 16px; border-left: 4px solid var(--vscode-editorWarning-foreground);
    background: var(--vscode-textBlockQuote-background); font-family: var(--vscode-font-family); white-space: pre-wrap; }
  #pledge-message.error { border-left-color: var(--vscode-editorError-foreground); }
  #pledge-document { background: #fff; color: #111; min-height: 100vh; }
  [hidden] { display: none !important; }
</style>
</head>
<body>
<div id="pledge-toolbar">
  <label for="pledge-language">Language</label>
  <select id="pledge-language"></select>
  <span id="pledge-status">rendering…</span>
</div>
<div id="pledge-message" hidden></div>
<div id="pledge-preview"><div id="pledge-document"></div></div>
<script nonce="${scriptNonce}" src="${script}"></script>
</body>
</html>`;
}
