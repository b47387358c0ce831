/*
 * 库管 Cold-store keeper page: my stores (GET /api/v1/keeper/stores), each chamber's lots by age, with a stock count
 * (盘点: counted kg per lot, written by the server as a COUNT adjustment) and a loss per lot; receipts by lot id,
 * FIFO picks, transfers, and the sell-first list of my stores. Every write goes through the offline queue.
 */
(() => {
  const { t, escape, number } = Alliance;
  const path = '/api/v1/keeper/stores';
  let stores = [];
  let queued = [];
  let sellFirst = [];

  const chambers = () => stores.flatMap(s => s.chambers.map(c => Object.assign({ storeCode: s.code }, c)));

  function render() {
    const waitingFor = (chamberId, lotRef) => queued.filter(e => e.chamberId === chamberId && e.lotRef === lotRef);
    document.getElementById('stores').innerHTML = stores.map(s => `<section class="card store" data-store-id="${escape(s.id)}">
        <h2>${escape(s.code)} ${escape(s.name)}</h2>
        ${s.chambers.map(c => `<details class="chamber" data-chamber-id="${escape(c.id)}" open>
          <summary>${escape(c.code)} · ${escape(t('keeper.setPoint', number(c.tempC, 1)))} ·
            ${escape(t('keeper.stock', number(c.lots.reduce((a, l) => a + Number(l.weightKg), 0), 1)))}</summary>
          <div class="temperature">${temperature(c)}
            <input class="temp" type="number" step="0.1" min="-40" max="40" inputmode="decimal" size="5"
              aria-label="${escape(t('keeper.tempC'))}">
            <button type="button" class="secondary" data-action="temp">${escape(t('keeper.recordTemp'))}</button></div>
          <div class="table-wrap"><table class="lots"><thead><tr><th>${escape(t('keeper.lot'))}</th>
            <th>${escape(t('keeper.grade'))}</th><th class="num">${escape(t('keeper.kg'))}</th>
            <th class="num">${escape(t('keeper.age'))}</th><th>${escape(t('keeper.count'))}</th></tr></thead><tbody>
          ${c.lots.map(l => {
            const waiting = waitingFor(c.id, l.lotRef);
            return `<tr class="lot" data-lot-ref="${escape(l.lotRef)}" data-pending="${waiting.length > 0}">
              <td class="lot-ref">${escape(l.lotRef.slice(-8))}${waiting.length ? ` <span class="pending-mark">${escape(t('field.pending'))}</span>` : ''}</td>
              <td>${escape(t('keeper.grade.' + l.grade))}</td><td class="num">${number(l.weightKg, 1)}</td>
              <td class="num">${l.ageDays}</td>
              <td><input class="counted" type="number" min="0" step="0.001" inputmode="decimal" size="6"
                    aria-label="${escape(t('keeper.counted'))}">
                <button type="button" data-action="count">${escape(t('keeper.count'))}</button>
                <button type="button" class="secondary" data-action="loss">${escape(t('keeper.loss'))}</button></td></tr>`;
          }).join('') || `<tr><td colspan="5" class="muted">${escape(t('keeper.empty'))}</td></tr>`}
          </tbody></table></div></details>`).join('')}
      </section>`).join('');
    const chamberOptions = chambers().map(c => `<option value="${escape(c.id)}">${escape(c.storeCode)} · ${escape(c.code)}</option>`).join('');
    document.querySelectorAll('select.chamber-select').forEach(sel => {
      const was = sel.value;
      sel.innerHTML = chamberOptions;
      if (was) sel.value = was;
    });
    document.querySelectorAll('select.store-select').forEach(sel => {
      const was = sel.value;
      sel.innerHTML = stores.map(s => `<option value="${escape(s.id)}">${escape(s.code)} ${escape(s.name)}</option>`).join('');
      if (was) sel.value = was;
    });
    const codes = new Set(stores.map(s => s.code));
    document.querySelector('#sell-first tbody').innerHTML = sellFirst.filter(i => codes.has(i.storeCode)).map(i =>
      `<tr><td>${escape(String(i.lotRef).slice(-8))}</td><td>${escape(i.storeCode)} · ${escape(i.chamberCode)}</td>
        <td>${escape(t('keeper.grade.' + i.grade))}</td><td class="num">${number(i.weightKg, 1)}</td>
        <td class="num">${i.ageDays}</td></tr>`).join('')
      || `<tr><td colspan="5" class="muted">${escape(t('keeper.none'))}</td></tr>`;
    renderPickList();
  }

  /** The chamber's last reading (a queued one first), with an alert outside its range. */
  function temperature(c) {
    const waiting = queued.filter(e => e.kind === 'temp' && e.chamberId === c.id);
    const last = waiting.length ? waiting[waiting.length - 1].body.tempC : c.lastReading?.tempC;
    if (last == null) return `<span class="muted">${escape(t('keeper.range', number(c.minC, 1), number(c.maxC, 1)))}</span>`;
    const alert = last < c.minC || last > c.maxC;
    return `<span class="${alert ? 'alert' : 'badge ok'}" data-alert="${alert}">${escape(t(alert ? 'keeper.tempAlert' : 'keeper.tempOk',
      number(last, 1), number(c.minC, 1), number(c.maxC, 1)))}</span>`;
  }

  /** The lots a FIFO pick of the form's grade and kg would take, oldest first (as the server picks). */
  function renderPickList() {
    const storeId = document.getElementById('pick-store').value;
    const grade = document.getElementById('pick-grade').value;
    let left = Number(document.getElementById('pick-kg').value || 0);
    const store = stores.find(s => s.id === storeId);
    if (!store || !left) { document.getElementById('pick-list').textContent = ''; return; }
    const lots = store.chambers.flatMap(c => c.lots.filter(l => l.grade === grade).map(l => ({ c, l })))
      .sort((a, b) => a.l.storedOn.localeCompare(b.l.storedOn) || a.c.id.localeCompare(b.c.id));
    const take = [];
    for (const { c, l } of lots) {
      if (left <= 0) break;
      const kg = Math.min(left, Number(l.weightKg));
      take.push(`${c.code} ${l.lotRef.slice(-8)} ${number(kg, 1)}`);
      left -= kg;
    }
    document.getElementById('pick-list').textContent = t('keeper.pick.list', take.join('、') || t('keeper.none'));
  }

  async function load() {
    const r = await FieldQueue.load(path);
    if (r.ok) {
      stores = r.body;
      document.getElementById('data-age').textContent = r.fresh ? '' : t('field.cached', new Date(r.at).toLocaleString(Alliance.lang));
    }
    const s = await FieldQueue.load('/api/v1/cold-stores/sell-first?size=1000');
    if (s.ok) sellFirst = s.body.items || [];
    render();
  }

  document.getElementById('stores').addEventListener('click', async e => {
    const button = e.target.closest('button[data-action]');
    if (!button) return;
    if (button.dataset.action === 'temp') {
      const chamberId = button.closest('details.chamber').dataset.chamberId;
      const value = button.parentElement.querySelector('input.temp').value;
      if (value === '') return;
      await FieldQueue.add({ path: '/api/v1/keeper/temperatures', body: { chamberId, tempC: Number(value) }, chamberId,
        kind: 'temp', label: t('keeper.tempOf', value) });
      return;
    }
    const row = button.closest('tr.lot');
    const chamberId = button.closest('details.chamber').dataset.chamberId;
    const lotRef = row.dataset.lotRef;
    const kg = row.querySelector('input.counted').value;
    if (kg === '') { row.querySelector('input.counted').focus(); return; }
    if (button.dataset.action === 'count') {
      await FieldQueue.add({ path: '/api/v1/stock/counts', body: { chamberId, lotRef, countedKg: Number(kg) },
        chamberId, lotRef, kind: 'count', label: t('keeper.countOf', lotRef.slice(-8), kg) });
    } else {
      const reason = prompt(t('keeper.lossReason'));
      if (!reason) return;
      await FieldQueue.add({ path: '/api/v1/stock/losses', body: { chamberId, lotRef, weightKg: Number(kg), reason },
        chamberId, lotRef, kind: 'loss', label: t('keeper.lossOf', lotRef.slice(-8), kg) });
    }
  });

  document.getElementById('receive-form').addEventListener('submit', async e => {
    e.preventDefault();
    const kg = document.getElementById('receive-kg').value;
    const lotId = document.getElementById('receive-lot').value.trim();
    await FieldQueue.add({ path: '/api/v1/keeper/receipts', body: { chamberId: document.getElementById('receive-chamber').value,
      lotId, weightKg: kg ? Number(kg) : null }, kind: 'receipt', label: t('keeper.receiptOf', lotId.slice(-8)) });
    e.target.reset();
  });

  document.getElementById('pick-form').addEventListener('submit', async e => {
    e.preventDefault();
    await FieldQueue.add({ path: '/api/v1/stock/picks', body: { storeId: document.getElementById('pick-store').value,
      grade: document.getElementById('pick-grade').value, weightKg: Number(document.getElementById('pick-kg').value) },
      kind: 'pick', label: t('keeper.pickOf', document.getElementById('pick-kg').value) });
    e.target.reset();
  });
  ['pick-store', 'pick-grade', 'pick-kg'].forEach(id => document.getElementById(id).addEventListener('input', renderPickList));

  document.getElementById('transfer-form').addEventListener('submit', async e => {
    e.preventDefault();
    const lotRef = document.getElementById('transfer-lot').value.trim();
    await FieldQueue.add({ path: '/api/v1/stock/transfers', body: { fromChamberId: document.getElementById('transfer-from').value,
      toChamberId: document.getElementById('transfer-to').value, lotRef,
      weightKg: Number(document.getElementById('transfer-kg').value) }, kind: 'transfer',
      label: t('keeper.transferOf', lotRef.slice(-8)) });
    e.target.reset();
  });

  FieldQueue.start(event => {
    if (event.changed) {
      queued = event.changed;
      render();
      if (!event.changed.some(x => x.state === 'waiting') && navigator.onLine) {
        clearTimeout(window.keeperReload);
        window.keeperReload = setTimeout(load, 300);
      }
    }
    if ('signIn' in event) document.getElementById('sign-in-again').hidden = !event.signIn;
  });
  load();
})();
