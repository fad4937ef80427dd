import { ErrorCodes, ResponseError } from 'vscode-languageclient/node';

/** The server answers MethodNotFound for a custom request it does not implement (yet). */
export function isMethodNotFound(error: unknown): error is ResponseError<unknown> {
  return error instanceof ResponseError && error.code === ErrorCodes.MethodNotFound;
}

export function describeError(error: unknown): string {
  if (error instanceof ResponseError) return `${error.message} (code ${error.code})`;
  return error instanceof Error ? error.message : String(error);
}
