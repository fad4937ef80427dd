import * as path from 'node:path';
import * as vscode from 'vscode';

/** How the language server is started: `<dotnet> <dll>`. */
export interface ServerLaunch {
  readonly dotnet: string;
  readonly dll: string;
  /** Where each value came from, for the output channel and error messages. */
  readonly dllSource: string;
  readonly dotnetSource: string;
}

/**
 * Setting first, then environment variable, then the default: a user who sets the path in VS Code means it
 * for this workspace, while the environment variable is how CI and developers point at a fresh build.
 */
export function resolveServerLaunch(extensionPath: string, env: NodeJS.ProcessEnv = process.env): ServerLaunch {
  const config = vscode.workspace.getConfiguration('pledge');
  const [dll, dllSource] = pick(config.get<string>('server.path'), 'pledge.server.path', env.PLEDGE_SERVER_PATH, 'PLEDGE_SERVER_PATH',
    path.join(extensionPath, 'server', 'Pledge.LanguageServer.dll'), 'the bundled server');
  const [dotnet, dotnetSource] = pick(config.get<string>('dotnet.path'), 'pledge.dotnet.path', env.PLEDGE_DOTNET_PATH, 'PLEDGE_DOTNET_PATH',
    'dotnet', '`dotnet` on the PATH');
  return { dll: expandHome(dll), dllSource, dotnet: expandHome(dotnet), dotnetSource };
}

function pick(setting: string | undefined, settingName: string, variable: string | undefined, variableName: string,
  fallback: string, fallbackName: string): [string, string] {
  if (setting?.trim()) return [setting.trim(), `the setting ${settingName}`];
  if (variable?.trim()) return [variable.trim(), `the environment variable ${variableName}`];
  return [fallback, fallbackName];
}

function expandHome(p: string): string {
  return p.startsWith('~/') ? path.join(process.env.HOME ?? '~', p.slice(2)) : p;
}
