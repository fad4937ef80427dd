import type { LanguageClient } from 'vscode-languageclient/node';
import { describeError, isMethodNotFound } from '../shared/requestErrors';
import type { EvaluationInputs } from './evaluationInputs';

export type EvaluationOutcome =
  | { kind: 'report'; text?: string; html?: string }
  | { kind: 'unavailable'; message: string }
  | { kind: 'error'; message: string };

/** `pledge/evaluate`: the contract (its current text, by URI), the log, the period and the parameter values. */
export async function requestEvaluation(client: LanguageClient | undefined, contract: string, inputs: EvaluationInputs): Promise<EvaluationOutcome> {
  if (!client) return { kind: 'unavailable', message: 'the language server is not running' };
  try {
    const result = await client.sendRequest<unknown>('pledge/evaluate', {
      textDocument: { uri: contract },
      incidents: { uri: inputs.log.toString(), path: inputs.log.fsPath },
      period: inputs.period,
      parameters: inputs.parameters,
      format: 'text',
    });
    return fromResult(result);
  } catch (error) {
    return isMethodNotFound(error) ? { kind: 'unavailable', message: describeError(error) } : { kind: 'error', message: describeError(error) };
  }
}

// A plain text report, an object holding `text`, `report` or `html`, or a structured report (shown as JSON).
function fromResult(result: unknown): EvaluationOutcome {
  if (typeof result === 'string') return { kind: 'report', text: result };
  if (result && typeof result === 'object') {
    const r = result as Record<string, unknown>;
    if (typeof r.html === 'string') return { kind: 'report', html: r.html };
    if (typeof r.text === 'string') return { kind: 'report', text: r.text };
    if (typeof r.report === 'string') return { kind: 'report', text: r.report };
    return { kind: 'report', text: JSON.stringify(result, null, 2) };
  }
  return { kind: 'error', message: 'the server answered pledge/evaluate with nothing' };
}
