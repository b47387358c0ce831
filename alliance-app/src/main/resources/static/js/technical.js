/*
 * Technical page: the season's coverage of the demo households (figures, chart per village, tables, the households
 * not yet visited, visits on longitude/latitude axes) from the coverage API; field visits and trainings recorded
 * through the API with its messages next to the fields; each technician's demo households.
 */
(() => {
  const t = Alliance.t;
  const season = document.getElementById('technical').dataset.season;
  const visitForm = document.getElementById('visit-form');
  const householdSelect = document.getElementById('visit-household');
  const orchardSelect = document.getElementById('visit-orchard');
  const known = new Map(); // household id -> household, as the API answered
  const coverageChart = Alliance.chart('chart-coverage');
  const visitsChart = Alliance.chart('chart-visits');

  const label = h => `${h.code || ''} ${h.name}`.trim();
  const debounce = (fn, ms = 300) => { let timer; return (...a) => { clearTimeout(timer); timer = setTimeout(() => fn(...a), ms); }; };

  async function households(params) {
    const answer = await Alliance.api('/api/v1/households?' + new URLSearchParams(params));
    const items = answer.ok ? answer.body.items : [];
    items.forEach(h => known.set(h.id, h));
    return items;
  }

  async function loadCoverage() {
    const answer = await Alliance.api(`/api/v1/technical/seasons/${season}/coverage`);
    if (!answer.ok) return;
    const c = answer.body;
    document.getElementById('fig-demo').textContent = Alliance.number(c.demoHouseholds);
    document.getElementById('fig-visited').textContent = Alliance.number(c.visited);
    document.getElementById('fig-visited').dataset.value = c.visited;
    document.getElementById('fig-not-visited').textContent = Alliance.number(c.demoHouseholds - c.visited);
    document.getElementById('fig-visits').textContent = Alliance.number(c.visits.length);
    rows('coverage-technicians', c.byTechnician, r => `${r.code} ${r.name}`.trim() || t('technical.js.noTechnician'));
    rows('coverage-villages', c.byVillage, r => r.name);
    document.querySelector('#not-visited tbody').innerHTML = c.notVisited.map(h => `<tr data-household="${Alliance.escape(h.householdId)}">
        <td>${Alliance.escape(h.code)} ${Alliance.escape(h.name)}</td><td>${Alliance.escape(h.villageName)}</td>
        <td>${Alliance.escape(h.technicianName)}</td>
        <td><button type="button" class="secondary record-visit" data-technician="${Alliance.escape(h.technicianId)}">${t('technical.js.record')}</button></td></tr>`).join('')
      || `<tr><td colspan="4">${t('technical.js.allVisited')}</td></tr>`;
    coverageChart.setOption({
      tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { left: 8, right: 8, bottom: 8, top: 30, containLabel: true },
      xAxis: { type: 'category', data: c.byVillage.map(r => r.name), axisLabel: { rotate: 45 } },
      yAxis: { type: 'value' },
      series: [
        { name: t('technical.js.visited'), type: 'bar', stack: 'c', data: c.byVillage.map(r => r.visited), itemStyle: { color: '#2e7d32' } },
        { name: t('technical.js.notVisited'), type: 'bar', stack: 'c', data: c.byVillage.map(r => r.demoHouseholds - r.visited), itemStyle: { color: '#ef6c00' } }]
    }, true);
    visitsChart.setOption({
      tooltip: { formatter: p => Alliance.escape(`${p.data[2]} · ${p.data[3]} · ${p.data[4]}`) },
      grid: { left: 8, right: 16, bottom: 8, top: 16, containLabel: true },
      xAxis: { type: 'value', scale: true, name: t('technical.js.lon') }, yAxis: { type: 'value', scale: true, name: t('technical.js.lat') },
      series: [{ type: 'scatter', symbolSize: 6, data: c.visits.map(p => [p.lon, p.lat, p.household, p.technician, p.date]) }]
    }, true);
  }

  function rows(id, list, name) {
    document.querySelector(`#${id} tbody`).innerHTML = list.map(r => `<tr><td>${Alliance.escape(name(r))}</td>
      <td class="num">${r.demoHouseholds}</td><td class="num">${r.visited}</td><td class="num">${r.demoHouseholds - r.visited}</td></tr>`).join('');
  }

  function chooseHousehold(h) {
    if (![...householdSelect.options].some(o => o.value === h.id)) householdSelect.add(new Option(label(h), h.id));
    householdSelect.value = h.id;
    fillOrchards();
  }

  function fillOrchards() {
    const h = known.get(householdSelect.value);
    orchardSelect.innerHTML = `<option value="">—</option>` + ((h && h.orchards) || [])
      .map(o => `<option value="${Alliance.escape(o.code)}">${Alliance.escape(o.code)}</option>`).join('');
    if (h && h.orchards && h.orchards.length) orchardSelect.value = h.orchards[0].code;
  }

  document.getElementById('visit-household-q').addEventListener('input', debounce(async e => {
    const q = e.target.value.trim();
    if (!q) return;
    const found = await households({ q, size: 20 });
    householdSelect.innerHTML = `<option value="">${t('technical.js.pick')}</option>` + found
      .map(h => `<option value="${Alliance.escape(h.id)}">${Alliance.escape(label(h))}</option>`).join('');
    if (found.length === 1) chooseHousehold(found[0]);
  }));
  householdSelect.addEventListener('change', fillOrchards);

  document.querySelector('#not-visited').addEventListener('click', async e => {
    const button = e.target.closest('button.record-visit');
    if (!button) return;
    const id = button.closest('tr').dataset.household;
    if (!known.has(id)) {
      const answer = await Alliance.api(`/api/v1/households/${encodeURIComponent(id)}`);
      if (answer.ok) known.set(id, answer.body);
    }
    if (known.has(id)) chooseHousehold(known.get(id));
    if (button.dataset.technician) document.getElementById('visit-technician').value = button.dataset.technician;
    document.getElementById('visit').scrollIntoView();
    document.getElementById('visit-findings').focus();
  });

  visitForm.addEventListener('submit', async e => {
    e.preventDefault();
    Alliance.clearProblem(visitForm);
    const data = Object.fromEntries(new FormData(visitForm));
    if (!data.orchardCode) delete data.orchardCode;
    const result = document.getElementById('visit-result');
    const answer = await Alliance.api('/api/v1/field-visits', { method: 'POST', body: data });
    if (!answer.ok) { result.textContent = ''; Alliance.showProblem(visitForm, answer.body); return; }
    result.textContent = t('technical.js.visitSaved', label(known.get(data.householdId) || { name: '' }));
    visitForm.querySelector('[name=findings]').value = '';
    visitForm.querySelector('[name=advice]').value = '';
    await loadCoverage();
  });

  // Trainings: attendees picked from a searchable list or a whole village at once.
  const trainingForm = document.getElementById('training-form');
  const chosen = new Map();
  const results = document.getElementById('attendee-results');
  const showCount = () => { document.getElementById('attendee-count').textContent = String(chosen.size); };

  function showResults(list) {
    results.innerHTML = list.map(h => `<li><label><input type="checkbox" value="${Alliance.escape(h.id)}" ${chosen.has(h.id) ? 'checked' : ''}>
      ${Alliance.escape(label(h))}</label></li>`).join('');
  }
  results.addEventListener('change', e => {
    const h = known.get(e.target.value);
    if (e.target.checked) chosen.set(h.id, h); else chosen.delete(h.id);
    showCount();
  });
  document.getElementById('attendee-q').addEventListener('input', debounce(async e => {
    const q = e.target.value.trim();
    showResults(q ? await households({ q, size: 20 }) : []);
  }));
  document.getElementById('attendee-village').addEventListener('click', async () => {
    const village = document.getElementById('training-village').value;
    if (!village) { Alliance.showProblem(trainingForm, { detail: t('technical.js.pickVillage') }); return; }
    const found = await households({ villageId: village, size: 1000 });
    found.forEach(h => chosen.set(h.id, h));
    showResults(found);
    showCount();
  });
  document.getElementById('attendee-clear').addEventListener('click', () => { chosen.clear(); showResults([]); showCount(); });

  trainingForm.addEventListener('submit', async e => {
    e.preventDefault();
    Alliance.clearProblem(trainingForm);
    const data = Object.fromEntries(new FormData(trainingForm));
    const body = { date: data.date, topic: data.topic, location: data.location || null, villageId: data.villageId || null,
      technicianIds: data.technicianIds ? [data.technicianIds] : [], attendeeHouseholdIds: [...chosen.keys()] };
    const answer = await Alliance.api('/api/v1/trainings', { method: 'POST', body });
    if (!answer.ok) { Alliance.showProblem(trainingForm, answer.body); return; }
    document.getElementById('training-result').textContent = t('technical.js.trainingSaved', answer.body.attendeeCount);
    setTimeout(() => location.reload(), 800);
  });

  // Each technician's demo households, in the technicians table.
  (async () => {
    const demo = await households({ demoHousehold: true, size: 1000 });
    const byTechnician = new Map();
    demo.forEach(h => { if (h.technicianId) byTechnician.set(h.technicianId, [...(byTechnician.get(h.technicianId) || []), h]); });
    document.querySelectorAll('#technicians tr[data-technician]').forEach(row => {
      const list = byTechnician.get(row.dataset.technician) || [];
      row.querySelector('.demo-households').textContent = list.length ? `${list.length}: ${list.map(h => h.name).join('、')}` : '—';
    });
  })();

  loadCoverage();
})();
