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

test('pledge/render: the current text as a self-contained HTML document, with the declared languages', async () => {
  const result = await s.conn.sendRequest('pledge/render', { textDocument: { uri: contractUri } });
  assert.deepEqual(result.languages, ['zh-CN', 'en']);
  assert.equal(result.title, '服务品质保证书');
  assert.match(result.html, /^<!DOCTYPE html>/);
  assert.match(result.html, /layout-side-by-side/);
  assert.match(result.html, /Network connectivity guarantee/);
  assert.doesNotMatch(result.html, /<script|<link|\b(src|href)\s*=|url\(/i);
  const english = await s.conn.sendRequest('pledge/render', { textDocument: { uri: contractUri }, languages: ['en'], layout: 'single' });
  assert.deepEqual(english.languages, ['zh-CN', 'en']);
  assert.equal(english.title, 'Service Quality Guarantee');
  assert.doesNotMatch(english.html, /网络联通性保证/);
});

test('pledge/render: document text is escaped; a document with errors is an error with data, not a crash', async () => {
  const uri = uriOf(path.join(repo, 'examples', 'idc', 'render-e2e.sla'));
  const hostile = text.replace('"Network connectivity guarantee"', '"<script>alert(1)</script> & <img src=x onerror=alert(2)>"');
  await s.conn.sendNotification(P.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'sla', version: 1, text: hostile } });
  const result = await s.conn.sendRequest('pledge/render', { textDocument: { uri } });
  assert.doesNotMatch(result.html, /<script|<img/i);
  assert.match(result.html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  await s.conn.sendNotification(P.DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 },
    contentChanges: [{ text: text.replace('exclude causes customer_equipment', 'exclude causes no_such_cause') }] });
  await assert.rejects(s.conn.sendRequest('pledge/render', { textDocument: { uri } }), e => {
    assert.equal(e.code, -32803);
    assert.match(e.message, /render-e2e\.sla:\d+:\d+: PLG\d{4}: .*no_such_cause/);
    assert.equal(e.data.kind, 'contractErrors');
    assert.equal(e.data.errors[0].uri, uri);
    return true;
  });
  await s.conn.sendNotification(P.DidCloseTextDocumentNotification.type, { textDocument: { uri } });
});

test('pledge/evaluate: the October log against the contract, as pledge eval reports it', async () => {
  const log = path.join(repo, 'examples', 'idc', 'october-2026.csv');
  const result = await s.conn.sendRequest('pledge/evaluate', {
    textDocument: { uri: contractUri }, incidents: { path: log }, period: '2026-10', parameters: { monthly_fee: '20000 CNY' },
  });
  assert.equal(result.report.contract, 'idc_guarantee');
  const connectivity = result.report.clauses.find(c => c.name === 'connectivity');
  assert.equal(connectivity.downtimeMinutes, '50');
  assert.equal(connectivity.breached, true);
  assert.match(result.text, /connectivity · 网络联通性保证 · 2026-10: BROKEN/);
  assert.match(result.text, /= 20000\.00 CNY/);
  // The VS Code extension sends the log's URI and path; a path relative to the contract's folder works too.
  const relative = await s.conn.sendRequest('pledge/evaluate', {
    textDocument: { uri: contractUri }, incidents: { uri: uriOf(log), path: 'october-2026.csv' }, period: '2026-10', parameters: { monthly_fee: '20000 CNY' },
  });
  assert.deepEqual(relative.report, result.report);
});

test('pledge/evaluate: a malformed log is an error naming file, line and column', async () => {
  const csv = fs.readFileSync(path.join(repo, 'examples', 'idc', 'october-2026.csv'), 'utf8').split('\n');
  csv[2] = csv[2].replace('connectivity', 'no_such_clause');
  await assert.rejects(s.conn.sendRequest('pledge/evaluate', {
    textDocument: { uri: contractUri }, incidents: { text: csv.join('\n'), format: 'csv' }, period: '2026-10', parameters: { monthly_fee: '20000 CNY' },
  }), e => {
    assert.equal(e.code, -32602);
    assert.match(e.message, /\(incidents\):3:\d+: .*no_such_clause/);
    assert.deepEqual([e.data.kind, e.data.errors[0].line], ['incidentLog', 3]);
    return true;
  });
  await assert.rejects(s.conn.sendRequest('pledge/evaluate', { textDocument: { uri: contractUri }, incidents: { path: 'nowhere.csv' }, period: '2026-10' }),
    e => e.code === -32602 && /nowhere\.csv/.test(e.message));
});

test('an unknown method is MethodNotFound and the server keeps serving', async () => {
  await assert.rejects(s.conn.sendRequest('pledge/noSuchMethod', {}), e => e.code === -32601);
  const symbols = await s.conn.sendRequest(P.DocumentSymbolRequest.type, { textDocument: { uri: contractUri } });
  assert.ok(symbols.some(x => x.name === 'connectivity'));
});
