// Latency and memory of the language server as a client sees them (node, vscode-jsonrpc), for docs/performance.md:
//   node bench.js [--edits 200] [--delay 0]
// 1. a generated 2,000-line contract: N edits, each a didChange (full text) timed until the publishDiagnostics of
//    that version; then N completions and N hovers at varied places; p50 and p95 of each.
// 2. resident memory (VmRSS) of the server after opening 100 example-size documents and receiving their diagnostics.
// `--delay` is the server's diagnosticsDelay (its debounce; the editor default is 150 ms). With 0 the diagnostics
// latency is the server's own work plus transport; with the default, every edit also waits out the quiet period.
'use strict';
const fs = require('fs');
const path = require('path');
const { startServer, uriOf, repo, P } = require('./client');

const args = process.argv.slice(2);
const arg = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : fallback; };
const EDITS = arg('--edits', 200);
const DELAY = arg('--delay', 0);

/** User + system CPU time of a process so far (Linux /proc, 100 ticks a second): the work, whatever the machine's load. */
function cpuMs(pid) {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
const fmt = ms => `${ms.toFixed(1)} ms`;
const now = () => Number(process.hrtime.bigint()) / 1e6;

/** A contract of about `lines` lines in the style of the examples: shared declarations, then many clauses. */
function generateContract(lines) {
  const out = [
    'contract bench "基准合同" / "Benchmark contract"', '', 'languages zh-CN, en', 'provider "xxxx公司" / "xxxx Co., Ltd."',
    'timezone "Asia/Shanghai"', 'currency CNY', '',
    'parameter monthly_fee "月费" / "Monthly fee" : money', 'parameter contract_value "合同总价" / "Contract value" : money', '',
    'cause customer_equipment "客户的电路或设备" / "the customer\'s circuits or equipment"',
    'cause force_majeure "不可抗力" / "force majeure"', '',
    'severity critical "重大故障" / "Critical" : "系统崩溃" / "the system is down"',
    'severity major "严重故障" / "Major" : "影响多数用户" / "most users are affected"', '',
    'calendar office "工作时间" / "Office hours" {', '  days Mon-Fri', '  hours 09:00-18:00', '}', '',
  ];
  let i = 0;
  while (out.length < lines) {
    out.push(
      `clause c${i} "条款${i}" / "Clause ${i}" {`,
      '  availability 99.9% per month',
      '  downtime from reported to restored',
      '  exclude causes customer_equipment, force_majeure',
      '  clock office',
      '  matrix {',
      '    severity | respond | resolve',
      '    critical | 15 min  | 4 h',
      '    major    | 30 min  | 1 business day',
      '  }',
      '  remedy 0.25% of contract_value per started day late, cap 5% of contract_value in total',
      '}',
      '');
    i++;
  }
  return out.join('\n') + '\n';
}

async function latencies() {
  const s = await startServer({ rootDir: path.join(repo, 'examples'), initializationOptions: { pledge: { diagnosticsDelay: DELAY } } });
  const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'pledge-bench-'));
  const uri = uriOf(path.join(dir, 'bench.sla'));
  let text = generateContract(2000);
  const lines = text.split('\n');
  let version = 1;
  let first = s.nextDiagnostics(uri, version, 60000);
  await s.conn.sendNotification(P.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'sla', version, text } });
  await first;

  const availabilityLines = lines.map((l, i) => l.includes('availability 99.9%') ? i : -1).filter(i => i >= 0);
  const causeLines = lines.map((l, i) => l.includes('exclude causes') ? i : -1).filter(i => i >= 0);

  // Warm-up: the first requests pay for JIT compilation, which an editor pays once per session.
  for (let k = 0; k < 20; k++) {
    await s.conn.sendRequest(P.HoverRequest.type, { textDocument: { uri }, position: { line: availabilityLines[k % availabilityLines.length], character: 4 } });
    await s.conn.sendRequest(P.CompletionRequest.type, { textDocument: { uri }, position: { line: causeLines[k % causeLines.length], character: 17 } });
  }

  const diagnostics = [];
  const cpuBefore = cpuMs(s.server.pid);
  for (let k = 0; k < EDITS; k++) {
    // Each edit changes one clause's percentage, as typing over a number does.
    const line = availabilityLines[k % availabilityLines.length];
    lines[line] = `  availability ${k % 2 ? '99.9' : '99.8'}% per month`;
    text = lines.join('\n');
    version++;
    const published = s.nextDiagnostics(uri, version, 60000);
    const start = now();
    await s.conn.sendNotification(P.DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
    await published;
    diagnostics.push(now() - start);
  }

  const cpuPerEdit = (cpuMs(s.server.pid) - cpuBefore) / EDITS;
  const completion = [];
  const hover = [];
  for (let k = 0; k < EDITS; k++) {
    let start = now();
    await s.conn.sendRequest(P.CompletionRequest.type, { textDocument: { uri }, position: { line: causeLines[(k * 7) % causeLines.length], character: 17 } });
    completion.push(now() - start);
    start = now();
    await s.conn.sendRequest(P.HoverRequest.type, { textDocument: { uri }, position: { line: availabilityLines[(k * 11) % availabilityLines.length], character: 4 } });
    hover.push(now() - start);
  }
  await s.stop();
  fs.rmSync(dir, { recursive: true, force: true });
  return { lines: lines.length, diagnostics, completion, hover, cpuPerEdit };
}

async function memory() {
  const s = await startServer({ rootDir: path.join(repo, 'examples'), initializationOptions: { pledge: { diagnosticsDelay: DELAY } } });
  const examples = [];
  for (const folder of fs.readdirSync(path.join(repo, 'examples'))) {
    const full = path.join(repo, 'examples', folder);
    if (!fs.statSync(full).isDirectory()) continue;
    for (const f of fs.readdirSync(full)) if (f.endsWith('.sla')) examples.push(path.join(full, f));
  }
  const pending = [];
  for (let k = 0; k < 100; k++) {
    // Opened beside the original so that its imports resolve; never written to disk.
    const source = examples[k % examples.length];
    const uri = uriOf(path.join(path.dirname(source), `bench-open-${k}.sla`));
    pending.push(s.nextDiagnostics(uri, 1, 120000));
    await s.conn.sendNotification(P.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'sla', version: 1, text: fs.readFileSync(source, 'utf8') } });
  }
  await Promise.all(pending);
  const status = fs.readFileSync(`/proc/${s.server.pid}/status`, 'utf8');
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)[1]);
  await s.stop();
  return { files: 100, rssMb: rssKb / 1024, exampleLines: examples.reduce((n, f) => n + fs.readFileSync(f, 'utf8').split('\n').length, 0) / examples.length };
}

(async () => {
  const l = await latencies();
  const m = await memory();
  const row = (name, values) => `| ${name} | ${values.length} | ${fmt(percentile(values, 50))} | ${fmt(percentile(values, 95))} |`;
  console.log(`contract: ${l.lines} lines; diagnosticsDelay ${DELAY} ms; node ${process.version}`);
  console.log('| measure | samples | p50 | p95 |');
  console.log('|---|---|---|---|');
  console.log(row('didChange → publishDiagnostics', l.diagnostics));
  console.log(row('completion', l.completion));
  console.log(row('hover', l.hover));
  console.log(`server CPU time per edit (parse, bind, every check, publish): ${l.cpuPerEdit.toFixed(1)} ms`);
  console.log(`load average during the run: ${require('os').loadavg().map(x => x.toFixed(1)).join(', ')} on ${require('os').cpus().length} cores`);
  console.log(`resident memory after opening ${m.files} example-size documents (${m.exampleLines.toFixed(0)} lines on average): ${m.rssMb.toFixed(0)} MB`);
})().catch(e => { console.error(e); process.exit(1); });
