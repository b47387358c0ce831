/* Change-password page: POST /api/v1/users/me/password with the current one; the API's messages next to the fields. */
(() => {
  const t = Alliance.t;
  const form = document.getElementById('password-form');
  form.addEventListener('submit', async e => {
    e.preventDefault();
    Alliance.clearProblem(form);
    const data = Object.fromEntries(new FormData(form));
    if (data.newPassword !== data.repeat) {
      Alliance.showProblem(form, { errors: [{ field: 'repeat', message: t('users.js.mismatch') }] });
      return;
    }
    const answer = await Alliance.api('/api/v1/users/me/password', { method: 'POST',
      body: { currentPassword: data.currentPassword, newPassword: data.newPassword } });
    if (!answer.ok) { Alliance.showProblem(form, answer.body); return; }
    form.reset();
    document.getElementById('must-change')?.remove();
    const result = document.getElementById('password-result');
    result.innerHTML = `${Alliance.escape(t('users.js.changed'))} <a href="/" id="password-continue">${Alliance.escape(t('users.js.continue'))}</a>`;
  });
})();
