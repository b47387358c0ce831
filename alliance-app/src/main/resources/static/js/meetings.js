/*
 * Meetings page: the agreed matters across meetings (open ones by default; by owner, status, only overdue) from the
 * matters API; coordinators change a matter's status with a note, naming the version they read (409: it changed).
 */
(() => {
  const t = Alliance.t;
  const canEdit = document.getElementById('meetings').dataset.canEdit === 'true';
  const filter = document.getElementById('matter-filter');
  const e = s => Alliance.escape(s);
  const owners = new Map([...filter.querySelectorAll('select[name=ownerMemberId] option')].map(o => [o.value, o.textContent]));
  const next = { AGREED: ['IN_PROGRESS', 'DONE', 'DROPPED'], IN_PROGRESS: ['DONE', 'DROPPED'], DONE: [], DROPPED: [] };

  async function load(event) {
    event?.preventDefault();
    const data = new FormData(filter);
    const params = new URLSearchParams({ size: '200' });
    if (data.get('ownerMemberId')) params.set('ownerMemberId', data.get('ownerMemberId'));
    if (data.get('status')) params.set('status', data.get('status'));
    if (data.get('overdue')) params.set('overdue', 'true');
    const answer = await Alliance.api('/api/v1/joint-meetings/matters?' + params);
    let items = answer.ok ? answer.body.items : [];
    if (!data.get('status') && !data.get('overdue')) items = items.filter(m => m.status === 'AGREED' || m.status === 'IN_PROGRESS');
    document.getElementById('matters-total').textContent = String(items.length);
    document.querySelector('#matters tbody').innerHTML = items.map(m => `<tr data-meeting="${e(m.meetingId)}" data-index="${m.index}" data-version="${m.version}">
        <td class="nowrap">${e(m.dueDate)} ${m.overdue ? `<span class="badge bad">${t('meetings.js.overdue')}</span>` : ''}</td>
        <td>${e(m.title)}${m.note ? `<div class="hint">${e(m.note)}</div>` : ''}</td>
        <td>${e(owners.get(m.ownerMemberId) || m.ownerMemberId || '')}</td>
        <td><span class="badge status">${t('meetings.js.status.' + m.status)}</span></td>
        <td>${e(m.meetingTitle)} <span class="muted nowrap">${e(m.meetingDate)}</span></td>
        ${canEdit ? `<td>${next[m.status].length ? `<div class="row"><select class="new-status" aria-label="${t('meetings.js.newStatus')}">
            ${next[m.status].map(s => `<option value="${s}">${t('meetings.js.status.' + s)}</option>`).join('')}</select>
          <input class="note" maxlength="500" placeholder="${e(t('meetings.js.note'))}" aria-label="${e(t('meetings.js.note'))}">
          <button type="button" class="save">${t('meetings.js.save')}</button></div><div class="change-result" aria-live="polite"></div>` : ''}</td>` : ''}
      </tr>`).join('') || `<tr><td colspan="6">${t('meetings.js.none')}</td></tr>`;
  }

  document.querySelector('#matters').addEventListener('click', async event => {
    const button = event.target.closest('button.save');
    if (!button) return;
    const row = button.closest('tr');
    const out = row.querySelector('.change-result');
    button.disabled = true;
    const answer = await Alliance.api(`/api/v1/joint-meetings/${encodeURIComponent(row.dataset.meeting)}/matters/${row.dataset.index}`, {
      method: 'PATCH', body: { status: row.querySelector('.new-status').value, note: row.querySelector('.note').value,
        version: Number(row.dataset.version) } });
    button.disabled = false;
    if (!answer.ok) {
      out.className = 'change-result error';
      out.dataset.status = String(answer.status);
      out.textContent = (answer.status === 409 ? t('meetings.js.conflict') + ' ' : '') + ((answer.body && answer.body.detail) || '');
      return;
    }
    const count = await Alliance.api('/api/v1/joint-meetings/matters?overdue=true&size=1');
    if (count.ok) {
      const figure = document.getElementById('overdue-count');
      figure.textContent = String(count.body.total);
      figure.dataset.value = String(count.body.total);
    }
    await load();
  });

  filter.addEventListener('submit', load);
  load();
})();
