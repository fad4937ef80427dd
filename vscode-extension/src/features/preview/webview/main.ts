// Runs inside the preview webview. It only displays what the extension sends; it never talks to the server.
import { allLanguages, FromWebview, ToWebview } from './messages';

declare function acquireVsCodeApi(): { postMessage(message: FromWebview): void };

const vscode = acquireVsCodeApi();
const select = document.getElementById('pledge-language') as HTMLSelectElement;
const status = document.getElementById('pledge-status')!;
const message = document.getElementById('pledge-message')!;
const content = document.getElementById('pledge-document')!;

select.addEventListener('change', () => vscode.postMessage({ type: 'language', value: select.value }));

function setLanguages(languages: string[], selected: string): void {
  const options = [[allLanguages, languages.length > 1 ? `All (${languages.join(' · ')})` : 'All languages'], ...languages.map(l => [l, l])];
  const current = options.map(o => o[0]).join('|');
  if (select.dataset.options !== current) {
    select.replaceChildren(...options.map(([value, label]) => new Option(label, value)));
    select.dataset.options = current;
  }
  select.value = selected;
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const data = event.data;
  if (data.type === 'rendering') {
    status.textContent = 'rendering…';
    return;
  }
  setLanguages(data.languages, data.selected);
  if (data.type === 'document') {
    message.hidden = true;
    // The server's HTML is a whole document; inserted here its <style> elements still apply, and any script in
    // it is inert (innerHTML does not run scripts, and the content security policy allows only ours).
    content.innerHTML = data.html;
    content.hidden = false;
    status.textContent = `updated ${data.renderedAt}`;
  } else {
    message.textContent = data.text;
    message.className = data.kind;
    message.hidden = false;
    content.hidden = data.kind === 'unavailable' || content.innerHTML === '';
    status.textContent = data.kind === 'unavailable' ? 'preview unavailable' : 'render failed (showing the last good render)';
  }
});

vscode.postMessage({ type: 'ready' });
