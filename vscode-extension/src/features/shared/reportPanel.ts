import * as vscode from 'vscode';
import { contentSecurityPolicy, escapeHtml, nonce } from './webviewSecurity';

/** A read-only webview for a report: plain text in a <pre>, or server HTML; no scripts at all. */
export function showReport(title: string, body: { text: string } | { html: string }): vscode.WebviewPanel {
  const panel = vscode.window.createWebviewPanel('pledge.report', title, vscode.ViewColumn.Beside, { enableScripts: false });
  const content = 'text' in body ? `<pre id="pledge-report">${escapeHtml(body.text)}</pre>` : `<div id="pledge-report">${body.html}</div>`;
  panel.webview.html = `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(panel.webview, nonce())}">
<style>pre { font-family: var(--vscode-editor-font-family); font-size: var(--vscode-editor-font-size); white-space: pre-wrap; }</style>
</head><body><h3>${escapeHtml(title)}</h3>${content}</body></html>`;
  return panel;
}
