import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, State, TransportKind } from 'vscode-languageclient/node';
import { probeDotnet } from './dotnetProbe';
import { showMissingDotnet } from './missingDotnet';
import { resolveServerLaunch } from './serverPaths';
import { ServerStatus } from './statusBar';

/**
 * Owns the language client: checks .NET and the server path first (with messages that say how to fix each),
 * starts `dotnet Pledge.LanguageServer.dll` over stdio, and keeps the status bar in step with the client.
 * Features ask it for the running client; none of them starts or stops the server.
 */
export class ServerConnection implements vscode.Disposable {
  readonly output = vscode.window.createOutputChannel('Pledge Language Server');
  readonly status = new ServerStatus();
  private client: LanguageClient | undefined;
  private readonly changed = new vscode.EventEmitter<LanguageClient | undefined>();
  /** Fires when a client becomes ready or goes away (previews re-render then). */
  readonly onDidChangeClient = this.changed.event;

  constructor(private readonly extensionPath: string) {}

  get running(): LanguageClient | undefined {
    return this.client?.state === State.Running ? this.client : undefined;
  }

  async start(): Promise<void> {
    this.status.set('starting');
    const launch = resolveServerLaunch(this.extensionPath);
    this.output.appendLine(`server: ${launch.dll} (from ${launch.dllSource}); dotnet: ${launch.dotnet} (from ${launch.dotnetSource})`);

    const dotnet = await probeDotnet(launch.dotnet);
    if (!dotnet.found) {
      this.output.appendLine(`.NET not found: ${dotnet.reason}`);
      this.status.set('error', `.NET not found: ${dotnet.reason}`);
      void showMissingDotnet(dotnet.reason);
      return;
    }
    this.output.appendLine(`.NET: ${dotnet.version}`);
    if (!fs.existsSync(launch.dll)) {
      const message = `Pledge: the language server was not found at ${launch.dll} (from ${launch.dllSource}). ` +
        'Set `pledge.server.path` (or PLEDGE_SERVER_PATH) to Pledge.LanguageServer.dll, or reinstall the extension.';
      this.status.set('error', `server not found: ${launch.dll}`);
      void vscode.window.showErrorMessage(message, 'Open Settings').then(choice => {
        if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', 'pledge.server.path');
      });
      return;
    }

    const run = { command: launch.dotnet, args: [launch.dll], transport: TransportKind.stdio,
      options: { env: { ...process.env, DOTNET_NOLOGO: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' } } };
    const serverOptions: ServerOptions = { run, debug: run };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [{ scheme: 'file', language: 'sla' }, { scheme: 'untitled', language: 'sla' }],
      synchronize: {
        // The server re-checks when an imported library or the project's severities change on disk.
        fileEvents: [vscode.workspace.createFileSystemWatcher('**/*.sla'), vscode.workspace.createFileSystemWatcher('**/pledge.json')],
        configurationSection: 'pledge',
      },
      outputChannel: this.output,
    };
    // The id `pledge` makes the client read `pledge.trace.server` for its message trace.
    const client = new LanguageClient('pledge', 'Pledge Language Server', serverOptions, clientOptions);
    client.onDidChangeState(e => {
      if (e.newState === State.Starting) this.status.set('starting');
      else if (e.newState === State.Running) this.status.set('ready');
      else if (this.client === client) {
        this.status.set('error', 'the server stopped; see the output channel');
        this.changed.fire(undefined);
      }
    });
    this.client = client;
    try {
      await client.start();
      this.status.set('ready', `.NET ${dotnet.version}`);
      this.changed.fire(client);
    } catch (error) {
      this.status.set('error', String(error));
      this.output.appendLine(`the server failed to start: ${String(error)}`);
      void vscode.window.showErrorMessage(`Pledge: the language server failed to start: ${String(error)}`, 'Show Output')
        .then(choice => { if (choice) this.output.show(); });
    }
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.changed.fire(undefined);
    if (client?.isRunning()) await client.stop();
    this.status.set('stopped');
  }

  dispose(): void {
    void this.stop();
    this.status.dispose();
    this.output.dispose();
    this.changed.dispose();
  }
}
