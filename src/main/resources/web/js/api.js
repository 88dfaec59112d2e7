// The service's public HTTP API (docs/service.md), nothing else.
const tokenInput = () => document.getElementById('token');
const TOKEN_KEY = 'stockade.token';

/** The bearer token typed in the header field (kept for this tab in sessionStorage). */
export function token() {
  const t = tokenInput()?.value.trim();
  return t ? t : null;
}

/** Puts a token kept earlier in this tab back in the field; stores the field on change. */
export function restoreToken(onChange) {
  const input = tokenInput();
  if (!input) return;
  try { input.value = sessionStorage.getItem(TOKEN_KEY) || ''; } catch (e) { /* storage off */ }
  input.addEventListener('change', () => {
    try {
      if (token()) sessionStorage.setItem(TOKEN_KEY, token()); else sessionStorage.removeItem(TOKEN_KEY);
    } catch (e) { /* storage off: the token lives in the field only */ }
    onChange();
  });
}

function headers(extra) {
  const h = Object.assign({}, extra || {});
  const t = token();
  if (t) h['Authorization'] = 'Bearer ' + t;
  return h;
}

/** An API error: the problem document's detail and field. */
export class ApiProblem extends Error {
  constructor(status, problem) {
    super(status === 401 ? (token() ? 'The API token was refused: type the token this server'
      + ' was started with (serve --token) in the "API token" field at the top.'
      : 'This server needs an API token: type the token it was started with (serve --token)'
      + ' in the "API token" field at the top.')
      : problem?.detail || problem?.title || ('HTTP ' + status));
    this.status = status;
    this.field = problem?.field || null;
    this.problem = problem;
  }
}

async function check(res) {
  if (res.ok) return res;
  let body = null;
  try { body = await res.json(); } catch (e) { body = null; }
  throw new ApiProblem(res.status, body);
}

export async function getJson(path) {
  return (await check(await fetch(path, { headers: headers() }))).json();
}

export async function getText(path) {
  return (await check(await fetch(path, { headers: headers() }))).text();
}

export async function postJson(path, body) {
  const res = await fetch(path, { method: 'POST', body: JSON.stringify(body),
    headers: headers({ 'Content-Type': 'application/json' }) });
  return (await check(res)).json();
}

/** POSTs a body and returns the response as a Blob (e.g. the XLSX of a table). */
export async function postForBlob(path, body, type) {
  const res = await fetch(path, { method: 'POST', body, headers: headers({ 'Content-Type': type }) });
  return (await check(res)).blob();
}

export async function postFile(path, blob) {
  const res = await fetch(path, { method: 'POST', body: blob,
    headers: headers({ 'Content-Type': 'application/octet-stream' }) });
  return (await check(res)).json();
}

export async function del(path) {
  await check(await fetch(path, { method: 'DELETE', headers: headers() }));
}

/** Downloads an API resource (CSV/XLSX result) with the token header. */
export async function download(path, fileName) {
  const res = await check(await fetch(path, { headers: headers() }));
  saveBlob(await res.blob(), fileName);
}

export function saveBlob(blob, fileName) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/**
 * Follows a run until it ends: the server-sent event stream, read with EventSource when no
 * token is needed and with fetch (which can send the Authorization header) when one is; if the
 * stream breaks, polling GET /api/runs/{id}. Returns the final run view.
 */
export function follow(runId, onStatus, onProgress) {
  const path = '/api/runs/' + encodeURIComponent(runId) + '/events';
  const pollAfter = () => poll(runId, onStatus, onProgress);
  if (token()) return streamWithFetch(path, onStatus, onProgress).catch(pollAfter);
  return new Promise((resolve, reject) => {
    const es = new EventSource(path);
    es.addEventListener('status', e => onStatus(JSON.parse(e.data).status));
    es.addEventListener('progress', e => onProgress(JSON.parse(e.data).progress));
    es.addEventListener('end', e => { es.close(); resolve(JSON.parse(e.data)); });
    es.onerror = () => { es.close(); pollAfter().then(resolve, reject); };
  });
}

/** The text/event-stream read through fetch: "event:" and "data:" lines, blank-line ended. */
async function streamWithFetch(path, onStatus, onProgress) {
  const res = await check(await fetch(path, { headers: headers({ Accept: 'text/event-stream' }) }));
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buf = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) throw new Error('event stream ended before the run');
    buf += value;
    let cut;
    while ((cut = buf.indexOf('\n\n')) >= 0) {
      const block = buf.slice(0, cut);
      buf = buf.slice(cut + 2);
      let event = 'message';
      const data = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) event = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
      }
      if (!data.length) continue;
      const d = JSON.parse(data.join('\n'));
      if (event === 'status') onStatus(d.status);
      else if (event === 'progress') onProgress(d.progress);
      else if (event === 'end') { reader.cancel().catch(() => {}); return d; }
    }
  }
}

const FINISHED = ['done', 'failed', 'cancelled', 'timed-out', 'interrupted'];

async function poll(runId, onStatus, onProgress) {
  for (;;) {
    const r = await getJson('/api/runs/' + encodeURIComponent(runId));
    onStatus(r.status);
    if (r.progress) onProgress(r.progress);
    if (FINISHED.includes(r.status)) return r;
    await new Promise(ok => setTimeout(ok, 400));
  }
}

export const finished = s => FINISHED.includes(s);
