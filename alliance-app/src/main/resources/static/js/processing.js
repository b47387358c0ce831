/*
 * Processing page: pick the harvest lots going into a grading run (by cooperative and pick date), enter the graded
 * outputs per grade and the waste; the mass balance (inputs = outputs + waste, within the server's tolerance) is
 * checked while typing, and the API's own 400 is shown next to the fields. A stored run lists its graded lots with
 * their trace and label. Charts: the season's yield per grade by cooperative and by week.
 */
(() => {
  const t = Alliance.t;
  const main = document.getElementById('processing');
  const toleranceG = grams(main.dataset.tolerance);
  const form = document.getElementById('run-form');
  const lotsBody = document.querySelector('#lots tbody');
  const grades = ['SPECIAL', 'GRADE_1', 'GRADE_2', 'OFF_GRADE'];
  const kg = g => (g / 1000).toLocaleString(Alliance.lang, { maximumFractionDigits: 3 });

  /** Whole grams from a typed kilogram figure (so the check is exact, as the server's). */
  function grams(text) {
    const n = Number(String(text ?? '').trim() || 0);
    return Number.isFinite(n) ? Math.round(n * 1000) : NaN;
  }

  async function loadLots() {
    const cooperativeId = document.getElementById('lots-cooperative').value;
    if (!cooperativeId) return;
    const params = new URLSearchParams({ cooperativeId });
    const day = document.getElementById('lots-date').value;
    if (day) params.set('pickDate', day);
    const answer = await Alliance.api('/processing/lots?' + params);
    const lots = answer.ok ? answer.body : [];
    lotsBody.innerHTML = lots.map(l => `<tr data-lot="${Alliance.escape(l.id)}">
        <td><input type="checkbox" class="take" aria-label="${Alliance.escape(l.id)}"></td>
        <td><code>${Alliance.escape(l.id.slice(-8))}</code> ${l.grade ? t('processing.js.grade.' + l.grade) : ''}</td>
        <td class="nowrap">${Alliance.escape(l.pickDate)}</td><td class="num">${Alliance.escape(l.remainingKg)}</td>
        <td><input type="number" class="take-kg" min="0.001" step="0.001" inputmode="decimal" value="${Alliance.escape(l.remainingKg)}"
                   max="${Alliance.escape(l.remainingKg)}" size="8"></td></tr>`).join('')
      || `<tr><td colspan="5">${t('processing.js.noLots')}</td></tr>`;
    check();
  }

  function chosenInputs() {
    return [...lotsBody.querySelectorAll('tr[data-lot]')].filter(r => r.querySelector('.take').checked)
      .map(r => ({ harvestLotId: r.dataset.lot, weightKg: r.querySelector('.take-kg').value }));
  }

  function outputs() {
    return grades.map(g => ({ grade: g, weightKg: document.getElementById('out-' + g).value }))
      .filter(o => o.weightKg !== '' && Number(o.weightKg) > 0);
  }

  /** The balance line and its error, on every keystroke. */
  function check() {
    const input = chosenInputs().reduce((s, i) => s + grams(i.weightKg), 0);
    const output = outputs().reduce((s, o) => s + grams(o.weightKg), 0);
    const loss = grams(document.getElementById('run-loss').value);
    const balance = document.getElementById('balance');
    const error = document.getElementById('balance-error');
    if ([input, output, loss].some(Number.isNaN)) {
      balance.className = 'balance bad';
      balance.textContent = t('processing.js.notNumber');
      return false;
    }
    const off = input - output - loss;
    balance.textContent = t('processing.js.balance', kg(input), kg(output), kg(loss));
    const ok = Math.abs(off) <= toleranceG && input > 0;
    balance.className = 'balance ' + (ok ? 'ok' : 'bad');
    error.textContent = input === 0 ? t('processing.js.noInputs')
      : ok ? '' : t('processing.js.offBy', kg(off));
    document.getElementById('run-loss').classList.toggle('invalid', !ok && input > 0);
    return ok;
  }

  document.getElementById('lots-load').addEventListener('click', loadLots);
  document.getElementById('lots-cooperative').addEventListener('change', loadLots);
  form.addEventListener('input', check);
  form.addEventListener('change', check);

  form.addEventListener('submit', async e => {
    e.preventDefault();
    Alliance.clearProblem(form);
    check();
    const body = { processorId: document.getElementById('run-processor').value, date: document.getElementById('run-date').value,
      inputs: chosenInputs(), outputs: outputs(), lossKg: document.getElementById('run-loss').value || '0' };
    const result = document.getElementById('run-result');
    result.innerHTML = '';
    const answer = await Alliance.api('/api/v1/grading-runs', { method: 'POST', body });
    if (!answer.ok) {
      Alliance.showProblem(form, answer.body);
      if (answer.status === 409) form.querySelector('[data-error-for="*"]').textContent = answer.body.detail || '';
      return;
    }
    const run = answer.body;
    result.className = 'notice';
    result.innerHTML = `<p id="run-saved">${Alliance.escape(t('processing.js.saved', kg(grams(run.inputKg))))}</p><ul id="run-lots">`
      + run.outputs.map(o => `<li data-graded-lot="${Alliance.escape(o.gradedLotId)}">${t('processing.js.grade.' + o.grade)} ${Alliance.escape(o.weightKg)} kg ·
          <a href="/trace?id=${encodeURIComponent(o.gradedLotId)}">${t('processing.js.trace')}</a> ·
          <a href="/trace?id=${encodeURIComponent(o.gradedLotId)}&view=label" target="_blank">${t('processing.js.label')}</a></li>`).join('')
      + '</ul>';
    grades.forEach(g => { document.getElementById('out-' + g).value = ''; });
    document.getElementById('run-loss').value = '0';
    await loadLots();
    loadYields();
  });

  async function loadYields() {
    const answer = await Alliance.api(`/api/v1/grading-runs/yields?season=${main.dataset.season}`);
    if (!answer.ok) return;
    const names = new Map([...document.querySelectorAll('#lots-cooperative option')].map(o => [o.value, o.textContent.split(' ')[0]]));
    const series = rows => grades.map(g => ({ name: t('processing.js.grade.' + g), type: 'bar', stack: 'kg',
      data: rows.map(r => Number(r.kg[g])) }));
    const byCoop = answer.body.byCooperative;
    Alliance.chart('chart-cooperatives').setOption({
      tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { left: 8, right: 16, bottom: 8, top: 40, containLabel: true },
      yAxis: { type: 'category', data: byCoop.map(r => names.get(r.key) || r.key) }, xAxis: { type: 'value', name: 'kg' },
      series: series(byCoop) }, true);
    const byWeek = answer.body.byWeek;
    Alliance.chart('chart-weeks').setOption({
      tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { left: 8, right: 16, bottom: 8, top: 40, containLabel: true },
      xAxis: { type: 'category', data: byWeek.map(r => r.key) }, yAxis: { type: 'value', name: 'kg' },
      series: series(byWeek) }, true);
  }

  check();
  loadYields();
})();
