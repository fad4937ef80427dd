import * as path from 'node:path';
import * as vscode from 'vscode';

export interface EvaluationInputs {
  readonly log: vscode.Uri;
  readonly period: string;
  readonly parameters: Record<string, string>;
}

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A period guessed from the log's name (`october-2026.csv`, `incidents-2026-10.jsonl`), else last month. */
export function guessPeriod(fileName: string, now = new Date()): string {
  const name = path.basename(fileName).toLowerCase();
  const numeric = /(\d{4})-(\d{2}|q[1-4])\b/.exec(name);
  if (numeric) return `${numeric[1]}-${numeric[2]!.toUpperCase()}`;
  const month = months.findIndex(m => name.includes(m));
  const year = /(\d{4})/.exec(name);
  if (month >= 0 && year) return `${year[1]}-${String(month + 1).padStart(2, '0')}`;
  const last = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  return `${last.getFullYear()}-${String(last.getMonth() + 1).padStart(2, '0')}`;
}

/** `monthly_fee=20000 CNY; contract_value=1000000 CNY` → an object; empty input → no parameters. */
export function parseParameters(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const part of text.split(/[;\n]/)) {
    const eq = part.indexOf('=');
    if (eq > 0) result[part.slice(0, eq).trim()] = part.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
  }
  return result;
}

/** The names of the contract's parameters, to prompt for their values. */
export function declaredParameters(text: string): string[] {
  return [...text.matchAll(/^\s*parameter\s+([\p{L}_][\p{L}\p{N}_]*)/gmu)].map(m => m[1]!);
}

/** Asks for the log, the period and the parameter values; remembers the last values per contract. */
export async function askEvaluationInputs(contract: vscode.TextDocument, memory: vscode.Memento): Promise<EvaluationInputs | undefined> {
  const picked = await vscode.window.showOpenDialog({
    title: 'Pledge: choose the incident log to evaluate', canSelectMany: false, openLabel: 'Evaluate',
    defaultUri: vscode.Uri.joinPath(contract.uri, '..'), filters: { 'Incident logs': ['csv', 'jsonl'], 'All files': ['*'] },
  });
  const log = picked?.[0];
  if (!log) return undefined;
  const period = await vscode.window.showInputBox({
    title: 'Pledge: period to evaluate', value: guessPeriod(log.fsPath), prompt: 'A month (2026-10), a quarter (2026-Q4) or a year (2026), in the contract\'s timezone',
    validateInput: v => (/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/.test(v.trim()) ? undefined : 'write 2026-10, 2026-Q4 or 2026'),
  });
  if (!period) return undefined;
  const names = declaredParameters(contract.getText());
  const key = `pledge.evaluate.parameters:${contract.uri.toString()}`;
  let parameters: Record<string, string> = {};
  if (names.length > 0) {
    const text = await vscode.window.showInputBox({
      title: 'Pledge: parameter values (optional)', value: memory.get<string>(key, ''),
      prompt: `NAME=VALUE separated by ';' for ${names.join(', ')}`, placeHolder: `${names[0]}=20000 CNY`,
    });
    if (text === undefined) return undefined;
    await memory.update(key, text);
    parameters = parseParameters(text);
  }
  return { log, period: period.trim(), parameters };
}
