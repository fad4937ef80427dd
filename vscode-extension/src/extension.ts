// Wiring only: each feature lives in src/features/<feature>/ and registers itself here.
import * as vscode from 'vscode';
import { ServerConnection } from './features/client/serverConnection';
import { registerCertificate } from './features/certificate/certificateCommand';
import { registerEvaluate } from './features/evaluate/evaluateCommand';
import { registerPreview } from './features/preview/previewCommand';

let server: ServerConnection | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  server = new ServerConnection(context.extensionPath);
  const connection = server;
  context.subscriptions.push(connection,
    vscode.commands.registerCommand('pledge.restartServer', () => connection.restart()),
    vscode.commands.registerCommand('pledge.showOutput', () => connection.output.show()));
  registerPreview(context, connection);
  registerEvaluate(context, connection);
  registerCertificate(context);
  // Not awaited: activation must not wait for .NET to start; the status bar shows the progress.
  void connection.start();
}

export async function deactivate(): Promise<void> {
  await server?.stop();
}
