/*
 * Purchasing page: records a household's input need, adds a supplier, aggregates the season's open needs into a
 * bulk order, splits an order's delivery per village (transport requests), and draws the savings per village.
 * API field messages land next to their fields; after a write the page reloads to show the new state.
 */
(() => {
  const t = Alliance.t;
  const main = document.getElementById('purchasing');
  const season = Number(main.dataset.season);
  // querySelector, not form.elements[name]: a field named "item" would find the collection's item() method
  const value = (form, name) => { const v = form.querySelector(`[name="${name}"]`)?.value?.trim(); return v === '' ? undefined : v; };
  const submit = (id, path, body) => {
    const form = document.getElementById(id);
    if (!form) return;
    form.addEventListener('submit', async e => {
      e.preventDefault();
      Alliance.clearProblem(form);
      const answer = await Alliance.api(path, { method: 'POST', body: body(form) });
      if (answer.ok) window.location.reload(); else Alliance.showProblem(form, answer.body);
    });
  };
  const number = v => v === undefined ? undefined : Number(v);

  submit('need-form', '/api/v1/purchasing/needs', f => ({ householdId: value(f, 'householdId'), season,
    item: value(f, 'item'), quantity: number(value(f, 'quantity')), unit: value(f, 'unit'), wantedBy: value(f, 'wantedBy') }));
  submit('supplier-form', '/api/v1/purchasing/suppliers', f => ({ code: value(f, 'code'), name: value(f, 'name'),
    lat: number(value(f, 'lat')), lon: number(value(f, 'lon')) }));
  submit('order-form', '/api/v1/purchasing/orders', f => ({ season, supplierId: value(f, 'supplierId'),
    lines: [{ item: value(f, 'item'), unit: value(f, 'unit'), unitWeightKg: number(value(f, 'unitWeightKg')),
      groupPricePerUnit: value(f, 'groupPricePerUnit'), retailPricePerUnit: value(f, 'retailPricePerUnit') }] }));

  document.querySelectorAll('#orders button.deliver').forEach(button => {
    button.addEventListener('click', async () => {
      const row = button.closest('tr');
      button.disabled = true;
      const answer = await Alliance.api(`/api/v1/purchasing/orders/${encodeURIComponent(row.dataset.order)}/deliveries`,
        { method: 'POST', body: {} });
      if (answer.ok) { window.location.reload(); return; }
      button.disabled = false;
      const p = answer.body || {};
      row.querySelector('.deliver-error').textContent = p.detail || p.title || t('pu.js.failed');
    });
  });

  const chartEl = document.getElementById('village-savings-chart');
  if (chartEl) {
    const rows = [...document.querySelectorAll('#village-savings tbody tr')].slice(0, 15).reverse();
    Alliance.chart(chartEl).setOption({
      grid: { left: 80, right: 20, top: 30, bottom: 30 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'value', name: t('pu.js.yuan') },
      yAxis: { type: 'category', data: rows.map(r => r.dataset.village), axisLabel: { width: 70, overflow: 'truncate' } },
      series: [{ type: 'bar', name: t('pu.js.saving'), data: rows.map(r => Number(r.dataset.saving)), itemStyle: { color: '#b71c1c' } }]
    });
  }
})();
