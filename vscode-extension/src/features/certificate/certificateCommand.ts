import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { describeCommand, resolveCli, runCli } from '../shared/pledgeCli';
import { findWarranties } from './warrantyFinder';

/**
 * "Pledge: Generate Certificate…": pick a warranty and a customer data file, choose the output folder, and run
 * `pledge certify --format pdf` (one numbered certificate per customer row). The CLI (not the language server) issues certificates: issuing writes to the certificate
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
    const folderText = await vscode.window.showInputBox({ title: 'Pledge: folder for the certificates (NUMBER.pdf, and the registry certificates.db)',
      value: path.join(folder.fsPath, 'certificates'), validateInput: v => (v.trim() ? undefined : 'a folder is needed') });
    if (!folderText) return;
    const outDir = folderText.trim();
    fs.mkdirSync(outDir, { recursive: true });

    const contract = await vscode.workspace.openTextDocument(choice.contract);
    if (contract.isDirty) await contract.save();
    const cli = resolveCli(context.extensionPath);
    const keyFile = vscode.workspace.getConfiguration('pledge').get<string>('certificates.keyFile')?.trim() || undefined;
    const args = certifyArguments(choice.contract.fsPath, choice.warranty, data.fsPath, outDir, keyFile);
    output.appendLine(`$ ${describeCommand(cli, args)}`);
    const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Pledge: certifying ${choice.warranty}…`, cancellable: true },
      (_p, token) => runCli(cli, args, path.dirname(choice.contract.fsPath), token));
    output.appendLine(result.stdout + result.stderr);
    if (result.notFound) {
      void vscode.window.showErrorMessage(`Pledge: the pledge CLI (${cli.source}) was not found. Set \`pledge.cli.path\` to pledge.dll or install the pledge tool.`);
      return;
    }
    if (result.code !== 0) {
      const reason = (result.stderr || result.stdout).trim().split('\n')[0] ?? '';
      const needsKey = /key/i.test(reason);
      void vscode.window.showErrorMessage(`Pledge: no certificate was generated: ${reason}` +
        (needsKey ? ' Set `pledge.certificates.keyFile` or the PLEDGE_CERT_KEY environment variable.' : ''), needsKey ? 'Open Settings' : 'Show Output')
        .then(c => {
          if (c === 'Open Settings') void vscode.commands.executeCommand('workbench.action.openSettings', 'pledge.certificates.keyFile');
          else if (c) output.show();
        });
      return;
    }
    const pdfs = issuedNumbers(result.stdout).map(n => vscode.Uri.file(path.join(outDir, `${n}.pdf`))).filter(u => fs.existsSync(u.fsPath));
    const open = 'Open PDF';
    const reveal = 'Reveal in Explorer';
    const answer = await vscode.window.showInformationMessage(
      `Pledge: ${pdfs.length} certificate${pdfs.length === 1 ? '' : 's'} written to ${vscode.workspace.asRelativePath(outDir)}`, ...(pdfs.length ? [open] : []), reveal);
    if (answer === open) {
      const pdf = pdfs.length === 1 ? pdfs[0] : (await vscode.window.showQuickPick(pdfs.map(u => ({ label: path.basename(u.fsPath), uri: u }))))?.uri;
      if (pdf) await vscode.env.openExternal(pdf);
    }
    if (answer === reveal) await vscode.commands.executeCommand('revealInExplorer', vscode.Uri.file(outDir));
  }));
}

/** `pledge certify` prints one `NUMBER<TAB>customer<TAB>state` line per certificate. */
export function issuedNumbers(stdout: string): string[] {
  return stdout.split('\n').map(l => l.split('\t')).filter(c => c.length >= 3 && c[0]!.trim()).map(c => c[0]!.trim());
}

/** `pledge certify CONTRACT --warranty NAME --data FILE --output DIR --format pdf [--key-file F]` (docs/cli.md). */
export function certifyArguments(contract: string, warranty: string, data: string, outDir: string, keyFile?: string): string[] {
  return ['certify', contract, '--warranty', warranty, '--data', data, '--output', outDir, '--format', 'pdf', ...(keyFile ? ['--key-file', keyFile] : [])];
}
