/*
 * Red-order desk and contract page: signs a contract, previews and confirms a season roll-over, runs the year-end
 * settlement job with a progress bar, and on a contract's page records advances and deliveries, cancels and settles.
 * Every write goes through the API; its field messages land next to the fields (Alliance.showProblem).
 */
(() => {
  const t = Alliance.t;
  const GRADES = ['SPECIAL', 'GRADE_1', 'GRADE_2', 'OFF_GRADE'];
  // querySelector, not form.elements[name]: a field named "item" would find the collection's item() method
  const value = (form, name) => { const v = form.querySelector(`[name="${name}"]`)?.value?.trim(); return v === '' ? undefined : v; };
  const today = () => new Date().toISOString().slice(0, 10);

  // --- sign a contract ---------------------------------------------------------------------------------------
  const sign = document.getElementById('sign-form');
  if (sign) {
    const syncPriceHead = () => {
      sign.querySelector('.price-head').textContent =
        t(sign.elements.priceRule.value === 'FLOOR' ? 'ro.js.floorPrice' : 'ro.js.premium');
    };
    sign.elements.priceRule.addEventListener('change', syncPriceHead);
    syncPriceHead();
    sign.addEventListener('submit', async e => {
      e.preventDefault();
      const floor = sign.elements.priceRule.value === 'FLOOR';
      const lines = [];
      sign.querySelectorAll('tr[data-grade]').forEach(row => {
        const kg = row.querySelector('.kg').value.trim();
        const price = row.querySelector('.price').value.trim();
        row.querySelector('.kg-error').removeAttribute('data-error-for');
        row.querySelector('.price-error').removeAttribute('data-error-for');
        if (!kg && !price) return;
        const i = lines.length;
        row.querySelector('.kg-error').dataset.errorFor = `lines[${i}].contractedKg`;
        row.querySelector('.price-error').dataset.errorFor = `lines[${i}].${floor ? 'floorPricePerKg' : 'premiumPerKg'}`;
        const line = { grade: row.dataset.grade, contractedKg: kg === '' ? null : Number(kg) };
        line[floor ? 'floorPricePerKg' : 'premiumPerKg'] = price === '' ? null : price;
        lines.push(line);
      });
      const body = { householdId: value(sign, 'householdId'), season: Number(value(sign, 'season')),
        priceRule: sign.elements.priceRule.value, lines };
      Alliance.clearProblem(sign);
      const answer = await Alliance.api('/api/v1/red-orders', { method: 'POST', body });
      const result = document.getElementById('sign-result');
      if (answer.ok) {
        result.innerHTML = `${Alliance.escape(t('ro.js.signed'))} <a id="signed-link" href="/red-orders/${encodeURIComponent(answer.body.id)}">`
          + `${Alliance.escape(answer.body.householdCode + ' ' + answer.body.householdName)}</a>`;
      } else {
        result.textContent = '';
        Alliance.showProblem(sign, answer.body);
      }
    });
  }

  // --- season roll-over ---------------------------------------------------------------------------------------
  const rollover = document.getElementById('rollover-form');
  if (rollover) {
    const confirm = document.getElementById('rollover-confirm');
    const output = document.getElementById('rollover-result');
    const syncRule = () => {
      const floor = rollover.elements.priceRule.value === 'FLOOR';
      rollover.querySelector('.floor-prices').hidden = !floor;
      rollover.querySelector('.premium').hidden = floor;
    };
    rollover.elements.priceRule.addEventListener('change', syncRule);
    syncRule();
    const request = dryRun => {
      const floor = rollover.elements.priceRule.value === 'FLOOR';
      const prices = {};
      rollover.querySelectorAll('.floor-prices input').forEach(i => { if (i.value.trim()) prices[i.dataset.grade] = i.value.trim(); });
      return { fromSeason: Number(value(rollover, 'fromSeason')), toSeason: Number(value(rollover, 'toSeason')),
        cooperativeId: value(rollover, 'cooperativeId'), villageId: value(rollover, 'villageId'),
        priceRule: rollover.elements.priceRule.value, floorPricesPerKg: floor ? prices : undefined,
        premiumPerKg: floor ? undefined : value(rollover, 'premiumPerKg'), dryRun };
    };
    const run = async dryRun => {
      Alliance.clearProblem(rollover);
      output.textContent = t('ro.js.working');
      const answer = await Alliance.api('/api/v1/red-orders/season-rollovers', { method: 'POST', body: request(dryRun) });
      if (!answer.ok) {
        output.textContent = '';
        Alliance.showProblem(rollover, answer.body);
        return;
      }
      const r = answer.body;
      const reasons = {};
      r.skipped.forEach(s => { reasons[s.reason] = (reasons[s.reason] || 0) + 1; });
      const kg = GRADES.filter(g => r.contractedKg[g] != null)
        .map(g => `${t('ro.js.grade.' + g)} ${Alliance.number(r.contractedKg[g])}`).join(' · ');
      output.innerHTML = `<p class="${dryRun ? '' : 'notice'}" id="rollover-summary" data-households="${r.households}" data-signed="${r.signed}">`
        + Alliance.escape(t(dryRun ? 'ro.js.preview' : 'ro.js.done', r.households, r.povertyHouseholds, r.signed)) + '</p>'
        + (kg ? `<p>${Alliance.escape(kg)} ${Alliance.escape(t('ro.js.kg'))}</p>` : '')
        + (r.skipped.length ? `<p>${Alliance.escape(t('ro.js.skipped', r.skipped.length))} `
          + Object.entries(reasons).map(([k, n]) => Alliance.escape(`${t('ro.js.reason.' + k)} ${n}`)).join(' · ') + '</p>'
          + '<ul>' + r.skipped.slice(0, 100).map(s => `<li>${Alliance.escape(s.householdName || s.householdId)}: `
            + `${Alliance.escape(t('ro.js.reason.' + s.reason))}</li>`).join('') + '</ul>' : '');
      confirm.disabled = !dryRun || r.households === 0;
    };
    document.getElementById('rollover-preview').addEventListener('click', () => run(true));
    confirm.addEventListener('click', () => run(false));
    rollover.addEventListener('change', e => { if (e.target !== confirm) confirm.disabled = true; });
  }

  // --- year-end settlement through the settlement job ----------------------------------------------------------
  const settle = document.getElementById('settle-form');
  if (settle) {
    const bar = document.getElementById('settle-progress');
    const report = document.getElementById('settle-report');
    settle.addEventListener('submit', async e => {
      e.preventDefault();
      Alliance.clearProblem(settle);
      const season = value(settle, 'season');
      const started = await Alliance.api('/api/v1/jobs/redOrderSettlementJob', { method: 'POST', body: { season } });
      if (!started.ok) { Alliance.showProblem(settle, started.body); return; }
      const total = Number(document.getElementById('t-contracts')?.textContent || 0);
      bar.hidden = false;
      let status = started.body;
      while (['STARTING', 'STARTED'].includes(status.status)) {
        const step = (status.steps || [])[0];
        bar.value = total && step ? Math.min(100, 100 * step.readOverRestarts / total) : 10;
        await new Promise(r => setTimeout(r, 500));
        const next = await Alliance.api(status.statusUrl);
        if (!next.ok) break;
        status = next.body;
      }
      bar.value = 100;
      const counts = ((status.steps || [])[0] || {}).counts || {};
      report.innerHTML = `<p id="settle-summary" data-status="${Alliance.escape(status.status)}">`
        + Alliance.escape(t('ro.js.settled', counts.settled || 0, counts.alreadySettled || 0, counts.needsAttention || 0)) + '</p>'
        + (counts.needsAttention ? `<p><a href="/red-orders?season=${encodeURIComponent(season)}&status=ACTIVE">`
          + Alliance.escape(t('ro.js.needsAttention')) + '</a></p>' : '');
    });
  }

  // --- one contract ------------------------------------------------------------------------------------------
  const page = document.getElementById('red-order');
  if (!page) return;
  const id = page.dataset.id;
  const after = async (form, answer) => {
    if (answer.ok) { window.location.reload(); return; }
    Alliance.showProblem(form, answer.body);
  };
  const advance = document.getElementById('advance-form');
  if (advance) {
    advance.elements.date.value = today();
    advance.addEventListener('submit', async e => {
      e.preventDefault();
      after(advance, await Alliance.api(`/api/v1/red-orders/${id}/advances`, { method: 'POST',
        body: { item: value(advance, 'item'), amount: value(advance, 'amount'), date: value(advance, 'date') } }));
    });
  }
  const delivery = document.getElementById('delivery-form');
  if (delivery) {
    delivery.elements.date.value = today();
    Alliance.api(`/api/v1/harvest-lots?householdId=${encodeURIComponent(page.dataset.household)}&size=100`).then(answer => {
      if (!answer.ok) return;
      (answer.body.items || []).forEach(lot => {
        const option = document.createElement('option');
        option.value = lot.id;
        option.textContent = `${lot.pickDate} · ${Alliance.number(lot.weightKg, 1)} kg` + (lot.grade ? ` · ${t('ro.js.grade.' + lot.grade)}` : '');
        delivery.elements.harvestLotId.append(option);
      });
    });
    delivery.addEventListener('submit', async e => {
      e.preventDefault();
      const lot = value(delivery, 'harvestLotId');
      const body = lot ? { harvestLotId: lot }
        : { grade: value(delivery, 'grade'), weightKg: value(delivery, 'weightKg') && Number(value(delivery, 'weightKg')), date: value(delivery, 'date') };
      after(delivery, await Alliance.api(`/api/v1/red-orders/${id}/deliveries`, { method: 'POST', body }));
    });
  }
  const close = document.getElementById('close-form');
  if (close) {
    const act = async what => {
      Alliance.clearProblem(close);
      const reason = value(close, 'reason');
      after(close, await Alliance.api(`/api/v1/red-orders/${id}/${what}`, { method: 'POST', body: reason ? { reason } : {} }));
    };
    document.getElementById('settle').addEventListener('click', () => act('settle'));
    document.getElementById('cancel').addEventListener('click', () => {
      if (window.confirm(t('ro.js.cancelSure'))) act('cancel');
    });
  }
})();
