/* Logins page: create through the API, disable/enable, reset (the temporary password shown once, never stored here). */
(() => {
  const t = Alliance.t;
  const form = document.getElementById('user-form');

  form.addEventListener('submit', async e => {
    e.preventDefault();
    Alliance.clearProblem(form);
    const data = Object.fromEntries(new FormData(form));
    const body = { username: data.username, password: data.password, roles: [data.roles], cooperativeId: data.cooperativeId || null };
    const answer = await Alliance.api('/api/v1/users', { method: 'POST', body });
    if (!answer.ok) { Alliance.showProblem(form, answer.body); return; }
    location.reload();
  });

  document.querySelector('#logins').addEventListener('click', async e => {
    const button = e.target.closest('button');
    if (!button) return;
    const row = button.closest('tr');
    const user = encodeURIComponent(row.dataset.user);
    const out = row.querySelector('.row-result');
    out.textContent = '';
    if (button.classList.contains('toggle')) {
      const disabled = button.dataset.disabled === 'true';
      const answer = await Alliance.api(`/api/v1/users/${user}/${disabled ? 'enable' : 'disable'}`, { method: 'POST' });
      if (!answer.ok) { out.className = 'row-result error'; out.textContent = answer.body?.detail || String(answer.status); return; }
      button.dataset.disabled = String(answer.body.disabled);
      button.textContent = t(answer.body.disabled ? 'users.js.enable' : 'users.js.disable');
      const state = row.querySelector('.state');
      state.textContent = t(answer.body.disabled ? 'users.js.disabled' : 'users.js.active');
      state.className = 'badge state ' + (answer.body.disabled ? 'bad' : 'ok');
    } else if (button.classList.contains('reset')) {
      if (!confirm(t('users.js.confirmReset', row.dataset.user))) return;
      const answer = await Alliance.api(`/api/v1/users/${user}/password-reset`, { method: 'POST' });
      if (!answer.ok) { out.className = 'row-result error'; out.textContent = answer.body?.detail || String(answer.status); return; }
      document.getElementById('reset-user').textContent = row.dataset.user;
      document.getElementById('temporary-password').textContent = answer.body.temporaryPassword;
      document.getElementById('reset-box').hidden = false;
      document.getElementById('reset-box').scrollIntoView();
    }
  });

  document.getElementById('reset-close').addEventListener('click', () => {
    document.getElementById('temporary-password').textContent = '';
    document.getElementById('reset-box').hidden = true;
  });
})();
