// End to end: the built server driven by the node client of vscode-jsonrpc + vscode-languageserver-protocol, on the
// real example contracts. Run by tests/e2e/run-lsp.sh (after a Release build of the server).
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { startServer, uriOf, repo, P } = require('./client');

const contractFile = path.join(repo, 'examples', 'idc', 'idc-guarantee.sla');
const contractUri = uriOf(contractFile);
const commonUri = uriOf(path.join(repo, 'examples', 'idc', 'common.sla'));
const text = fs.readFileSync(contractFile, 'utf8');
const lines = text.split('\n');
let s;
let version = 1;

function positionOf(needle, into = 0) {
  const line = lines.findIndex(l => l.includes(needle));
  assert.ok(line >= 0, `the example has no line with ${needle}`);
  return { line, character: lines[line].indexOf(needle) + into };
}

before(async () => {
  s = await startServer({ rootDir: path.join(repo, 'examples', 'idc') });
  const first = s.nextDiagnostics(contractUri, 1);
  await s.conn.sendNotification(P.DidOpenTextDocumentNotification.type, { textDocument: { uri: contractUri, languageId: 'sla', version, text } });
  await first;
});

after(async () => {
  if (s) assert.equal(await s.stop(), 0, 'the server exits with 0 after shutdown and exit');
});

test('initialize announces the features', () => {
  const c = s.init.capabilities;
  assert.equal(c.textDocumentSync.change, 1);
  for (const f of ['hoverProvider', 'definitionProvider', 'referencesProvider', 'documentFormattingProvider', 'inlayHintProvider'])
    assert.equal(c[f], true, f);
  assert.ok(c.semanticTokensProvider.legend.tokenTypes.includes('keyword'));
});

test('diagnostics: the 44-minute allowance is flagged with its code and a link', () => {
  const published = s.diagnostics.get(contractUri);
  const d = published.diagnostics.find(x => x.code === 'PLG3001');
  assert.ok(d, JSON.stringify(published.diagnostics));
  assert.equal(d.severity, 1);
  assert.equal(d.source, 'pledge');
  assert.match(d.codeDescription.href, /diagnostics\.md#plg3001$/);
  assert.equal(d.range.start.line, positionOf('max downtime 44 min').line);
});

test('hover: availability shows the allowance per month length', async () => {
  const hover = await s.conn.sendRequest(P.HoverRequest.type, { textDocument: { uri: contractUri }, position: positionOf('availability 99.9%', 2) });
  assert.match(hover.contents.value, /\| 30 days \| 43\.2 min \|/);
  assert.match(hover.contents.value, /\| 31 days \| 44\.6 min \|/);
});

test('hover: a cause shows both languages of its declaration', async () => {
  const hover = await s.conn.sendRequest(P.HoverRequest.type, { textDocument: { uri: contractUri }, position: positionOf('customer_equipment', 3) });
  assert.match(hover.contents.value, /客户的电路或设备/);
  assert.match(hover.contents.value, /the customer's circuits or equipment/);
});

test('definition: a cause goes to common.sla', async () => {
  const locations = await s.conn.sendRequest(P.DefinitionRequest.type, { textDocument: { uri: contractUri }, position: positionOf('customer_equipment', 3) });
  assert.equal(locations.length, 1);
  assert.equal(locations[0].uri, commonUri);
});

test('completion: declared causes after `exclude causes`, units after a number', async () => {
  const edited = text.replace('  exclude unreported after 5 days\n', '  exclude unreported after 5 days\n  exclude causes \n');
  version += 1;
  const published = s.nextDiagnostics(contractUri, version);
  await s.conn.sendNotification(P.DidChangeTextDocumentNotification.type, { textDocument: { uri: contractUri, version }, contentChanges: [{ text: edited }] });
  const editedLines = edited.split('\n');
  const line = editedLines.findIndex(l => l === '  exclude causes ');
  const causes = await s.conn.sendRequest(P.CompletionRequest.type, { textDocument: { uri: contractUri }, position: { line, character: 17 } });
  const labels = causes.items.map(i => i.label);
  assert.ok(labels.includes('customer_equipment'), labels.join(','));
  assert.ok(labels.includes('force_majeure'));
  const unitsLine = editedLines.findIndex(l => l.includes('exclude unreported after 5 days'));
  const units = await s.conn.sendRequest(P.CompletionRequest.type, { textDocument: { uri: contractUri }, position: { line: unitsLine, character: editedLines[unitsLine].indexOf('5 days') + 2 } });
  assert.ok(units.items.some(i => i.label === 'business days'));
  await published;
  version += 1;
  await s.conn.sendNotification(P.DidChangeTextDocumentNotification.type, { textDocument: { uri: contractUri, version }, contentChanges: [{ text }] });
});

test('rename: monthly_fee everywhere in the file', async () => {
  const position = positionOf('parameter monthly_fee', 12);
  const prepared = await s.conn.sendRequest(P.PrepareRenameRequest.type, { textDocument: { uri: contractUri }, position });
  assert.equal(prepared.placeholder, 'monthly_fee');
  const edit = await s.conn.sendRequest(P.RenameRequest.type, { textDocument: { uri: contractUri }, position, newName: 'service_fee' });
  const edits = edit.changes[contractUri];
  assert.equal(edits.length, text.split('monthly_fee').length - 1);
  assert.ok(edits.every(e => e.newText === 'service_fee'));
  await assert.rejects(s.conn.sendRequest(P.RenameRequest.type, { textDocument: { uri: contractUri }, position, newName: 'not a name' }));
});

test('formatting: a messy document comes back in the canonical layout; a broken one is left alone', async () => {
  const messyUri = uriOf(path.join(repo, 'examples', 'idc', 'messy-e2e.sla'));
  await s.conn.sendNotification(P.DidOpenTextDocumentNotification.type, { textDocument: { uri: messyUri, languageId: 'sla', version: 1,
    text: 'languages   en\ncause    a "A"\n\n\n\ncause b     "B"\n' } });
  const edits = await s.conn.sendRequest(P.DocumentFormattingRequest.type, { textDocument: { uri: messyUri }, options: { tabSize: 2, insertSpaces: true } });
  assert.equal(edits.length, 1);
  assert.equal(edits[0].newText, 'languages en\n\ncause a "A"\n\ncause b "B"\n');
  await s.conn.sendNotification(P.DidChangeTextDocumentNotification.type, { textDocument: { uri: messyUri, version: 2 }, contentChanges: [{ text: 'cause   "unterminated\n' }] });
  const none = await s.conn.sendRequest(P.DocumentFormattingRequest.type, { textDocument: { uri: messyUri }, options: { tabSize: 2, insertSpaces: true } });
  assert.deepEqual(none, []);
  await s.conn.sendNotification(P.DidCloseTextDocumentNotification.type, { textDocument: { uri: messyUri } });
});

test('code action: ignore PLG3001 with a comment on the line before', async () => {
  const d = s.diagnostics.get(contractUri).diagnostics.find(x => x.code === 'PLG3001');
  const actions = await s.conn.sendRequest(P.CodeActionRequest.type, { textDocument: { uri: contractUri }, range: d.range, context: { diagnostics: [d] } });
  const ignore = actions.find(a => a.title.startsWith('Ignore PLG3001'));
  assert.ok(ignore, JSON.stringify(actions.map(a => a.title)));
  const [edit] = ignore.edit.changes[contractUri];
  assert.equal(edit.newText, '  // pledge-ignore PLG3001 \n');
  assert.deepEqual(edit.range.start, { line: d.range.start.line, character: 0 });
});

test('an unknown method is MethodNotFound and the server keeps serving', async () => {
  await assert.rejects(s.conn.sendRequest('pledge/noSuchMethod', {}), e => e.code === -32601);
  const symbols = await s.conn.sendRequest(P.DocumentSymbolRequest.type, { textDocument: { uri: contractUri } });
  assert.ok(symbols.some(x => x.name === 'connectivity'));
});
