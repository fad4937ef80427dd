import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ServerConnection } from '../client/serverConnection';
import { describeCommand, resolveCli, runCli } from '../shared/pledgeCli';
import { showReport } from '../shared/reportPanel';
import { resolveSlaDocument } from '../shared/targetDocument';
import { askEvaluationInputs, EvaluationInputs } from './evaluationInputs';
import { requestEvaluation } from './evaluateRequest';

/**
 * "Pledge: Evaluate Incident Log…" (also the server's `pledge.evaluate` code lens). Asks the server first, so
 * unsaved edits count; a server without `pledge/evaluate` falls back to `pledge eval` on the saved file.
 */
export function registerEvaluate(context: vscode.ExtensionContext, server: ServerConnection): void {
  const output = vscode.window.createOutputChannel('Pledge Evaluation');
  context.subscriptions.push(output, vscode.commands.registerCommand('pledge.evaluate', async (target?: unknown) => {
    const uri = await resolveSlaDocument(target);
    if (!uri) return;
    const contract = await vscode.workspace.openTextDocument(uri);
    const inputs = await askEvaluationInputs(contract, context.workspaceState);
    if (!inputs) return;
    const title = `Evaluation ${path.basename(uri.fsPath)} · ${inputs.period}`;
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Pledge: evaluating ${path.basename(inputs.log.fsPath)}…`, cancellable: true },
      async (_progress, token) => {
        const outcome = await requestEvaluation(server.running, uri.toString(), inputs);
        if (outcome.kind === 'report') {
          output.appendLine(`== ${title}`);
          output.appendLine(outcome.text ?? '(HTML report)');
          showReport(title, outcome.html !== undefined ? { html: outcome.html } : { text: outcome.text ?? '' });
          return;
        }
        if (outcome.kind === 'error') {
          void vscode.window.showErrorMessage(`Pledge: the evaluation failed: ${outcome.message}`);
          return;
        }
        output.appendLine(`pledge/evaluate is not available (${outcome.message}); using the pledge CLI`);
        await evaluateWithCli(context, contract, inputs, title, output, token);
      });
  }));
}

async function evaluateWithCli(context: vscode.ExtensionContext, contract: vscode.TextDocument, inputs: EvaluationInputs, title: string,
  output: vscode.OutputChannel, token: vscode.CancellationToken): Promise<void> {
  if (contract.isDirty) await contract.save();
  const cli = resolveCli(context.extensionPath);
  const args = ['eval', contract.uri.fsPath, '--incidents', inputs.log.fsPath, '--period', inputs.period, '--format', 'text',
    ...Object.entries(inputs.parameters).flatMap(([k, v]) => ['--param', `${k}=${v}`])];
  output.appendLine(`$ ${describeCommand(cli, args)}`);
  const result = await runCli(cli, args, path.dirname(contract.uri.fsPath), token);
  output.appendLine(result.stdout + result.stderr);
  if (result.notFound) {
    void vscode.window.showErrorMessage(`Pledge: this language server has no pledge/evaluate, and the pledge CLI (${cli.source}) was not found. ` +
      'Set `pledge.cli.path` to pledge.dll or install the pledge tool.', 'Open Settings')
      .then(c => { if (c) void vscode.commands.executeCommand('workbench.action.openSettings', 'pledge.cli.path'); });
    return;
  }
  // pledge eval exits 0 with a report (breached or not); 1 when the contract has errors, 2 and 3 on misuse or a crash.
  if (result.code === 0) showReport(title, { text: result.stdout });
  else {
    void vscode.window.showErrorMessage(`Pledge: the evaluation failed: ${(result.stderr || result.stdout).trim().split('\n')[0]}`, 'Show Output')
      .then(c => { if (c) output.show(); });
  }
}
