import * as path from 'node:path';
import * as vscode from 'vscode';
import { describeCommand, resolveCli, runCli } from '../shared/pledgeCli';
import { findWarranties } from './warrantyFinder';

/**
 * "Pledge: Generate Certificate…": pick a warranty and a customer data file, choose where the PDF goes, and run
 * `pledge certify`. The CLI (not the language server) issues certificates: issuing writes to the certificate
 * registry and prints through Chromium, which is batch work, not an editor request.
 */
export function registerCertificate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel('Pledge Certificates');
  context.subscriptions.push(output, vscode.commands.registerCommand('pledge.generateCertificate', async () => {
    const warranties = await findWarranties();
    if (warranties.length === 0) {
      void vscode.window.showWarningMessage('Pledge: no `warranty` is declared in the open documents or the workspace\'s .sla files.');
      return;
    }
    const choice = warranties.length === 1 ? warranties[0] : await vscode.window.showQuickPick(warranties, {
      title: 'Pledge: warranty to certify', matchOnDescription: true, matchOnDetail: true });
    if (!choice) return;
    const folder = vscode.Uri.joinPath(choice.contract, '..');
    const data = (await vscode.window.showOpenDialog({ title: 'Pledge: customer data for the certificate', canSelectMany: false,
      defaultUri: folder, openLabel: 'Use data', filters: { 'Customer data': ['csv', 'json', 'jsonl'], 'All files': ['*'] } }))?.[0];
    if (!data) return;
    const target = await vscode.window.showSaveDialog({ title: 'Pledge: save the certificate', saveLabel: 'Generate',
      defaultUri: vscode.Uri.joinPath(folder, `${choice.warranty}-certificate.pdf`), filters: { PDF: ['pdf'] } });
    if (!target) return;

    const contract = await vscode.workspace.openTextDocument(choice.contract);
    if (contract.isDirty) await contract.save();
    const cli = resolveCli(context.extensionPath);
    const args = certifyArguments(choice.contract.fsPath, choice.warranty, data.fsPath, target.fsPath);
    output.appendLine(`$ ${describeCommand(cli, args)}`);
    const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Pledge: certifying ${choice.warranty}…`, cancellable: true },
      (_p, token) => runCli(cli, args, path.dirname(choice.contract.fsPath), token));
    output.appendLine(result.stdout + result.stderr);
    if (result.notFound) {
      void vscode.window.showErrorMessage(`Pledge: the pledge CLI (${cli.source}) was not found. Set \`pledge.cli.path\` to pledge.dll or install the pledge tool.`);
      return;
    }
    if (result.code !== 0) {
      void vscode.window.showErrorMessage(`Pledge: the certificate was not generated: ${(result.stderr || result.stdout).trim().split('\n')[0] ?? ''}`, 'Show Output')
        .then(c => { if (c) output.show(); });
      return;
    }
    const open = 'Open PDF';
    const reveal = 'Reveal in Explorer';
    const answer = await vscode.window.showInformationMessage(`Pledge: certificate written to ${vscode.workspace.asRelativePath(target)}`, open, reveal);
    if (answer === open) await vscode.env.openExternal(target);
    if (answer === reveal) await vscode.commands.executeCommand('revealInExplorer', target);
  }));
}

/** `pledge certify CONTRACT --warranty NAME --data FILE -o OUT.pdf` (docs/cli.md). */
export function certifyArguments(contract: string, warranty: string, data: string, output: string): string[] {
  return ['certify', contract, '--warranty', warranty, '--data', data, '--output', output];
}
