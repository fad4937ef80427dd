import * as vscode from 'vscode';

const installUrl = 'https://dotnet.microsoft.com/download/dotnet/10.0';

/** Says what is missing and the two ways to fix it: install .NET, or point the extension at a dotnet. */
export async function showMissingDotnet(reason: string): Promise<void> {
  const install = 'Install .NET 10';
  const configure = 'Set pledge.dotnet.path';
  const choice = await vscode.window.showErrorMessage(
    `Pledge: the language server needs .NET 10 and cannot start: ${reason}. ` +
    'Install the .NET 10 runtime (or SDK), or set `pledge.dotnet.path` (or PLEDGE_DOTNET_PATH) to your dotnet executable, then run "Pledge: Restart Language Server".',
    install, configure);
  if (choice === install) await vscode.env.openExternal(vscode.Uri.parse(installUrl));
  if (choice === configure) await vscode.commands.executeCommand('workbench.action.openSettings', 'pledge.dotnet.path');
}
