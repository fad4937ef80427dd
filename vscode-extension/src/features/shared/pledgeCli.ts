import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { resolveServerLaunch } from '../client/serverPaths';

export interface CliLaunch { readonly command: string; readonly args: readonly string[]; readonly source: string }
export interface CliResult { readonly code: number; readonly stdout: string; readonly stderr: string; readonly notFound: boolean }

/**
 * The `pledge` CLI, for what has no language-server request (certificates) and as the fallback for
 * evaluation: `pledge.cli.path`, then PLEDGE_CLI_PATH, then the CLI bundled beside the server
 * (`server/cli/pledge.dll`), then `pledge` on the PATH. A `.dll` is run with the same dotnet as the server.
 */
export function resolveCli(extensionPath: string, env: NodeJS.ProcessEnv = process.env): CliLaunch {
  const dotnet = resolveServerLaunch(extensionPath, env).dotnet;
  const configured = vscode.workspace.getConfiguration('pledge').get<string>('cli.path')?.trim();
  const candidates: [string | undefined, string][] = [
    [configured, 'the setting pledge.cli.path'],
    [env.PLEDGE_CLI_PATH?.trim(), 'the environment variable PLEDGE_CLI_PATH'],
  ];
  for (const [value, source] of candidates) {
    if (value) return value.endsWith('.dll') ? { command: dotnet, args: [value], source } : { command: value, args: [], source };
  }
  const bundled = path.join(extensionPath, 'server', 'cli', 'pledge.dll');
  if (fs.existsSync(bundled)) return { command: dotnet, args: [bundled], source: 'the bundled CLI' };
  return { command: 'pledge', args: [], source: '`pledge` on the PATH' };
}

export function runCli(cli: CliLaunch, args: string[], cwd: string, token?: vscode.CancellationToken): Promise<CliResult> {
  return new Promise(resolve => {
    const child = execFile(cli.command, [...cli.args, ...args], { cwd, maxBuffer: 64 * 1024 * 1024, timeout: 5 * 60_000,
      env: { ...process.env, DOTNET_NOLOGO: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1', NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        const e = error as (NodeJS.ErrnoException & { code?: string | number }) | null;
        const notFound = e?.code === 'ENOENT';
        const code = !e ? 0 : typeof e.code === 'number' ? e.code : (child.exitCode ?? 1);
        resolve({ code, stdout: String(stdout), stderr: String(stderr), notFound });
      });
    token?.onCancellationRequested(() => child.kill());
  });
}

export function describeCommand(cli: CliLaunch, args: string[]): string {
  return [cli.command, ...cli.args, ...args].map(a => (/[\s"]/.test(a) ? JSON.stringify(a) : a)).join(' ');
}
