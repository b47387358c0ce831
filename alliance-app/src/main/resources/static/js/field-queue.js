/*
 * The field pages' offline queue (司机, 农技员, 库管), one script for the three. Every write is put in an IndexedDB
 * queue first, with an id made on the phone, and sent from there in the order it was taken: at once when online,
 * else when the network returns. The id travels as the Idempotency-Key header, so a write whose answer was lost
 * is applied once however often it is sent again. A write the server refuses (400/403/404/409) stays in the
 * queue with the server's reason until the user retries or discards it: nothing is dropped silently.
 * The page's last data is kept too (FieldQueue.remember / recall), so the page opens offline with it.
 */
const FieldQueue = (() => {
  const DB = 'alliance-field';
  const QUEUE = 'queue';
  const DATA = 'data';
  const user = () => document.getElementById('current-user')?.textContent?.trim() || 'anonymous';
  let listeners = [];
  let flushing = null;
  const SEND_TIMEOUT_MS = 30000;
  /** Diagnostics: console.log and a short in-page trail (window.__fieldLog) that tests print when they fail. */
  const trail = (window.__fieldLog = window.__fieldLog || []);
  function log(...parts) {
    const line = new Date().toISOString().slice(11, 23) + ' ' + parts.map(p => (typeof p === 'string' ? p
      : JSON.stringify(p))).join(' ');
    trail.push(line);
    if (trail.length > 200) trail.shift();
    console.log('[field-queue] ' + line);
  }

  function open() {
    return new Promise((resolve, reject) => {
      const req = indexedDB.open(DB, 1);
      req.onupgradeneeded = () => {
        const db = req.result;
        if (!db.objectStoreNames.contains(QUEUE)) db.createObjectStore(QUEUE, { keyPath: 'seq', autoIncrement: true });
        if (!db.objectStoreNames.contains(DATA)) db.createObjectStore(DATA);
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  }

  async function tx(store, mode, work) {
    const db = await open();
    return new Promise((resolve, reject) => {
      const t = db.transaction(store, mode);
      const result = work(t.objectStore(store));
      t.oncomplete = () => resolve(result && 'result' in result ? result.result : result);
      t.onerror = () => reject(t.error);
    });
  }

  const newId = () => (crypto.randomUUID ? crypto.randomUUID()
    : 'id-' + Date.now().toString(36) + '-' + Math.random().toString(36).slice(2));

  /** This user's queued writes in the order taken. */
  async function list() {
    const all = await tx(QUEUE, 'readonly', s => s.getAll());
    return (all || []).filter(e => e.user === user()).sort((a, b) => a.seq - b.seq);
  }

  /**
   * Queues a write: {path, method?, body? (JSON), file? (Blob, sent as multipart "file"), label, ref?}; then tries
   * to send. Resolves to the queued entry (its id is the Idempotency-Key).
   */
  async function add(action) {
    const entry = Object.assign({ method: 'POST', state: 'waiting', id: newId(), user: user(),
      page: location.pathname, takenAt: new Date().toISOString() }, action);
    entry.seq = await tx(QUEUE, 'readwrite', s => s.add(entry));
    await changed();
    flush();
    return entry;
  }

  async function remove(seq) {
    await tx(QUEUE, 'readwrite', s => s.delete(seq));
  }

  async function put(entry) {
    await tx(QUEUE, 'readwrite', s => s.put(entry));
  }

  /** The page's CSRF token; fetched again from the page itself when the server no longer takes it. */
  const csrf = { header: () => document.querySelector('meta[name="_csrf_header"]')?.content,
    token: () => document.querySelector('meta[name="_csrf"]')?.content };

  async function refreshCsrf() {
    const response = await fetch(location.pathname, { credentials: 'same-origin', cache: 'no-store' });
    if (response.redirected && response.url.includes('/login')) return 'signIn';
    if (!response.ok) return false;
    const html = await response.text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const token = doc.querySelector('meta[name="_csrf"]')?.content;
    if (!token) return false;
    document.querySelector('meta[name="_csrf"]')?.setAttribute('content', token);
    return true;
  }

  async function send(entry) {
    const headers = { 'Accept': 'application/json', 'Accept-Language': Alliance.lang, 'Idempotency-Key': entry.id };
    if (csrf.header()) headers[csrf.header()] = csrf.token();
    let body;
    if (entry.file) {
      body = new FormData();
      body.append('file', entry.file, entry.fileName || 'photo.jpg');
    } else if (entry.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(entry.body);
    }
    // a request that never answers (a half-open connection after the network returned) must not block the queue
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), SEND_TIMEOUT_MS);
    let response;
    try {
      response = await fetch(entry.path, { method: entry.method, headers, body, credentials: 'same-origin',
        redirect: 'manual', signal: abort.signal });
    } finally {
      clearTimeout(timer);
    }
    log('sent', entry.method, entry.path, entry.id, '->', response.status, response.type);
    const text = await response.text();
    let parsed = null;
    try { parsed = text ? JSON.parse(text) : null; } catch (e) { parsed = text; }
    return { status: response.status, ok: response.ok, body: parsed, type: response.type };
  }

  /**
   * Sends what waits, in order. Network errors stop the round (all kept, tried again with back-off); a refusal is
   * kept with its reason; an ended session keeps everything and asks to sign in again.
   */
  function flush() {
    if (flushing) return flushing;
    flushing = (async () => {
      let again = false;
      try {
        const waiting = (await list()).filter(e => e.state === 'waiting');
        if (!waiting.length) return;
        log('flush', waiting.length, 'waiting, onLine', navigator.onLine);
        if (!navigator.onLine) { again = true; return; }
        for (const entry of waiting) {
          let answer;
          try {
            answer = await send(entry);
            if (answer.status === 403 && answer.type !== 'opaqueredirect') {
              // a token kept from before an offline reload may be stale: fetch a fresh one and send once more
              const fresh = await refreshCsrf();
              log('csrf refreshed', fresh);
              if (fresh === 'signIn') answer = { status: 401, type: 'basic' };
              else if (fresh) answer = await send(entry);
            }
          } catch (networkDown) {
            log('network error', entry.path, String(networkDown));
            again = true;
            return; // no network after all: everything stays queued, tried again shortly
          }
          if (answer.type === 'opaqueredirect' || answer.status === 401) {
            signedOut = true;
            notify({ signIn: true });
            again = true;
            return; // the session ended: sign in again, nothing is lost
          }
          if (signedOut) { signedOut = false; notify({ signIn: false }); }
          if (answer.ok) {
            await remove(entry.seq);
            notify({ sent: entry, answer: answer.body });
          } else if (answer.status >= 500 || answer.status === 0) {
            again = true;
            return; // the server is struggling: try again later, in order
          } else {
            entry.state = 'refused';
            entry.status = answer.status;
            entry.reason = (answer.body && (answer.body.detail || (answer.body.errors || [])
              .map(e => `${e.field}: ${e.message}`).join('; '))) || String(answer.status);
            await put(entry);
            log('refused', entry.path, entry.status, entry.reason);
            notify({ refused: entry });
          }
          await changed();
        }
      } catch (e) {
        log('flush failed', String(e));
        again = true;
      } finally {
        flushing = null;
        if (again) retryLater(); else backoff = 0;
        await changed();
      }
    })();
    return flushing;
  }

  let signedOut = false;

  /**
   * The network may come back without an 'online' event (or the event may come before requests get through):
   * while writes wait, try again with back-off (2 s doubling to 60 s); the 'online' event and a page load try at once.
   */
  let retryTimer = null;
  let backoff = 0;
  function retryLater() {
    clearTimeout(retryTimer);
    backoff = Math.min(60000, backoff ? backoff * 2 : 2000);
    retryTimer = setTimeout(() => { retryTimer = null; flush(); }, backoff);
  }

  function flushNow() {
    clearTimeout(retryTimer);
    retryTimer = null;
    backoff = 0;
    return flush();
  }

  async function retry(seq) {
    const entry = (await list()).find(e => e.seq === seq);
    if (!entry) return;
    entry.state = 'waiting';
    delete entry.reason;
    await put(entry);
    await changed();
    return flush();
  }

  async function discard(seq) {
    await remove(seq);
    await changed();
  }

  function notify(event) {
    listeners.forEach(l => l(event));
  }

  /** Redraws the "待同步 N" badge and the list of refused writes (elements #sync-count, #sync-refused). */
  async function changed() {
    const entries = await list();
    const waiting = entries.filter(e => e.state === 'waiting');
    const refused = entries.filter(e => e.state === 'refused');
    const badge = document.getElementById('sync-count');
    if (badge) {
      badge.textContent = Alliance.t('field.waiting', waiting.length);
      badge.dataset.count = waiting.length;
      badge.classList.toggle('bad', waiting.length > 0);
    }
    const net = document.getElementById('net-status');
    if (net) {
      net.textContent = navigator.onLine ? Alliance.t('field.online') : Alliance.t('field.offline');
      net.dataset.online = navigator.onLine;
    }
    const box = document.getElementById('sync-refused');
    if (box) {
      box.innerHTML = refused.map(e => `<li class="refused" data-seq="${e.seq}" data-id="${Alliance.escape(e.id)}">
          <strong>${Alliance.escape(e.label || e.path)}</strong>
          <span class="reason">${Alliance.escape(e.status)} ${Alliance.escape(e.reason)}</span>
          <button type="button" class="secondary" data-retry="${e.seq}">${Alliance.escape(Alliance.t('field.retry'))}</button>
          <button type="button" class="secondary" data-discard="${e.seq}">${Alliance.escape(Alliance.t('field.discard'))}</button>
        </li>`).join('');
      box.hidden = refused.length === 0;
    }
    notify({ changed: entries });
    return entries;
  }

  /** The page's last data, kept per user and key, so the page opens offline with it. */
  async function remember(key, value) {
    await tx(DATA, 'readwrite', s => s.put({ value, at: new Date().toISOString() }, user() + '|' + key));
  }

  async function recall(key) {
    return tx(DATA, 'readonly', s => s.get(user() + '|' + key));
  }

  /** Reads an API path: from the network when it answers, else the data remembered last time. */
  async function load(path) {
    if (navigator.onLine) {
      try {
        const r = await Alliance.api(path);
        if (r.ok) {
          await remember(path, r.body);
          return { ok: true, status: r.status, body: r.body, fresh: true };
        }
        if (r.status !== 0) return { ok: false, status: r.status, body: r.body };
      } catch (e) { /* offline after all */ }
    }
    const kept = await recall(path);
    return kept ? { ok: true, status: 200, body: kept.value, fresh: false, at: kept.at }
      : { ok: false, status: 0, body: null };
  }

  /** Scales a photo to at most 1600 px on its longer side and re-encodes it as JPEG (canvas), before queueing. */
  async function scalePhoto(file, max = 1600) {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, max / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    return new Promise(resolve => canvas.toBlob(resolve, 'image/jpeg', 0.85));
  }

  /** Installs the service worker for this page (its own scope), wires the refused list and the online event. */
  function start(onEvent) {
    if (onEvent) listeners.push(onEvent);
    if ('serviceWorker' in navigator) {
      navigator.serviceWorker.register('/js/field-sw.js', { scope: location.pathname }).catch(() => {});
    }
    window.addEventListener('online', () => { log('online event'); changed(); flushNow(); });
    document.addEventListener('visibilitychange', () => { if (!document.hidden) flushNow(); });
    window.addEventListener('offline', () => changed());
    document.addEventListener('click', e => {
      const retrySeq = e.target.closest('[data-retry]')?.dataset.retry;
      const discardSeq = e.target.closest('[data-discard]')?.dataset.discard;
      if (retrySeq) retry(Number(retrySeq));
      if (discardSeq) discard(Number(discardSeq));
    });
    changed();
    flush();
  }

  return { add, list, flush: flushNow, retry, discard, start, load, remember, recall, scalePhoto, changed, newId };
})();
