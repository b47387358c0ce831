/*
 * What every page's script shares: calls to the alliance API with the session and its CSRF token (answers come
 * in the page's language: the lang cookie travels along), problem+json errors shown next to their fields,
 * ECharts charts that follow the window's width, and following a solve (storage and dispatch plans).
 */
const Alliance = (() => {
  const meta = name => document.querySelector(`meta[name="${name}"]`)?.content;
  const lang = document.documentElement.lang || 'zh-CN';

  /** fetch() of an API path; resolves to {ok, status, body, headers}; body is parsed JSON when there is one. */
  async function api(path, options = {}) {
    const headers = Object.assign({ 'Accept': 'application/json', 'Accept-Language': lang }, options.headers || {});
    const method = (options.method || 'GET').toUpperCase();
    if (method !== 'GET' && meta('_csrf_header')) headers[meta('_csrf_header')] = meta('_csrf');
    let body = options.body;
    if (body !== undefined && !(body instanceof FormData) && typeof body !== 'string') {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(body);
    }
    const response = await fetch(path, { method, headers, body, credentials: 'same-origin' });
    const text = await response.text();
    let parsed = null;
    try { parsed = text ? JSON.parse(text) : null; } catch (e) { parsed = text; }
    return { ok: response.ok, status: response.status, body: parsed, headers: response.headers };
  }

  /**
   * Shows a problem+json answer on a form: each error's message under the input named like its field
   * (an element [data-error-for="field"]), the rest in the form's [data-error-for="*"] element.
   */
  function showProblem(form, problem) {
    clearProblem(form);
    const errors = (problem && problem.errors) || [];
    const general = [];
    errors.forEach(e => {
      const slot = form.querySelector(`[data-error-for="${CSS.escape(e.field)}"]`);
      const input = form.querySelector(`[name="${CSS.escape(e.field)}"]`);
      if (input) input.classList.add('invalid');
      if (slot) slot.textContent = e.message; else general.push(`${e.field}: ${e.message}`);
    });
    if (!errors.length && problem) general.push(problem.detail || problem.title || String(problem));
    const all = form.querySelector('[data-error-for="*"]');
    if (all) all.textContent = general.join('; ');
  }

  function clearProblem(form) {
    form.querySelectorAll('[data-error-for]').forEach(el => { el.textContent = ''; });
    form.querySelectorAll('.invalid').forEach(el => el.classList.remove('invalid'));
  }

  /** An ECharts chart in the element, resized with the window. */
  function chart(element) {
    const el = typeof element === 'string' ? document.getElementById(element) : element;
    const c = echarts.init(el, null, { renderer: 'canvas' });
    window.addEventListener('resize', () => c.resize());
    return c;
  }

  const number = (value, digits = 0) => value == null ? '' :
    Number(value).toLocaleString(lang, { maximumFractionDigits: digits, minimumFractionDigits: 0 });

  const escape = s => String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));

  /**
   * Follows a running solve, the same way on every planning page: its server-sent events (best-score with each new
   * best, finished when it ends, however it ends) while the stream lasts, and polling the plan when the stream
   * drops or times out (or alongside it every livePollMillis, when given) until the plan is no longer SOLVING.
   * Options: eventsUrl, planUrl; onBest(event) for each best-score event ({at, millis, score, feasible});
   * onPlan(plan) for each plan polled while it solves; onEnd(plan) once, when it ended (plan: the polled one, or
   * null after a finished event); onLive(live) when the stream opens or drops; pollMillis (1500), livePollMillis (0:
   * no polling while the stream is open). Returns {stop(), live()}; stop() ends the following without onEnd.
   */
  function followSolve(options) {
    const pollMillis = options.pollMillis ?? 1500;
    const livePollMillis = options.livePollMillis ?? 0;
    let source = null;
    let timer = null;
    let stopped = false;
    let live = false;
    const stop = () => {
      stopped = true;
      if (source) source.close();
      source = null;
      clearTimeout(timer);
      timer = null;
    };
    const end = plan => {
      if (stopped) return;
      stop();
      if (options.onEnd) options.onEnd(plan);
    };
    const setLive = value => {
      live = value;
      if (options.onLive) options.onLive(value);
    };
    const schedule = () => {
      clearTimeout(timer);
      const wait = live ? livePollMillis : pollMillis;
      if (stopped || !wait) return;
      timer = setTimeout(async () => {
        timer = null;
        if (stopped) return;
        const r = await api(options.planUrl);
        if (stopped) return;
        if (r.ok && r.body && r.body.status !== 'SOLVING') { end(r.body); return; }
        if (r.ok && options.onPlan) options.onPlan(r.body);
        schedule();
      }, wait);
    };
    if (window.EventSource) {
      source = new EventSource(options.eventsUrl);
      source.addEventListener('best-score', e => { if (!stopped && options.onBest) options.onBest(JSON.parse(e.data)); });
      source.addEventListener('finished', () => end(null));
      source.onerror = () => {
        // The stream dropped or timed out (or ended without a word): poll instead.
        if (source) source.close();
        source = null;
        if (stopped) return;
        setLive(false);
        schedule();
      };
      setLive(true);
    } else {
      setLive(false);
    }
    schedule();
    return { stop, live: () => live };
  }

  /** Messages the server rendered into <script type="application/json" id="i18n">, by key. */
  let messages = null;
  function t(key, ...args) {
    if (messages === null) {
      const el = document.getElementById('i18n');
      messages = el ? JSON.parse(el.textContent) : {};
    }
    let text = messages[key] ?? key;
    args.forEach((a, i) => { text = text.replace(`{${i}}`, a); });
    return text;
  }

  return { api, showProblem, clearProblem, chart, number, escape, t, lang, followSolve };
})();
