/*
 * Registry page: members searched by kind and name or code, added and edited (position typed as lon/lat or taken
 * from the village); households searched by name, village, cooperative and the two flags, which coordinators
 * change in place (the API refuses anyone else with 403).
 */
(() => {
  const t = Alliance.t;
  const canEdit = document.getElementById('registry').dataset.canEdit === 'true';
  const e = s => Alliance.escape(s);
  const names = new Map([...document.querySelectorAll('#household-search option[value]')].filter(o => o.value)
    .map(o => [o.value, o.textContent]));
  const members = new Map();
  const households = new Map();

  async function findMembers(event) {
    event?.preventDefault();
    const params = new URLSearchParams(new FormData(document.getElementById('member-search')));
    [...params.keys()].forEach(k => { if (!params.get(k)) params.delete(k); });
    params.set('size', '100');
    const answer = await Alliance.api('/api/v1/members?' + params);
    const list = answer.ok ? answer.body.items : [];
    document.getElementById('members-total').textContent = answer.ok ? answer.body.total : 0;
    list.forEach(m => members.set(m.id, m));
    document.querySelector('#members tbody').innerHTML = list.map(m => `<tr data-member="${e(m.id)}"><td>${e(m.code)}</td>
        <td>${e(m.name)}</td><td class="nowrap">${e(t('registry.js.kind.' + m.kind))}</td>
        <td class="num">${e(m.lon)}</td><td class="num">${e(m.lat)}</td>
        ${canEdit ? `<td><button type="button" class="secondary edit">${t('registry.js.edit')}</button></td>` : ''}</tr>`).join('')
      || `<tr><td colspan="6">${t('registry.js.none')}</td></tr>`;
  }

  async function findHouseholds(event) {
    event?.preventDefault();
    const params = new URLSearchParams(new FormData(document.getElementById('household-search')));
    [...params.keys()].forEach(k => { if (!params.get(k)) params.delete(k); });
    params.set('size', '100');
    const answer = await Alliance.api('/api/v1/households?' + params);
    const list = answer.ok ? answer.body.items : [];
    document.getElementById('households-total').textContent = answer.ok ? answer.body.total : 0;
    list.forEach(h => households.set(h.id, h));
    const flag = (h, name) => `<input type="checkbox" class="flag" name="${name}" ${h[name] ? 'checked' : ''} ${canEdit ? '' : 'disabled'}
        aria-label="${e(t('registry.js.' + name))}">`;
    document.querySelector('#households tbody').innerHTML = list.map(h => `<tr data-household="${e(h.id)}">
        <td>${e(h.code)}</td><td>${e(h.name)}</td><td>${e(names.get(h.villageId) || '')}</td>
        <td>${e((names.get(h.cooperativeId) || '').split(' ')[0])}</td><td class="num">${e(h.orchardAreaMu)}</td>
        <td>${flag(h, 'povertyRegistered')}</td><td>${flag(h, 'demoHousehold')} <span class="flag-result"></span></td></tr>`).join('')
      || `<tr><td colspan="7">${t('registry.js.none')}</td></tr>`;
  }

  document.getElementById('member-search').addEventListener('submit', findMembers);
  document.getElementById('household-search').addEventListener('submit', findHouseholds);

  document.querySelector('#households').addEventListener('change', async event => {
    const box = event.target.closest('input.flag');
    if (!box) return;
    const row = box.closest('tr');
    const h = households.get(row.dataset.household);
    const body = { code: h.code, name: h.name, villageId: h.villageId, cooperativeId: h.cooperativeId,
      orchardAreaMu: h.orchardAreaMu, povertyRegistered: h.povertyRegistered, demoHousehold: h.demoHousehold,
      technicianId: h.technicianId, phone: h.phone, orchards: h.orchards };
    body[box.name] = box.checked;
    const out = row.querySelector('.flag-result');
    const answer = await Alliance.api(`/api/v1/households/${encodeURIComponent(h.id)}`, { method: 'PUT', body });
    if (answer.ok) {
      households.set(h.id, answer.body);
      out.className = 'flag-result notice';
      out.textContent = t('registry.js.saved');
    } else {
      box.checked = !box.checked;
      out.className = 'flag-result error';
      out.textContent = (answer.body && (answer.body.detail || answer.body.title)) || String(answer.status);
    }
  });

  if (canEdit) {
    const editor = document.getElementById('member-editor');
    const form = document.getElementById('member-form');
    const open = m => {
      form.reset();
      Alliance.clearProblem(form);
      document.getElementById('member-result').textContent = '';
      document.getElementById('member-editor-title').textContent = t(m ? 'registry.js.editMember' : 'registry.js.addMember');
      if (m) ['id', 'code', 'name', 'kind', 'villageId', 'lat', 'lon'].forEach(k => { form.elements[k].value = m[k] ?? ''; });
      editor.hidden = false;
      editor.scrollIntoView();
    };
    document.getElementById('member-new').addEventListener('click', () => open(null));
    document.getElementById('member-cancel').addEventListener('click', () => { editor.hidden = true; });
    document.querySelector('#members').addEventListener('click', event => {
      if (event.target.closest('button.edit')) open(members.get(event.target.closest('tr').dataset.member));
    });
    document.getElementById('member-village-location').addEventListener('click', () => {
      const option = document.getElementById('member-village').selectedOptions[0];
      if (!option || !option.value) { Alliance.showProblem(form, { errors: [{ field: 'villageId', message: t('registry.js.pickVillage') }] }); return; }
      form.elements.lat.value = option.dataset.lat;
      form.elements.lon.value = option.dataset.lon;
    });
    form.addEventListener('submit', async event => {
      event.preventDefault();
      Alliance.clearProblem(form);
      const data = Object.fromEntries(new FormData(form));
      const existing = data.id ? members.get(data.id) : null;
      const body = { code: data.code, name: data.name, kind: data.kind, villageId: data.villageId || null,
        lat: data.lat === '' ? null : Number(data.lat), lon: data.lon === '' ? null : Number(data.lon),
        contact: existing?.contact ?? null, partyBranch: existing?.partyBranch ?? null };
      const answer = await Alliance.api(data.id ? `/api/v1/members/${encodeURIComponent(data.id)}` : '/api/v1/members',
        { method: data.id ? 'PUT' : 'POST', body });
      if (!answer.ok) { Alliance.showProblem(form, answer.body); return; }
      members.set(answer.body.id, answer.body);
      form.elements.id.value = answer.body.id;
      document.getElementById('member-result').textContent = t('registry.js.memberSaved', answer.body.code);
      findMembers();
    });
  }

  findMembers();
  findHouseholds();
})();
