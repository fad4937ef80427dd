import * as vscode from 'vscode';

export type ServerState = 'starting' | 'ready' | 'error' | 'stopped';

const looks: Record<ServerState, { icon: string; tip: string }> = {
  starting: { icon: '$(sync~spin)', tip: 'Pledge language server: starting' },
  ready: { icon: '$(check)', tip: 'Pledge language server: ready' },
  error: { icon: '$(error)', tip: 'Pledge language server: not running (click for its output)' },
  stopped: { icon: '$(circle-slash)', tip: 'Pledge language server: stopped' },
};

/** One status bar item that follows the server's state; shown while a .sla editor is active. */
export class ServerStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('pledge.server', vscode.StatusBarAlignment.Right, 100);
  private readonly subscription: vscode.Disposable;
  private state: ServerState = 'stopped';

  constructor() {
    this.item.name = 'Pledge language server';
    this.item.command = 'pledge.showOutput';
    this.subscription = vscode.window.onDidChangeActiveTextEditor(() => this.refresh());
    this.set('starting');
  }

  get current(): ServerState {
    return this.state;
  }

  set(state: ServerState, detail?: string): void {
    this.state = state;
    const look = looks[state];
    this.item.text = `${look.icon} Pledge`;
    this.item.tooltip = detail ? `${look.tip}\n${detail}` : look.tip;
    this.item.backgroundColor = state === 'error' ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    // The state is also a context key, so that tests and keybindings can wait on it.
    void vscode.commands.executeCommand('setContext', 'pledge.serverState', state);
    this.refresh();
  }

  private refresh(): void {
    if (vscode.window.activeTextEditor?.document.languageId === 'sla' || this.state === 'error') this.item.show();
    else this.item.hide();
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
