// The service's public HTTP API (docs/service.md), nothing else.
const tokenInput = () => document.getElementById('token');

export function token() {
  const t = tokenInput()?.value.trim();
  return t ? t : null;
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
    super(problem?.detail || problem?.title || ('HTTP ' + status));
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
 * Follows a run until it ends: the event stream when no token is needed (EventSource cannot
 * send headers), otherwise polling GET /api/runs/{id}. Returns the final run view.
 */
export function follow(runId, onStatus, onProgress) {
  if (token()) return poll(runId, onStatus, onProgress);
  return new Promise((resolve, reject) => {
    const es = new EventSource('/api/runs/' + encodeURIComponent(runId) + '/events');
    es.addEventListener('status', e => onStatus(JSON.parse(e.data).status));
    es.addEventListener('progress', e => onProgress(JSON.parse(e.data).progress));
    es.addEventListener('end', e => { es.close(); resolve(JSON.parse(e.data)); });
    es.onerror = () => { es.close(); poll(runId, onStatus, onProgress).then(resolve, reject); };
  });
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
