// End-to-end test in real VS Code (code-server) driven through headless Chromium.
// Usage: node vscode.e2e.js URL WORKSPACE_DIR SCREENSHOT_DIR
// Prints one line per assertion (`PASS name` / `FAIL name: why`) and exits 1 when any failed.
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');

const [url, workspace, shots, scratch = shots, userSettings] = process.argv.slice(2);
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const contractFile = 'idc-guarantee.sla';
const results = [];

function record(name, ok, why = '') {
  results.push({ name, ok });
  console.log(ok ? `PASS ${name}` : `FAIL ${name}: ${why}`);
}

async function step(name, body) {
  const t0 = Date.now();
  try {
    await body();
    record(`${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`, true);
  } catch (error) {
    record(name, false, String(error && error.message || error).split('\n')[0]);
  }
}

/** Polls `probe` until it returns a truthy value or the time is up; the last value explains a failure. */
async function until(probe, timeout, what) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = await probe().catch(e => `error: ${e.message}`);
    if (last === true || (last && typeof last === 'object')) return last;
    await new Promise(r => setTimeout(r, 500));
  }
  throw new Error(`${what} not seen within ${timeout / 1000} s (last: ${JSON.stringify(last)?.slice(0, 300)})`);
}

async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row').first().waitFor({ timeout: 10000 });
  await page.waitForTimeout(300);
  await page.keyboard.press('Enter');
}

/** Back to the source editor, at its top: F1 pressed while a webview has the focus does not reach the workbench. */
async function focusSource(page) {
  await page.locator('.tabs-container .tab', { hasText: contractFile }).first().click();
  await page.waitForTimeout(300);
  await page.keyboard.press('Control+Home');
}

/** The text of the webview frame holding `selector` (code-server nests each webview in two iframes). */
async function frameWith(page, selector) {
  for (const frame of page.frames()) {
    const found = await frame.$(selector).catch(() => null);
    if (found) return frame;
  }
  return undefined;
}

(async () => {
  const t0 = Date.now();
  const source = fs.readFileSync(path.join(workspace, contractFile), 'utf8').split('\n');
  const availabilityLine = source.findIndex(l => /^\s*availability 99\.9% per month/.test(l));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  try {
    await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 90000 });

    await step('the .sla file opens as the sla language with the extension active', async () => {
      const row = page.locator(`.explorer-folders-view .monaco-list-row[aria-label^="${contractFile}"]`).first();
      await row.waitFor({ timeout: 60000 });
      await row.click();
      await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 30000 });
      await until(async () => (await page.locator('.statusbar-item', { hasText: 'Pledge' }).count()) > 0 ||
        (await page.locator('#status\\.editor\\.mode').innerText().catch(() => '')), 60000, 'the Pledge status bar item');
      const mode = await page.locator('#status\\.editor\\.mode').innerText().catch(() => '');
      if (!/Pledge/i.test(mode)) throw new Error(`language mode is "${mode}", not Pledge`);
    });

    await step('the language server is ready (status bar)', async () => {
      await until(async () => {
        const item = page.locator('.statusbar-item', { hasText: 'Pledge' }).first();
        return (await item.locator('.codicon-check').count()) > 0 || `status: ${await item.innerText().catch(() => 'none')}`;
      }, 90000, 'the status bar item with the check mark');
    });

    await step('the Problems panel lists PLG3001', async () => {
      await page.keyboard.press('Control+Shift+M');
      await until(async () => /PLG3001/.test(await page.locator('.markers-panel').innerText().catch(() => '')), 90000, 'PLG3001 in the Problems panel');
      await page.waitForTimeout(500);
      await page.screenshot({ path: path.join(shots, 'vscode-problems.png') });
    });

    await step('hover on `availability 99.9% per month` shows the allowance', async () => {
      if (availabilityLine < 0) throw new Error('the example has no `availability 99.9% per month` line');
      const column = source[availabilityLine].indexOf('99.9%') + 2;
      await page.locator('.monaco-editor .view-lines').first().click();
      await page.keyboard.press('Control+G');
      await page.locator('.quick-input-widget input').waitFor({ state: 'visible', timeout: 10000 });
      await page.keyboard.type(`${availabilityLine + 1}:${column}`);
      await page.keyboard.press('Enter');
      await page.waitForTimeout(500);
      const hover = await until(async () => {
        await page.keyboard.press('Control+K');
        await page.keyboard.press('Control+I');
        await page.waitForTimeout(800);
        const text = await page.locator('.monaco-hover:visible').first().innerText({ timeout: 1000 }).catch(() => '');
        return /allowed downtime/.test(text) ? { text } : text;
      }, 60000, 'a hover with the allowed downtime');
      if (!/43\.2/.test(hover.text)) throw new Error(`the hover does not show 43.2 minutes: ${hover.text.slice(0, 200)}`);
      await page.screenshot({ path: path.join(shots, 'vscode-hover.png') });
      await page.keyboard.press('Escape');
    });

    await step('the preview opens beside the source with both languages (zh-CN and en)', async () => {
      await runCommand(page, 'Pledge: Open Preview to the Side');
      const frame = await until(async () => (await frameWith(page, '#pledge-preview')) ?? false, 30000, 'the preview webview');
      const state = await until(async () => {
        const f = (await frameWith(page, '#pledge-preview')) ?? frame;
        const s = await f.evaluate(() => ({
          options: [...document.querySelectorAll('#pledge-language option')].map(o => o.value),
          message: document.getElementById('pledge-message').hidden ? '' : document.getElementById('pledge-message').textContent,
          text: document.getElementById('pledge-document').innerText,
        }));
        return s.text.length > 0 || s.message ? s : JSON.stringify(s);
      }, 60000, 'the rendered document or a message');
      await page.waitForTimeout(1000);
      await page.screenshot({ path: path.join(shots, 'vscode-preview.png') });
      if (state.message) throw new Error(`the preview shows a message instead of the document: ${state.message}`);
      if (!state.options.includes('zh-CN') || !state.options.includes('en')) throw new Error(`language switch offers ${state.options}`);
      if (!/网络联通性保证/.test(state.text) || !/Network connectivity guarantee/.test(state.text)) {
        throw new Error(`the document does not show both languages: ${state.text.slice(0, 200)}`);
      }
    });

    await step('Evaluate Incident Log… shows the report for october-2026.csv', async () => {
      await focusSource(page);
      await runCommand(page, 'Pledge: Evaluate Incident Log');
      // code-server's file dialog is a quick input holding a path: replace it with the log's.
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: 15000 });
      await page.waitForTimeout(500);
      await input.fill(path.join(workspace, 'october-2026.csv'));
      await page.waitForTimeout(300);
      await page.keyboard.press('Enter');
      await until(async () => /^2026-10$/.test(await input.inputValue().catch(() => '')), 15000, 'the period 2026-10 guessed from the file name');
      await page.keyboard.press('Enter');
      await page.waitForTimeout(500);
      await input.fill('monthly_fee=20000 CNY');
      await page.keyboard.press('Enter');
      const report = await until(async () => {
        const f = await frameWith(page, '#pledge-report');
        return f ? { text: await f.locator('#pledge-report').innerText() } : false;
      }, 90000, 'the evaluation report');
      await page.waitForTimeout(500);
      await page.screenshot({ path: path.join(shots, 'vscode-evaluate.png') });
      if (!/connectivity/.test(report.text) || !/20000\.00 CNY/.test(report.text)) throw new Error(`unexpected report: ${report.text.slice(0, 300)}`);
    });

    await step('Generate Certificate… writes the PDF for customers.csv', async () => {
      await focusSource(page);
      await runCommand(page, 'Pledge: Generate Certificate');
      const input = page.locator('.quick-input-widget input');
      // The workspace has one warranty (paint), so the data file dialog comes first.
      await until(async () => (await input.isVisible()) && /\//.test(await input.inputValue()), 15000, 'the data file dialog');
      await page.waitForTimeout(500);
      await input.fill(path.join(workspace, 'customers.csv'));
      await page.waitForTimeout(300);
      await page.keyboard.press('Enter');
      const outDir = path.join(workspace, 'certificates');
      await until(async () => (await input.inputValue().catch(() => '')) === outDir, 15000, 'the output folder prompt');
      await page.keyboard.press('Enter');
      await until(async () => /certificate written/.test(await page.locator('.notifications-toasts').innerText().catch(() => '')), 120000,
        'the "certificate written" notification');
      await page.screenshot({ path: path.join(shots, 'vscode-certificate.png') });
      const pdfs = fs.readdirSync(outDir).filter(f => f.endsWith('.pdf'));
      if (pdfs.length !== 1) throw new Error(`expected one PDF in ${outDir}, found ${pdfs}`);
      if (fs.readFileSync(path.join(outDir, pdfs[0])).subarray(0, 5).toString() !== '%PDF-') throw new Error(`${pdfs[0]} is not a PDF`);
      await page.keyboard.press('Escape');
    });

    await step('a missing .NET gives a notification with the fix', async () => {
      if (!userSettings) throw new Error('no settings file given');
      const settings = JSON.parse(fs.readFileSync(userSettings, 'utf8'));
      fs.writeFileSync(userSettings, JSON.stringify({ ...settings, 'pledge.dotnet.path': '/nonexistent/dotnet' }, null, 2));
      try {
        await page.waitForTimeout(2000);
        await focusSource(page);
        await runCommand(page, 'Pledge: Restart Language Server');
        const text = await until(async () => {
          const t = await page.locator('.notifications-toasts').innerText().catch(() => '');
          return /needs \.NET 10/.test(t) ? { t } : t;
        }, 30000, 'the missing .NET notification');
        if (!/pledge\.dotnet\.path/.test(text.t)) throw new Error(`the notification does not name the setting: ${text.t}`);
        await page.screenshot({ path: path.join(shots, 'vscode-missing-dotnet.png') });
      } finally {
        fs.writeFileSync(userSettings, JSON.stringify(settings, null, 2));
      }
    });
  } finally {
    await page.screenshot({ path: path.join(scratch, 'vscode-last.png') }).catch(() => {});
    await browser.close();
  }
  console.log(`e2e browser time ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  process.exit(results.every(r => r.ok) ? 0 : 1);
})().catch(e => { console.error(e); console.log('FAIL the e2e driver crashed'); process.exit(1); });
