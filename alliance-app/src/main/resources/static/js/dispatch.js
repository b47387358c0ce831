/*
 * Dispatch board: draws the shown plan (figures, a stop list per van, the routes on a longitude/latitude chart),
 * starts a plan, publishes it, adds urgent requests and follows the re-plan through the plan's server-sent events
 * (each new best score refreshes the board, at most every 1.5 s), and records drivers' marks on stops.
 * Every change goes through the logistics API; the board always redraws from what the server stored.
 */
(() => {
  const root = document.getElementById('dispatch');
  const el = id => document.getElementById(id);
  const t = Alliance.t;
  const esc = Alliance.escape;
  const zone = root.dataset.zone;
  const solveSeconds = Number(root.dataset.solveSeconds) || 30;
  const canPublish = !!el('publish');
  const clock = new Intl.DateTimeFormat(Alliance.lang, { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

  let plan = null;
  let follow = null;
  let progressTimer = null;
  let refreshTimer = null;
  let solveStarted = 0;
  let scores = 0;
  let urgentRequestId = null;
  let urgentRef = newRef();
  let chart = null;
  let doneStop = null;

  const time = iso => (iso ? clock.format(new Date(iso)) : '–');
  const kg = v => Alliance.number(v, 1);
  const colour = i => `hsl(${Math.round(i * 137.508) % 360}, 62%, 42%)`;
  const statusClass = s => ({ SOLVING: 'warn', SOLVED: 'ok', PUBLISHED: 'ok', FAILED: 'bad' }[s] || '');
  function newRef() { return 'board-' + Date.now().toString(36) + '-' + Math.random().toString(36).slice(2, 8); }

  function problemText(r) {
    const b = r.body && typeof r.body === 'object' ? r.body : {};
    const fields = (b.errors || []).map(e => `${e.field}: ${e.message}`).join('; ');
    return `${r.status} · ${b.detail || b.title || r.body || ''}${fields ? ' (' + fields + ')' : ''}`;
  }

  // ---- loading and live updates

  async function load(id) {
    const r = await Alliance.api(`/api/v1/dispatch-plans/${encodeURIComponent(id)}`);
    if (!r.ok) {
      el('solve-note').textContent = problemText(r);
      return null;
    }
    plan = r.body;
    root.dataset.planId = plan.id;
    render();
    if (plan.status === 'SOLVING') watch();
    return plan;
  }

  /** Follows a running solve (Alliance.followSolve): events while it improves, a poll as fallback if the stream breaks. */
  function watch() {
    if (follow) return;
    solveStarted = Date.now();
    scores = 0;
    el('solve-progress').hidden = false;
    el('solve-progress').value = 0;
    clearInterval(progressTimer);
    progressTimer = setInterval(tick, 500);
    tick();
    follow = Alliance.followSolve({
      eventsUrl: `/api/v1/dispatch-plans/${encodeURIComponent(plan.id)}/events`,
      planUrl: `/api/v1/dispatch-plans/${encodeURIComponent(plan.id)}`,
      onBest: event => {
        scores++;
        showScore(event);
        refreshSoon();
      },
      onPlan: latest => { plan = latest; render(); },
      onEnd: () => { follow = null; finish(); }
    });
  }

  function closeSource() {
    if (follow) follow.stop();
    follow = null;
  }

  async function finish() {
    closeSource();
    clearInterval(progressTimer);
    clearTimeout(refreshTimer);
    refreshTimer = null;
    el('solve-progress').value = 100;
    const r = await Alliance.api(`/api/v1/dispatch-plans/${encodeURIComponent(plan.id)}`);
    if (!r.ok) return;
    plan = r.body;
    render();
    // still solving (a change resumed it meanwhile): look again shortly, following it anew
    if (plan.status === 'SOLVING') { setTimeout(() => load(plan.id), 1500); return; }
    el('solve-progress').hidden = true;
    el('solve-note').textContent = t('dispatch.js.finished', plan.score || '–', scores);
  }

  function refreshSoon() {
    if (refreshTimer) return;
    refreshTimer = setTimeout(async () => {
      refreshTimer = null;
      const r = await Alliance.api(`/api/v1/dispatch-plans/${encodeURIComponent(plan.id)}`);
      if (r.ok && follow) { plan = r.body; render(); }
    }, 1500);
  }

  function tick() {
    const seconds = (Date.now() - solveStarted) / 1000;
    el('solve-progress').value = Math.min(99, (seconds / solveSeconds) * 100);
    el('solve-note').textContent = t('dispatch.js.solving', Math.round(seconds), solveSeconds, scores);
  }

  function showScore(event) {
    el('plan-score').textContent = event.score;
    feasibleBadge(event.feasible);
    el('score-count').textContent = t('dispatch.js.scores', scores);
  }

  function feasibleBadge(feasible) {
    const badge = el('plan-feasible');
    badge.className = 'badge ' + (feasible ? 'ok' : 'bad');
    badge.textContent = feasible ? t('dispatch.js.feasible') : t('dispatch.js.infeasible');
  }

  // ---- drawing

  function render() {
    if (!plan) return;
    el('no-plan')?.remove();
    el('plan-summary').hidden = false;
    el('plan-date').textContent = plan.date;
    const status = el('plan-status');
    status.dataset.status = plan.status;
    status.className = 'badge ' + statusClass(plan.status);
    status.textContent = t('dispatch.status.' + plan.status);
    const used = plan.vans.filter(v => v.stops.length);
    el('vans-used').textContent = `${used.length} / ${plan.vans.length}`;
    el('stops-planned').textContent = used.reduce((n, v) => n + v.stops.length, 0);
    el('distance-km').textContent = Alliance.number(used.reduce((n, v) => n + Number(v.distanceKm), 0), 1);
    el('plan-score').textContent = plan.score || '–';
    if (plan.score) feasibleBadge(plan.feasible);
    const published = !!plan.publishedAt;
    if (canPublish) el('publish').hidden = published || plan.status === 'FAILED';
    el('publish-hint').textContent = published ? t('dispatch.js.published', time(plan.publishedAt))
      : t('dispatch.js.publishFirst');
    if (plan.status !== 'SOLVING' && !follow && plan.notes?.length) {
      el('solve-note').textContent = plan.notes.join(' · ');
    }
    vanFilter();
    routes();
    pending();
    drawChart();
    el('explanation').querySelector('ul').innerHTML = (plan.explanation || []).map(l => `<li>${esc(l)}</li>`).join('');
    urgentProgress();
  }

  function vanFilter() {
    const select = el('van-filter');
    const chosen = select.value;
    const options = plan.vans.filter(v => v.stops.length || v.vanId === chosen)
      .map(v => `<option value="${esc(v.vanId)}">${esc(v.vanCode)} (${v.stops.length})</option>`).join('');
    select.innerHTML = `<option value="">${esc(t('dispatch.allVans'))}</option>${options}`;
    select.value = chosen;
  }

  function routes() {
    const chosen = el('van-filter').value;
    const published = !!plan.publishedAt;
    const html = plan.vans.map((van, i) => ({ van, i }))
      .filter(({ van }) => chosen ? van.vanId === chosen : van.stops.length)
      .map(({ van, i }) => `<section class="van" data-van-id="${esc(van.vanId)}">
        <h3><span class="swatch" style="background:${colour(i)}"></span>${esc(van.vanCode)}
          <span class="hint">${esc(t('dispatch.js.vanLine', van.driverName || '–', van.stops.length,
            Alliance.number(van.distanceKm, 1), kg(van.capacityKg)))}</span>
          ${van.refrigerated ? `<span class="badge">${esc(t('dispatch.js.refrigerated'))}</span>` : ''}
          ${van.outOfService ? `<span class="badge bad">${esc(t('dispatch.js.outOfService'))}</span>` : ''}</h3>
        ${van.stops.length ? stopTable(van.stops, published, true) : `<p class="hint">${esc(t('dispatch.js.noStops'))}</p>`}
      </section>`).join('');
    const idle = plan.vans.filter(v => !v.stops.length).length;
    el('routes').innerHTML = html + (idle && !chosen ? `<p class="hint">${esc(t('dispatch.js.idleVans', idle))}</p>` : '');
    showPhotos();
  }

  /** Drivers' proof-of-delivery photos of the done stops, as thumbnails linking to the full image. */
  function showPhotos() {
    document.querySelectorAll('#routes .stop-photos:empty').forEach(async slot => {
      const path = `/api/v1/stops/${encodeURIComponent(slot.dataset.stopId)}/photos`;
      const r = await Alliance.api(path);
      if (!r.ok) return;
      slot.innerHTML = r.body.map(p => `<a href="${path}/${esc(p.id)}" target="_blank" class="pod-photo" data-photo-id="${esc(p.id)}">
        <img src="${path}/${esc(p.id)}" alt="${esc(t('dispatch.js.photo'))}" width="48" height="48" loading="lazy"></a>`).join('');
    });
  }

  function stopTable(stops, published, onVan) {
    const rows = stops.map(s => `<tr class="stop${s.urgent ? ' urgent' : ''}" data-stop-id="${esc(s.id)}"
        data-request-id="${esc(s.requestId)}" data-status="${esc(s.status)}">
      <td class="eta">${time(s.eta)}</td>
      <td><b>${esc(s.place)}</b> <span class="badge">${esc(t('dispatch.js.kind.' + s.kind))}</span>
        ${s.urgent ? `<span class="badge warn">${esc(t('dispatch.js.urgent'))}</span>` : ''}
        <div class="hint">${esc(t('dispatch.js.window', time(s.windowStart), time(s.windowEnd)))}${s.latenessMinutes > 0
          ? ` <span class="error">${esc(t('dispatch.js.late', Math.round(s.latenessMinutes)))}</span>` : ''}</div></td>
      <td class="num">${s.kind === 'PICKUP' ? '+' : '−'}${kg(s.weightKg)}
        ${onVan ? `<div class="hint">${esc(t('dispatch.js.load', kg(s.loadAfterKg)))}</div>` : ''}</td>
      <td class="state"><span class="badge status ${s.status === 'DONE' ? 'ok' : s.status === 'ARRIVED' ? 'warn' : ''}">${
        esc(t('dispatch.js.stopStatus.' + s.status))}</span>${onVan ? mark(s, published) : ''}</td>
    </tr>`).join('');
    return `<div class="table-wrap"><table class="stops"><thead><tr>
      <th>${esc(t('dispatch.js.eta'))}</th><th>${esc(t('dispatch.js.stop'))}</th>
      <th class="num">${esc(t('dispatch.js.kg'))}</th><th>${esc(t('dispatch.js.state'))}</th></tr></thead>
      <tbody>${rows}</tbody></table></div>`;
  }

  function mark(stop, published) {
    const disabled = published ? '' : ` disabled title="${esc(t('dispatch.js.publishFirst'))}"`;
    if (stop.status === 'PLANNED') {
      return ` <button type="button" class="mark" data-action="arrived"${disabled}>${esc(t('dispatch.js.markArrived'))}</button>`;
    }
    if (stop.status === 'ARRIVED') {
      return ` <button type="button" class="mark" data-action="done"${disabled}>${esc(t('dispatch.js.markDone'))}</button>`;
    }
    return stop.doneAt ? `<div class="hint">${esc(t('dispatch.js.doneBy', time(stop.doneAt), stop.signer || ''))}</div>`
      + (stop.status === 'DONE' ? `<div class="stop-photos" data-stop-id="${esc(stop.id)}"></div>` : '') : '';
  }

  function pending() {
    const parts = [];
    if (plan.pending?.length) {
      parts.push(`<h3>${esc(t('dispatch.js.pending', plan.pending.length))}</h3>${stopTable(plan.pending, false, false)}`);
    }
    if (plan.unplanned?.length) {
      parts.push(`<h3>${esc(t('dispatch.js.unplanned', plan.unplanned.length))}</h3><ul class="unplanned">${
        plan.unplanned.map(u => `<li><code>${esc(u.requestId)}</code> ${esc(u.reason)}</li>`).join('')}</ul>`);
    }
    el('pending').innerHTML = parts.join('');
  }

  function drawChart() {
    if (!chart) chart = Alliance.chart('route-chart');
    const chosen = el('van-filter').value;
    const series = [];
    const depots = new Map();
    plan.vans.forEach((van, i) => {
      if (!van.stops.length) return;
      depots.set(`${van.depotLon},${van.depotLat}`, { value: [van.depotLon, van.depotLat], name: van.depotName });
      const dim = chosen && chosen !== van.vanId;
      const depot = { value: [van.depotLon, van.depotLat], name: van.depotName, depot: true };
      series.push({
        type: 'line', name: van.vanCode, color: colour(i), symbolSize: 6, z: dim ? 1 : 3,
        lineStyle: { width: dim ? 1 : 2, opacity: dim ? 0.12 : 0.85 }, itemStyle: { opacity: dim ? 0.12 : 1 },
        data: [depot, ...van.stops.map(s => ({ value: [s.lon, s.lat], name: s.place, stop: s,
          ...(s.urgent ? { symbol: 'diamond', symbolSize: 14 } : {}) })), depot]
      });
    });
    if (plan.pending?.length) {
      series.push({ type: 'scatter', name: t('dispatch.js.pendingShort'), color: '#888', symbolSize: 8,
        data: plan.pending.map(s => ({ value: [s.lon, s.lat], name: s.place, stop: s })) });
    }
    series.push({ type: 'scatter', name: t('dispatch.js.depot'), color: '#222', symbol: 'pin', symbolSize: 26, z: 5,
      data: [...depots.values()].map(d => ({ ...d, depot: true })) });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'item', formatter: tooltip },
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: 56, right: 24, top: 36, bottom: 72 },
      xAxis: { type: 'value', scale: true, name: t('dispatch.js.lon'), nameLocation: 'middle', nameGap: 26, axisLabel: { formatter: v => v.toFixed(2) } },
      yAxis: { type: 'value', scale: true, name: t('dispatch.js.lat'), axisLabel: { formatter: v => v.toFixed(2) } },
      series
    }, true);
  }

  function tooltip(p) {
    const d = p.data || {};
    if (d.depot) return `${esc(t('dispatch.js.depot'))}: ${esc(d.name)}`;
    const s = d.stop;
    if (!s) return esc(p.seriesName);
    return `${esc(p.seriesName)}<br><b>${esc(s.place)}</b> · ${esc(t('dispatch.js.kind.' + s.kind))}<br>`
      + `${esc(t('dispatch.js.eta'))}: ${time(s.eta)}<br>${s.kind === 'PICKUP' ? '+' : '−'}${kg(s.weightKg)} · `
      + esc(t('dispatch.js.loadKg', kg(s.loadAfterKg)));
  }

  /** Where the urgent request just added stands: waiting for a van, or on one. */
  function urgentProgress() {
    if (!urgentRequestId) return;
    const van = plan.vans.find(v => v.stops.some(s => s.requestId === urgentRequestId));
    el('urgent-result').textContent = van ? t('dispatch.js.urgentPlanned', van.vanCode)
      : t('dispatch.js.urgentWaiting');
    el('urgent-result').dataset.vanCode = van ? van.vanCode : '';
  }

  // ---- actions

  el('start-form').addEventListener('submit', async e => {
    e.preventDefault();
    const form = e.target;
    Alliance.clearProblem(form);
    el('start-plan').disabled = true;
    const r = await Alliance.api('/api/v1/dispatch-plans', { method: 'POST', body: { date: form.date.value || null } });
    el('start-plan').disabled = false;
    if (!r.ok) { Alliance.showProblem(form, r.body); return; }
    closeSource();
    el('van-filter').value = '';
    await load(r.body.id);
  });

  el('publish')?.addEventListener('click', async () => {
    el('publish').disabled = true;
    const r = await Alliance.api(`/api/v1/dispatch-plans/${encodeURIComponent(plan.id)}/publish`, { method: 'POST' });
    el('publish').disabled = false;
    if (!r.ok) { el('publish-hint').textContent = problemText(r); return; }
    closeSource();
    plan = r.body;
    finish();
  });

  el('van-filter').addEventListener('change', () => { routes(); drawChart(); });

  function instant(date, hhmm) {
    if (!hhmm) return null;
    const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(new Date(`${date}T12:00:00Z`)).find(p => p.type === 'timeZoneName').value;
    const m = name.match(/GMT([+-]\d{2}):?(\d{2})?/);
    return new Date(`${date}T${hhmm}:00${m ? `${m[1]}:${m[2] || '00'}` : 'Z'}`).toISOString();
  }

  function place(select) {
    const o = select.selectedOptions[0];
    return o ? { memberId: o.value, name: o.dataset.name, lat: Number(o.dataset.lat), lon: Number(o.dataset.lon) } : null;
  }

  el('urgent-form').addEventListener('submit', async e => {
    e.preventDefault();
    const f = e.target;
    Alliance.clearProblem(f);
    el('urgent-result').textContent = '';
    if (!plan) { Alliance.showProblem(f, { detail: t('dispatch.js.needPlan') }); return; }
    const weight = f.weightKg.value.trim();
    const body = {
      source: 'DISPATCH', sourceRef: urgentRef, kind: f.kind.value, from: place(f.from), to: place(f.to),
      weightKg: weight === '' ? null : Number(weight), refrigerated: f.refrigerated.checked,
      pickupWindow: { start: instant(plan.date, f.pickupWindow.value), end: instant(plan.date, f.pickupWindowEnd.value) },
      deliveryWindow: { start: instant(plan.date, f.deliveryWindow.value), end: instant(plan.date, f.deliveryWindowEnd.value) },
      pickupServiceMinutes: 15, deliveryServiceMinutes: 15, urgent: true, notes: f.notes.value.trim() || null
    };
    el('urgent-submit').disabled = true;
    try {
      const created = await Alliance.api('/api/v1/transport-requests', { method: 'POST', body });
      if (!created.ok) { Alliance.showProblem(f, created.body); return; }
      const change = await Alliance.api(`/api/v1/dispatch-plans/${encodeURIComponent(plan.id)}/changes`,
        { method: 'POST', body: { type: 'URGENT_REQUEST', transportRequestId: created.body.id } });
      if (!change.ok) { Alliance.showProblem(f, change.body); return; }
      urgentRef = newRef();
      urgentRequestId = created.body.id;
      el('urgent-result').dataset.requestId = urgentRequestId;
      el('urgent-result').textContent = t('dispatch.js.urgentAdded', urgentRequestId);
      closeSource();
      await load(plan.id);
    } finally {
      el('urgent-submit').disabled = false;
    }
  });

  el('routes').addEventListener('click', async e => {
    const button = e.target.closest('button.mark');
    if (!button) return;
    const row = button.closest('tr');
    const stop = findStop(row.dataset.stopId);
    el('stop-problem').textContent = '';
    if (button.dataset.action === 'done') {
      doneStop = stop;
      el('done-place').textContent = stop.place;
      el('done-signer').value = '';
      Alliance.clearProblem(el('done-form'));
      el('done-dialog').showModal();
      return;
    }
    button.disabled = true;
    const r = await Alliance.api(`/api/v1/stops/${encodeURIComponent(stop.id)}/arrived`, { method: 'POST', body: {} });
    marked(r);
  });

  el('done-form').addEventListener('submit', async e => {
    if (e.submitter?.value !== 'ok') return;
    e.preventDefault();
    const r = await Alliance.api(`/api/v1/stops/${encodeURIComponent(doneStop.id)}/done`,
      { method: 'POST', body: { signer: el('done-signer').value } });
    if (r.status === 400) { Alliance.showProblem(el('done-form'), r.body); return; }
    el('done-dialog').close();
    marked(r);
  });

  async function marked(r) {
    if (!r.ok) el('stop-problem').textContent = problemText(r);
    const fresh = await Alliance.api(`/api/v1/dispatch-plans/${encodeURIComponent(plan.id)}`);
    if (fresh.ok) { plan = fresh.body; render(); }
    if (!r.ok) el('stop-problem').scrollIntoView({ block: 'nearest' });
  }

  function findStop(id) {
    for (const van of plan.vans) {
      const s = van.stops.find(x => x.id === id);
      if (s) return s;
    }
    return null;
  }

  if (root.dataset.planId) load(root.dataset.planId);
})();
