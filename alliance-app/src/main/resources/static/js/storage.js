/*
 * Storage planning page: starts a solve through the storage-plans API, follows its best score over server-sent
 * events (polling the plan instead when the stream drops), and draws the plan: score over time, purchase points
 * → cold stores on longitude/latitude axes, cost per constraint, the rows of the plan. Publishes a solved plan.
 */
(() => {
  const { t, escape: esc } = Alliance;
  const num = Alliance.number;
  // Money and tonnes with two decimals always, so the columns line up.
  const fixed2 = v => v == null ? '' : Number(v).toLocaleString(Alliance.lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const $ = id => document.getElementById(id);
  const API = '/api/v1/storage-plans';
  const MAX_ROWS = 200;
  const places = STORAGE_PAGE.places || {};
  const limitSeconds = Number(STORAGE_PAGE.seconds) || 60;
  let current = null;
  let charts = null;

  // "0hard/-49340soft": hard in kg over a rule, soft in fen (a cost, so negative).
  const parse = s => { const m = /(-?\d+)hard\/(-?\d+)soft/.exec(s || ''); return m ? { hard: +m[1], soft: +m[2] } : null; };
  const yuan = soft => -soft / 100;
  const scoreText = s => { const p = parse(s); return p ? t('storage.js.scoreText', num(p.hard), num(yuan(p.soft), 2)) : (s || '–'); };
  const label = (prefix, key) => { const text = t(prefix + key); return text === prefix + key ? key : text; };
  const constraintName = name => label('storage.constraint.', String(name).toLowerCase().replace(/[^a-z0-9]+/g, '-'));
  const moves = plan => (plan.kind === 'CONSOLIDATION' ? plan.transfers : plan.assignments) || [];
  const badgeClass = status => ({ SOLVED: 'ok', PUBLISHED: 'ok', SOLVING: 'warn' }[status] || 'bad');
  const when = iso => iso ? new Date(iso).toLocaleString(Alliance.lang, { timeZone: 'Asia/Shanghai', month: '2-digit',
    day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false }) : '';

  function chartsOnce() {
    if (!charts) charts = { score: Alliance.chart('score-chart'), map: Alliance.chart('map-chart'),
      constraints: Alliance.chart('constraint-chart') };
    return charts;
  }

  // ---- the start form ----
  const form = $('start-form');
  function kindChanged() {
    const kind = form.querySelector('input[name=kind]:checked').value;
    form.querySelectorAll('[data-kind-hint]').forEach(el => { el.hidden = el.dataset.kindHint !== kind; });
    form.querySelectorAll('.allocation-only').forEach(el => { el.hidden = kind !== 'ALLOCATION'; });
  }
  form.querySelectorAll('input[name=kind]').forEach(r => r.addEventListener('change', kindChanged));

  form.addEventListener('submit', async event => {
    event.preventDefault();
    Alliance.clearProblem(form);
    $('start-notice').textContent = '';
    const kind = form.querySelector('input[name=kind]:checked').value;
    const othersSolving = [...document.querySelectorAll('#plans tr[data-status="SOLVING"]')].length > 0;
    $('start').disabled = true;
    try {
      const r = kind === 'ALLOCATION'
        ? await Alliance.api(`${API}/allocations`, { method: 'POST', body: { from: form.from.value || null,
            to: form.to.value || null, purchasePoint: form.purchasePoint.value } })
        : await Alliance.api(`${API}/consolidations`, { method: 'POST' });
      if (r.body && r.body.id && (r.status === 202 || r.status === 409)) {
        // 202: solving; 409 with a plan: the input cannot fit, and the plan says why (its shortfall).
        if (r.status === 202) $('start-notice').textContent = t(othersSolving ? 'storage.js.queued' : 'storage.js.started');
        else Alliance.showProblem(form, { detail: t('storage.js.infeasible') });
        upsertRow(r.body);
        show(r.body.id);
      } else {
        Alliance.showProblem(form, r.body && typeof r.body === 'object' ? r.body : { detail: t('storage.js.failed', r.status) });
      }
    } catch (e) {
      Alliance.showProblem(form, { detail: t('storage.js.failed', e.message) });
    } finally {
      $('start').disabled = false;
    }
  });

  // ---- the list of recent plans ----
  function upsertRow(plan) {
    const body = document.querySelector('#plans tbody');
    let row = body.querySelector(`tr[data-plan="${CSS.escape(plan.id)}"]`);
    if (!row) {
      row = document.createElement('tr');
      row.dataset.plan = plan.id;
      row.innerHTML = `<td>${esc(when(plan.createdAt))}</td><td>${esc(t('storage.kind.' + plan.kind))}</td>
        <td><span class="badge"></span></td><td class="num"></td>
        <td><a href="#" class="open-plan" data-plan="${esc(plan.id)}">${esc(t('storage.open'))}</a></td>`;
      body.prepend(row);
      $('no-plans')?.remove();
    }
    row.dataset.status = plan.status;
    const badge = row.querySelector('.badge');
    badge.className = 'badge ' + badgeClass(plan.status);
    badge.textContent = t('storage.status.' + plan.status);
    if (plan.assignments || plan.transfers) row.cells[3].textContent = moves(plan).length;
  }

  document.getElementById('plans').addEventListener('click', event => {
    const link = event.target.closest('a.open-plan');
    if (link) {
      event.preventDefault();
      show(link.dataset.plan);
    }
  });

  // ---- one plan ----
  async function show(id) {
    stopWatching();
    current = { id, points: new Map(), plan: null, follow: null, tick: null, live: false };
    const url = new URL(location.href);
    url.searchParams.set('plan', id);
    url.searchParams.delete('lang');
    history.replaceState(null, '', url);
    $('plan').hidden = false;
    $('plan-error').textContent = '';
    $('publish-result').textContent = '';
    chartsOnce();
    const plan = await load(id);
    if (plan && plan.status === 'SOLVING') watch(id);
  }

  async function load(id) {
    const r = await Alliance.api(`${API}/${encodeURIComponent(id)}`);
    if (!current || current.id !== id) return null;
    if (!r.ok) {
      $('plan-error').textContent = (r.body && r.body.detail) || t('storage.js.failed', r.status);
      return null;
    }
    render(r.body);
    return r.body;
  }

  function stopWatching() {
    if (!current) return;
    if (current.follow) current.follow.stop();
    clearInterval(current.tick);
  }

  /** Live score over SSE (Alliance.followSolve); the plan itself is re-read every few seconds (more often once the stream is lost). */
  function watch(id) {
    const plan = current;
    plan.tick = setInterval(() => current === plan && progress(), 500);
    plan.follow = Alliance.followSolve({
      eventsUrl: `${API}/${encodeURIComponent(id)}/events`,
      planUrl: `${API}/${encodeURIComponent(id)}`,
      pollMillis: 1500,
      livePollMillis: 3000,
      onBest: event => { if (current === plan) addPoints([event]); },
      onPlan: latest => { if (current === plan) render(latest); },
      onEnd: latest => { if (current !== plan) return; if (latest) render(latest); else load(id); },
      onLive: live => { plan.live = live; if (current === plan) liveLabel(); }
    });
  }

  function liveLabel() {
    const solving = current && current.plan && current.plan.status === 'SOLVING';
    $('live').textContent = !solving ? '' : t(current.live ? 'storage.js.live' : 'storage.js.polling');
  }

  function render(plan) {
    current.plan = plan;
    upsertRow(plan);
    $('plan-kind').textContent = t('storage.kind.' + plan.kind);
    const status = $('plan-status');
    status.className = 'badge ' + badgeClass(plan.status);
    status.textContent = t('storage.status.' + plan.status);
    status.dataset.status = plan.status;
    $('plan-id').textContent = plan.id;
    $('stop').disabled = plan.status !== 'SOLVING';
    $('publish').disabled = plan.status !== 'SOLVED';
    if (plan.note) $('plan-error').textContent = plan.note;
    if (plan.status !== 'SOLVING') stopWatching();
    addPoints(plan.progress || []);
    if ((plan.progress || []).length === 0 && plan.score) $('score').textContent = scoreText(plan.score);
    progress();
    liveLabel();
    renderShortfall(plan.shortfall || []);
    renderSaving(plan);
    renderConstraints(plan);
    renderRows(plan);
    renderMap(plan);
  }

  function addPoints(points) {
    points.forEach(p => current.points.set(p.millis, p));
    const all = [...current.points.values()].sort((a, b) => a.millis - b.millis);
    if (!all.length) return;
    $('score').textContent = scoreText(all[all.length - 1].score);
    $('initial-score').textContent = scoreText(all[0].score);
    $('improvements').textContent = all.length - 1;
    const el = $('score-chart');
    el.dataset.points = all.length;
    charts.score.setOption({
      grid: { left: 70, right: 16, top: 40, bottom: 40 },
      tooltip: { trigger: 'axis', formatter: ps => `${num(ps[0].value[0], 1)} ${esc(t('storage.js.seconds'))}<br>${esc(scoreText(all[ps[0].dataIndex].score))}` },
      xAxis: { type: 'value', name: t('storage.js.seconds'), nameLocation: 'middle', nameGap: 24, min: 0 },
      yAxis: { type: 'value', scale: true, name: t('storage.legend.best') },
      series: [{ type: 'line', step: 'end', symbolSize: 6, color: '#b71c1c',
        data: all.map(p => { const s = parse(p.score); return [p.millis / 1000, s ? yuan(s.soft) : null]; }) }]
    });
  }

  function progress() {
    const plan = current.plan;
    if (!plan) return;
    const last = Math.max(0, ...[...current.points.values()].map(p => p.millis / 1000));
    let elapsed;
    if (plan.status === 'SOLVING') {
      elapsed = Math.max(last, plan.createdAt ? (Date.now() - Date.parse(plan.createdAt)) / 1000 : 0);
    } else {
      elapsed = plan.solvedAt && plan.createdAt ? (Date.parse(plan.solvedAt) - Date.parse(plan.createdAt)) / 1000 : last;
    }
    elapsed = Math.min(Math.max(elapsed, 0), limitSeconds);
    const bar = $('progress');
    bar.max = limitSeconds;
    bar.value = plan.status === 'SOLVING' ? elapsed : limitSeconds;
    $('elapsed').textContent = t('storage.js.elapsedText', num(elapsed, 0), num(limitSeconds, 0));
  }

  function renderShortfall(shortfall) {
    $('shortfall-block').hidden = shortfall.length === 0;
    document.querySelector('#shortfall tbody').innerHTML = shortfall.map(s => `<tr><td>${esc(label('storage.grade.', s.grade))}</td>
      <td class="num">${num(s.neededKg, 1)}</td><td class="num">${num(s.availableKg, 1)}</td></tr>`).join('');
  }

  function renderSaving(plan) {
    const s = plan.saving;
    $('saving-block').hidden = !s;
    if (!s) return;
    $('saving-month').textContent = num(s.savingPerMonth, 2);
    $('saving-closed').textContent = s.chambersClosed;
    $('saving-transfer').textContent = num(s.transferCost, 2);
    $('saving-first').textContent = num(s.firstMonthNet, 2);
  }

  function renderConstraints(plan) {
    const list = plan.constraints || [];
    $('constraints-later').hidden = list.length > 0 || plan.status !== 'SOLVING';
    $('constraints-block').hidden = list.length === 0;
    document.querySelector('#constraints tbody').innerHTML = list.map(c => {
      const s = parse(c.score) || { hard: 0, soft: 0 };
      return `<tr data-constraint="${esc(c.constraint)}"><td>${esc(constraintName(c.constraint))}</td>
        <td class="num">${num(s.hard)}</td><td class="num">${fixed2(s.soft / 100)}</td><td class="num">${num(c.matches)}</td></tr>`;
    }).join('');
    if (!list.length) return;
    charts.constraints.resize();
    charts.constraints.setOption({
      grid: { left: 8, right: 24, top: 24, bottom: 24, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: list.map(c => constraintName(c.constraint)), inverse: true },
      series: [
        { type: 'bar', name: t('storage.legend.best'), color: '#b71c1c',
          data: list.map(c => { const s = parse(c.score); return s ? yuan(s.soft) : 0; }) },
        { type: 'bar', name: t('storage.legend.hard'), color: '#ef6c00',
          data: list.map(c => { const s = parse(c.score); return s ? -s.hard : 0; }) }
      ]
    }, true);
  }

  const placeName = id => (places[id] && places[id].label) || id;

  function renderRows(plan) {
    const rows = moves(plan);
    $('rows-heading').textContent = t(plan.kind === 'CONSOLIDATION' ? 'storage.transfers' : 'storage.assignments');
    const html = rows.slice(0, MAX_ROWS).map(a => `<tr><td>${esc(a.lotRef)}</td><td>${esc(label('storage.grade.', a.grade))}</td>
      <td>${esc(placeName(a.fromId))}</td><td>${esc(a.storeCode + '/' + a.chamberCode)}</td>
      <td class="num">${fixed2(a.weightKg / 1000)}</td><td class="num">${fixed2(a.transportYuan)}</td>
      <td class="num">${fixed2(a.storageYuan)}</td></tr>`);
    if (rows.length > MAX_ROWS) html.push(`<tr><td colspan="7" class="muted">${esc(t('storage.js.more', rows.length - MAX_ROWS))}</td></tr>`);
    document.querySelector('#assignments tbody').innerHTML = html.join('');
  }

  /** Purchase points (or emptied chambers) → cold stores, weighted by tonnes, on plain lon/lat axes. */
  function renderMap(plan) {
    const flows = new Map();
    const from = new Map();
    const to = new Map();
    moves(plan).forEach(m => {
      const a = places[m.fromId];
      const b = places[m.chamberId];
      if (!a || !b) return;
      const tonnes = Number(m.weightKg) / 1000;
      const key = m.fromId + '>' + m.storeCode;
      const f = flows.get(key) || { a, b, tonnes: 0, name: `${a.label} → ${m.storeCode}` };
      f.tonnes += tonnes;
      flows.set(key, f);
      const p = from.get(m.fromId) || { place: a, tonnes: 0 };
      p.tonnes += tonnes;
      from.set(m.fromId, p);
      const s = to.get(m.storeCode) || { place: b, name: m.storeCode, tonnes: 0 };
      s.tonnes += tonnes;
      to.set(m.storeCode, s);
    });
    const maxFlow = Math.max(1, ...[...flows.values()].map(f => f.tonnes));
    const maxStore = Math.max(1, ...[...to.values()].map(s => s.tonnes));
    const tip = (name, tonnes) => `${esc(name)}<br>${num(tonnes, 1)} t`;
    charts.map.setOption({
      grid: { left: 56, right: 16, top: 40, bottom: 44 },
      legend: { top: 0 },
      tooltip: { trigger: 'item', formatter: p => tip(p.data.name, p.data.tonnes) },
      xAxis: { type: 'value', scale: true, name: t('storage.axis.lon'), nameLocation: 'middle', nameGap: 26,
        axisLabel: { formatter: v => v.toFixed(2) } },
      yAxis: { type: 'value', scale: true, name: t('storage.axis.lat'), axisLabel: { formatter: v => v.toFixed(2) } },
      series: [
        { type: 'lines', name: t('storage.legend.flows'), coordinateSystem: 'cartesian2d', color: '#b71c1c', z: 1,
          data: [...flows.values()].map(f => ({ name: f.name, tonnes: f.tonnes,
            coords: [[f.a.lon, f.a.lat], [f.b.lon, f.b.lat]],
            lineStyle: { width: 1 + 5 * f.tonnes / maxFlow, opacity: 0.45, curveness: 0.15 } })) },
        { type: 'scatter', name: t('storage.legend.points'), color: '#2e7d32', symbolSize: 8, z: 3,
          data: [...from.values()].map(p => ({ name: p.place.label, tonnes: p.tonnes, value: [p.place.lon, p.place.lat] })) },
        { type: 'scatter', name: t('storage.legend.stores'), color: '#1565c0', symbol: 'rect', z: 2,
          data: [...to.values()].map(s => ({ name: s.name, tonnes: s.tonnes, value: [s.place.lon, s.place.lat],
            symbolSize: 8 + 14 * Math.sqrt(s.tonnes / maxStore) })) }
      ]
    }, true);
  }

  $('stop').addEventListener('click', async () => {
    if (!current) return;
    $('stop').disabled = true;
    const r = await Alliance.api(`${API}/${encodeURIComponent(current.id)}/stop`, { method: 'POST' });
    if (!r.ok) $('plan-error').textContent = (r.body && r.body.detail) || t('storage.js.failed', r.status);
  });

  $('publish').addEventListener('click', async () => {
    if (!current) return;
    const id = current.id;
    $('publish').disabled = true;
    $('plan-error').textContent = '';
    const r = await Alliance.api(`${API}/${encodeURIComponent(id)}/publish`, { method: 'POST' });
    if (!current || current.id !== id) return;
    if (!r.ok) {
      $('plan-error').textContent = (r.body && r.body.detail) || t('storage.js.failed', r.status);
      await load(id);
      return;
    }
    render(r.body);
    // What publishing did: each destination chamber's share reserved, one transport request per (from, chamber).
    const rows = moves(r.body);
    const tonnes = rows.reduce((sum, m) => sum + Number(m.weightKg), 0) / 1000;
    const chambers = new Set(rows.map(m => m.chamberId)).size;
    const requests = new Set(rows.map(m => m.fromId + '>' + m.chamberId)).size;
    $('publish-result').textContent = t('storage.js.published', num(tonnes, 1), chambers, requests);
  });

  kindChanged();
  const wanted = new URL(location.href).searchParams.get('plan');
  const first = document.querySelector('#plans tbody tr[data-plan]');
  if (wanted) show(wanted);
  else if (first) show(first.dataset.plan);
})();
