/*
 * Sales page: opens an order's bookings under its row, and replays a dead letter through the API, showing the
 * intake's answer per order (or the problem: still refused 400, already replayed 409) in the letter's row.
 */
(() => {
  const t = Alliance.t;

  document.querySelectorAll('#orders > tbody').forEach(group => {
    const button = group.querySelector('button.toggle');
    const details = group.querySelector('tr.bookings');
    button.addEventListener('click', () => {
      const open = details.hidden;
      details.hidden = !open;
      button.setAttribute('aria-expanded', String(open));
      button.textContent = t(open ? 'sales.js.hide' : 'sales.js.show');
    });
  });

  document.querySelectorAll('#dead-letters button.replay').forEach(button => {
    button.addEventListener('click', async () => {
      const row = button.closest('tr');
      const result = row.querySelector('.replay-result');
      button.disabled = true;
      result.className = 'replay-result';
      result.textContent = t('sales.js.replaying');
      try {
        const answer = await Alliance.api(`/api/v1/dead-letters/${encodeURIComponent(row.dataset.letter)}/replay`,
          { method: 'POST' });
        if (answer.ok) {
          showResults(result, answer.body.results || []);
          const status = row.querySelector('.letter-status');
          status.textContent = t('sales.js.letter.REPLAYED');
          status.className = 'badge letter-status ok';
          const attempts = row.querySelector('.attempts');
          attempts.textContent = String(Number(attempts.textContent) + 1);
        } else {
          showProblem(result, answer);
        }
      } catch (e) {
        result.className = 'replay-result error';
        result.textContent = t('sales.js.failed');
      } finally {
        button.disabled = false;
      }
    });
  });

  function showResults(el, results) {
    el.className = 'replay-result notice';
    if (!results.length) {
      el.textContent = t('sales.js.replayed');
      return;
    }
    el.innerHTML = results.map(r => {
      const outcome = t('sales.js.outcome.' + r.outcome);
      const status = r.orderStatus ? ' · ' + t('sales.js.status.' + r.orderStatus) : '';
      const link = r.storeCode && r.orderId
        ? `<a href="/trace?id=${encodeURIComponent(r.storeCode + ':' + r.orderId)}">${Alliance.escape(r.storeCode + ' ' + r.orderId)}</a>`
        : '';
      return `<div class="outcome" data-outcome="${Alliance.escape(r.outcome)}">${t('sales.js.replayed')} ${link}: `
        + `<strong>${Alliance.escape(outcome)}</strong>${Alliance.escape(status)}`
        + (r.reason ? ` <span class="muted">${Alliance.escape(r.reason)}</span>` : '') + '</div>';
    }).join('');
  }

  function showProblem(el, answer) {
    const problem = answer.body || {};
    const errors = (problem.errors || []).map(e => `${e.field}: ${e.message}`).join('; ');
    const label = answer.status === 409 ? t('sales.js.conflict') : t('sales.js.refused');
    el.className = 'replay-result error problem';
    el.dataset.status = String(answer.status);
    el.textContent = `${label} (${answer.status}) ${problem.detail || problem.title || ''}${errors ? ' — ' + errors : ''}`;
  }
})();
