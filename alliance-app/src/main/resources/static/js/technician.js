/*
 * 农技员 Technician page: the households I mentor (GET /api/v1/technician/households) with orchards, last visit and
 * next due. A visit (problem, advice, up to 3 photos scaled on the phone) is queued (field-queue.js); its photos
 * follow it in the queue and name the visit by the visit's own Idempotency-Key.
 */
(() => {
  const { t, escape, number } = Alliance;
  const main = document.getElementById('technician');
  const maxPhotos = Number(main.dataset.maxPhotos || 3);
  const path = '/api/v1/technician/households';
  let households = [];
  let queued = [];

  function render() {
    document.getElementById('households-info').textContent = t('technician.info', households.length);
    document.getElementById('households').innerHTML = households.map(h => {
      const waiting = queued.filter(e => e.householdId === h.id && e.kind === 'visit');
      const last = waiting.length ? waiting[waiting.length - 1].body.date : h.lastVisit;
      return `<li class="item household" data-household-id="${escape(h.id)}" data-code="${escape(h.code)}"
                  data-pending="${waiting.length > 0}" data-visits-waiting="${waiting.length}">
        <div class="head"><span class="name">${escape(h.name)}</span><span class="badge">${escape(h.code)}</span>
          ${h.demoHousehold ? `<span class="badge ok">${escape(t('technician.demo'))}</span>` : ''}
          ${waiting.length ? `<span class="pending-mark">${escape(t('field.pending'))}</span>` : ''}</div>
        <div class="facts">
          ${escape(t('technician.orchards', h.orchards.map(o => `${o.code} ${number(o.areaMu, 1)}`).join('、')))}<br>
          <span class="last-visit">${escape(t('technician.lastVisit', last || t('technician.never')))}</span> ·
          <span class="next-due">${escape(t('technician.nextDue', h.nextDue || ''))}</span>
          ${h.phone ? ` · <a href="tel:${escape(h.phone)}">${escape(h.phone)}</a>` : ''}
        </div>
        <div class="actions"><button type="button" data-action="visit">${escape(t('technician.record'))}</button></div>
      </li>`;
    }).join('');
  }

  async function load() {
    const r = await FieldQueue.load(path);
    if (r.ok) {
      households = r.body;
      document.getElementById('data-age').textContent = r.fresh ? '' : t('field.cached', new Date(r.at).toLocaleString(Alliance.lang));
    }
    render();
  }

  document.getElementById('households').addEventListener('click', e => {
    const button = e.target.closest('button[data-action="visit"]');
    if (!button) return;
    const h = households.find(x => x.id === button.closest('li').dataset.householdId);
    const form = document.getElementById('visit-form');
    form.reset();
    form.querySelector('[data-error-for="*"]').textContent = '';
    document.getElementById('visit-household').value = h.id;
    document.getElementById('visit-title').textContent = t('technician.visitTo', h.name);
    document.getElementById('visit-orchard').innerHTML = h.orchards.map(o =>
      `<option value="${escape(o.code)}">${escape(o.code)}</option>`).join('');
    document.getElementById('visit-date').value = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' });
    document.getElementById('visit-dialog').showModal();
  });

  document.getElementById('visit-save').addEventListener('click', async e => {
    e.preventDefault();
    const form = document.getElementById('visit-form');
    const body = { householdId: document.getElementById('visit-household').value,
      orchardCode: document.getElementById('visit-orchard').value || null,
      date: document.getElementById('visit-date').value,
      problem: document.getElementById('visit-problem').value.trim(),
      advice: document.getElementById('visit-advice').value.trim() };
    const files = [...document.getElementById('visit-photos').files];
    if (!body.date || !body.problem || !body.advice) {
      form.querySelector('[data-error-for="*"]').textContent = t('technician.visit.required');
      return;
    }
    if (files.length > maxPhotos) {
      form.querySelector('[data-error-for="*"]').textContent = t('technician.visit.tooManyPhotos', maxPhotos);
      return;
    }
    document.getElementById('visit-dialog').close();
    const h = households.find(x => x.id === body.householdId);
    const visitKey = FieldQueue.newId();
    await FieldQueue.add({ id: visitKey, path: '/api/v1/technician/visits', body, householdId: body.householdId,
      kind: 'visit', label: t('technician.visitTo', h ? h.name : body.householdId) });
    for (const file of files) {
      let photo = file;
      try { photo = await FieldQueue.scalePhoto(file); } catch (notAnImage) { /* the server decides */ }
      await FieldQueue.add({ path: `/api/v1/technician/visits/by-key/${encodeURIComponent(visitKey)}/photos`,
        file: photo, fileName: 'visit-photo.jpg', householdId: body.householdId, kind: 'photo',
        label: t('technician.photoOf', h ? h.name : body.householdId) });
    }
  });
  document.getElementById('visit-cancel').addEventListener('click', () => document.getElementById('visit-dialog').close());

  FieldQueue.start(event => {
    if (event.changed) {
      queued = event.changed;
      render();
      if (!event.changed.some(x => x.state === 'waiting') && navigator.onLine) {
        clearTimeout(window.techReload);
        window.techReload = setTimeout(load, 300);
      }
    }
    if ('signIn' in event) document.getElementById('sign-in-again').hidden = !event.signIn;
  });
  load();
})();
