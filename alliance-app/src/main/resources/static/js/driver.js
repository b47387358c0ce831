/*
 * 司机 Driver page: the route of the driver's van (GET /api/v1/driver/route), stops in order. Arrived, done (signer
 * and up to 3 photos, scaled on the phone) and exceptions are queued (field-queue.js) and shown at once as
 * waiting; the route is read again once the queue has sent everything.
 */
(() => {
  const { t, escape, number } = Alliance;
  const main = document.getElementById('driver');
  const maxPhotos = Number(main.dataset.maxPhotos || 3);
  const date = new URLSearchParams(location.search).get('date');
  const path = '/api/v1/driver/route' + (date ? '?date=' + encodeURIComponent(date) : '');
  let route = null;
  let queued = [];
  let current = null; // the stop a dialog is open for

  const time = iso => iso ? new Date(iso).toLocaleTimeString(Alliance.lang, { hour: '2-digit', minute: '2-digit',
    hour12: false, timeZone: 'Asia/Shanghai' }) : '';

  /** The stop's status with the marks still waiting in the queue applied. */
  function shown(stop) {
    let status = stop.status;
    let pending = false;
    let photos = stop.photos || 0;
    for (const e of queued) {
      if (e.stopId !== stop.id) continue;
      pending = true;
      if (e.mark === 'arrived' && status === 'PLANNED') status = 'ARRIVED';
      if (e.mark === 'done' && status === 'ARRIVED') status = 'DONE';
      if (e.mark === 'exception') status = 'EXCEPTION';
      if (e.mark === 'photo') photos++;
    }
    return { status, pending, photos };
  }

  function render() {
    const list = document.getElementById('stops');
    if (!route) { list.innerHTML = ''; return; }
    document.getElementById('route-info').textContent = t('driver.routeInfo', route.vanCode, route.date, route.stops.length);
    const firstOpen = route.stops.find(s => !['DONE', 'EXCEPTION'].includes(shown(s).status));
    list.innerHTML = route.stops.map(s => {
      const view = shown(s);
      const tel = s.contactPhone ? `<a class="button tel" href="tel:${escape(s.contactPhone)}">${escape(t('driver.call'))} ${escape(s.contactName || '')}</a>` : '';
      const canArrive = view.status === 'PLANNED' && firstOpen && firstOpen.id === s.id;
      const canDone = view.status === 'ARRIVED';
      const canException = view.status === 'PLANNED' || view.status === 'ARRIVED';
      return `<li class="stop" data-stop-id="${escape(s.id)}" data-status="${escape(view.status)}" data-sequence="${s.sequence}"
                  data-pending="${view.pending}">
        <div class="head"><span class="seq">${s.sequence}</span><span class="place">${escape(s.place)}</span>
          <span class="badge">${escape(t('driver.kind.' + s.kind))}</span>
          <span class="badge status">${escape(t('driver.status.' + view.status))}</span>
          ${view.pending ? `<span class="pending-mark">${escape(t('field.pending'))}</span>` : ''}</div>
        <div class="facts">
          <span class="eta">${escape(t('driver.eta'))} ${time(s.eta)}</span> ·
          <span class="window">${escape(t('driver.window'))} ${time(s.windowStart)}–${time(s.windowEnd)}</span> ·
          <span class="kg">${escape(t(s.kind === 'PICKUP' ? 'driver.pickUpKg' : 'driver.handOverKg', number(s.weightKg, 1)))}</span>
          ${s.refrigerated ? ` · <span class="badge warn">${escape(t('driver.refrigerated'))}</span>` : ''}
          ${s.address ? `<br><span class="address">${escape(s.address)}</span>` : ''}
          ${s.signer ? `<br>${escape(t('driver.signedBy', s.signer))}` : ''}
          ${view.photos ? ` · ${escape(t('driver.photos', view.photos))}` : ''}
        </div>
        <div class="actions">
          ${tel}<a class="button geo" href="${escape(s.geo)}">${escape(t('driver.navigate'))}</a>
          <button type="button" data-action="arrived" ${canArrive ? '' : 'disabled'}>${escape(t('driver.arrived'))}</button>
          <button type="button" data-action="done" ${canDone ? '' : 'disabled'}>${escape(t('driver.done'))}</button>
          <button type="button" class="secondary" data-action="exception" ${canException ? '' : 'disabled'}>${escape(t('driver.exception'))}</button>
        </div>
      </li>`;
    }).join('');
  }

  async function load() {
    const r = await FieldQueue.load(path);
    document.getElementById('no-route').hidden = r.ok || r.status === 0;
    if (r.ok) {
      route = r.body;
      document.getElementById('data-age').textContent = r.fresh ? '' : t('field.cached', new Date(r.at).toLocaleString(Alliance.lang));
    } else if (r.status === 404) {
      route = null;
    }
    render();
  }

  const stopLabel = (id, what) => {
    const s = route && route.stops.find(x => x.id === id);
    return `${t('driver.' + what)} · ${s ? s.sequence + ' ' + s.place : id}`;
  };

  async function mark(stopId, what, body) {
    await FieldQueue.add({ path: `/api/v1/stops/${encodeURIComponent(stopId)}/${what}`, body: body || {}, stopId,
      mark: what, label: stopLabel(stopId, what) });
  }

  document.getElementById('stops').addEventListener('click', e => {
    const button = e.target.closest('button[data-action]');
    if (!button) return;
    const stopId = button.closest('li.stop').dataset.stopId;
    current = stopId;
    if (button.dataset.action === 'arrived') mark(stopId, 'arrived', { at: new Date().toISOString() });
    if (button.dataset.action === 'done') {
      document.getElementById('done-form').reset();
      Alliance.clearProblem(document.getElementById('done-form'));
      document.getElementById('done-dialog').showModal();
    }
    if (button.dataset.action === 'exception') {
      document.getElementById('exception-form').reset();
      document.getElementById('exception-dialog').showModal();
    }
  });

  document.getElementById('done-confirm').addEventListener('click', async e => {
    e.preventDefault();
    const form = document.getElementById('done-form');
    const signer = document.getElementById('done-signer').value.trim();
    const files = [...document.getElementById('done-photos').files];
    if (!signer) {
      Alliance.showProblem(form, { errors: [{ field: '*', message: t('driver.done.signerRequired') }] });
      form.querySelector('[data-error-for="*"]').textContent = t('driver.done.signerRequired');
      return;
    }
    if (files.length > maxPhotos) {
      form.querySelector('[data-error-for="*"]').textContent = t('driver.done.tooManyPhotos', maxPhotos);
      return;
    }
    document.getElementById('done-dialog').close();
    const stopId = current;
    await mark(stopId, 'done', { signer, at: new Date().toISOString() });
    for (const file of files) {
      let photo = file;
      try { photo = await FieldQueue.scalePhoto(file); } catch (notAnImage) { /* sent as it is; the server decides */ }
      await FieldQueue.add({ path: `/api/v1/stops/${encodeURIComponent(stopId)}/photos`, file: photo,
        fileName: 'stop-photo.jpg', stopId, mark: 'photo', label: stopLabel(stopId, 'photo') });
    }
  });
  document.getElementById('done-cancel').addEventListener('click', () => document.getElementById('done-dialog').close());

  document.getElementById('exception-confirm').addEventListener('click', async e => {
    e.preventDefault();
    document.getElementById('exception-dialog').close();
    await mark(current, 'exception', { reason: document.getElementById('exception-reason').value,
      note: document.getElementById('exception-note').value.trim() || null });
  });
  document.getElementById('exception-cancel').addEventListener('click', () => document.getElementById('exception-dialog').close());

  FieldQueue.start(event => {
    if (event.changed) {
      queued = event.changed;
      render();
      if (!event.changed.some(x => x.state === 'waiting') && navigator.onLine && event.reload !== false) {
        // all sent: show the server's state
        clearTimeout(window.driverReload);
        window.driverReload = setTimeout(load, 300);
      }
    }
    if ('signIn' in event) document.getElementById('sign-in-again').hidden = !event.signIn;
  });
  window.addEventListener('online', load);
  load();
})();
