/*
 * The cooperative page: the harvest-lot form checks each field while it is typed (against the limits the server
 * writes into the form's min/max attributes: the API's own, HarvestLotLimits) and shows the API's own 400 messages next to their fields; the import uploads a file
 * with a progress bar, then follows the import job's rows until it ends and shows its row-numbered report.
 */
(() => {
  const root = document.getElementById('cooperative');
  if (!root) return;
  const t = Alliance.t;
  const code = root.dataset.code;
  const lotForm = document.getElementById('lot-form');
  const importForm = document.getElementById('import-form');

  // ---- the harvest-lot form -------------------------------------------------------------------------------

  /** A number field's problem: empty (when required), not a number, not above 0, above max, too many decimals. */
  function numberProblem(input, { required, min = 0, minInclusive = false, maxKey, decimals }) {
    const max = input.max === '' ? undefined : Number(input.max);
    const raw = input.value.trim();
    if (input.validity && input.validity.badInput) return t('cooperative.js.positive');
    if (raw === '') return required ? t('cooperative.js.required') : null;
    const n = Number(raw);
    if (!Number.isFinite(n)) return t('cooperative.js.positive');
    if (minInclusive ? n < min : n <= min) {
      return minInclusive ? t('cooperative.js.brixRange', min, max) : t('cooperative.js.positive');
    }
    if (max !== undefined && n > max) return minInclusive ? t(maxKey, min, max) : t(maxKey, max);
    if (decimals !== undefined && (raw.split('.')[1] || '').length > decimals) return t('cooperative.js.decimals', decimals);
    return null;
  }

  const checks = {
    householdId: f => f.householdId.value ? null : t('cooperative.js.required'),
    pickDate: f => {
      const v = f.pickDate.value;
      if (f.pickDate.validity && f.pickDate.validity.badInput) return t('cooperative.js.date');
      if (!v) return t('cooperative.js.required');
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) return t('cooperative.js.date');
      return f.pickDate.max && v > f.pickDate.max ? t('cooperative.js.future') : null;
    },
    weightKg: f => numberProblem(f.weightKg, { required: true, maxKey: 'cooperative.js.maxWeight',
      decimals: Number(f.weightKg.dataset.decimals) }),
    avgFruitWeightG: f => numberProblem(f.avgFruitWeightG, { maxKey: 'cooperative.js.maxFruit' }),
    brix: f => numberProblem(f.brix, { min: Number(f.brix.min), minInclusive: true, maxKey: 'cooperative.js.brixRange' }),
    grade: f => f.grade.value || (f.avgFruitWeightG.value.trim() && f.brix.value.trim())
      ? null : t('cooperative.js.gradeOrMeasures'),
  };
  const touched = new Set();

  function showFieldError(form, name, message) {
    const slot = form.querySelector(`[data-error-for="${name}"]`);
    if (slot) slot.textContent = message || '';
    const input = form.elements[name];
    if (input) input.classList.toggle('invalid', Boolean(message));
  }

  /** Checks one field (and the grade, which depends on fruit weight and Brix); returns whether it passed. */
  function check(name) {
    const message = checks[name](lotForm);
    showFieldError(lotForm, name, message);
    return !message;
  }

  Object.keys(checks).forEach(name => {
    const input = lotForm.elements[name];
    const onEdit = () => {
      touched.add(name);
      check(name);
      if ((name === 'avgFruitWeightG' || name === 'brix') && touched.has('grade')) check('grade');
      if (name === 'avgFruitWeightG' || name === 'brix') touched.add('grade');
      lotForm.querySelector('[data-error-for="*"]').textContent = '';
    };
    input.addEventListener('input', onEdit);
    input.addEventListener('change', onEdit);
    input.addEventListener('blur', () => { if (touched.has(name) || input.value) { touched.add(name); check(name); } });
  });

  // The orchard list follows the household chosen.
  const orchard = lotForm.elements.orchardCode;
  lotForm.elements.householdId.addEventListener('change', () => {
    const option = lotForm.elements.householdId.selectedOptions[0];
    const codes = (option && option.dataset.orchards ? option.dataset.orchards.split(',') : []).filter(Boolean);
    while (orchard.options.length > 1) orchard.remove(1);
    codes.forEach(c => orchard.add(new Option(c, c)));
    if (codes.length === 1) orchard.value = codes[0];
  });

  lotForm.addEventListener('submit', async event => {
    event.preventDefault();
    Alliance.clearProblem(lotForm);
    document.getElementById('lot-saved').textContent = '';
    const failed = Object.keys(checks).filter(name => !check(name));
    if (failed.length) {
      lotForm.querySelector('[data-error-for="*"]').textContent = t('cooperative.js.fixFields');
      lotForm.elements[failed[0]].focus();
      return;
    }
    const f = lotForm.elements;
    const body = { cooperativeId: f.cooperativeId.value, householdId: f.householdId.value, pickDate: f.pickDate.value,
      weightKg: Number(f.weightKg.value) };
    if (f.grade.value) body.grade = f.grade.value;
    if (f.avgFruitWeightG.value.trim()) body.avgFruitWeightG = Number(f.avgFruitWeightG.value);
    if (f.brix.value.trim()) body.brix = Number(f.brix.value);
    ['orchardCode', 'externalRef', 'notes'].forEach(n => { if (f[n].value.trim()) body[n] = f[n].value.trim(); });
    const submit = document.getElementById('lot-submit');
    submit.disabled = true;
    try {
      const answer = await Alliance.api('/api/v1/harvest-lots', { method: 'POST', body });
      if (answer.ok) {
        const lot = answer.body;
        document.getElementById('lot-saved').textContent =
          t('cooperative.js.saved', Alliance.number(lot.weightKg, 3), t('cooperative.grade.' + lot.grade));
        // Household and date stay: the next lot is usually the same household's, picked the same day.
        ['weightKg', 'avgFruitWeightG', 'brix', 'externalRef', 'notes'].forEach(n => { f[n].value = ''; });
        touched.clear();
        await refreshLots(lot.id);
      } else if (answer.status === 400) {
        Alliance.showProblem(lotForm, answer.body);
      } else if (answer.status === 409 && f.externalRef.value.trim()) {
        // the only conflict: this cooperative already has a lot with the batch number
        showFieldError(lotForm, 'externalRef', answer.body && answer.body.detail);
      } else {
        Alliance.showProblem(lotForm, answer.body && answer.body.detail ? answer.body
          : { detail: t('cooperative.js.failed', answer.status) });
      }
    } finally {
      submit.disabled = false;
    }
  });

  /** Re-renders the recent-lots table on the server (one template for both), marking a new lot. */
  async function refreshLots(newLotId) {
    const response = await fetch(`/cooperatives/${encodeURIComponent(code)}/lots`, { credentials: 'same-origin' });
    if (!response.ok) return;
    const fresh = new DOMParser().parseFromString(await response.text(), 'text/html').getElementById('lots');
    if (!fresh) return;
    document.getElementById('lots').replaceWith(fresh);
    if (newLotId) {
      const row = fresh.querySelector(`tr[data-lot-id="${CSS.escape(newLotId)}"]`);
      if (row) row.classList.add('fresh');
    }
  }

  // ---- the import -----------------------------------------------------------------------------------------

  const bar = document.getElementById('import-bar');
  const phase = document.getElementById('import-phase');
  const progress = document.getElementById('import-progress');
  const report = document.getElementById('import-report');
  const importSubmit = document.getElementById('import-submit');

  importForm.addEventListener('submit', event => {
    event.preventDefault();
    Alliance.clearProblem(importForm);
    const file = importForm.elements.file.files[0];
    if (!file || !/\.(csv|xlsx)$/i.test(file.name)) {
      showFieldError(importForm, 'file', t('cooperative.js.chooseFile'));
      return;
    }
    report.hidden = true;
    progress.hidden = false;
    importSubmit.disabled = true;
    setBar(0, 100);
    phase.textContent = t('cooperative.js.uploading', 0);
    upload(file);
  });

  /** XMLHttpRequest rather than fetch(): only it reports the upload's progress. */
  function upload(file) {
    const data = new FormData();
    data.append('file', file);
    data.append('cooperativeId', importForm.elements.cooperativeId.value);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/v1/harvest-lots/imports');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', Alliance.lang);
    const csrfHeader = document.querySelector('meta[name="_csrf_header"]');
    if (csrfHeader) xhr.setRequestHeader(csrfHeader.content, document.querySelector('meta[name="_csrf"]').content);
    xhr.upload.onprogress = e => {
      if (!e.lengthComputable) return;
      const percent = Math.round(100 * e.loaded / e.total);
      setBar(percent, 100);
      phase.textContent = t('cooperative.js.uploading', percent);
    };
    xhr.onload = () => {
      let body = null;
      try { body = JSON.parse(xhr.responseText); } catch (e) { body = null; }
      if (xhr.status === 202 && body) {
        importForm.elements.file.value = '';
        follow(body);
      } else {
        progress.hidden = true;
        importSubmit.disabled = false;
        Alliance.showProblem(importForm, body && (body.errors || body.detail) ? body
          : { detail: t('cooperative.js.uploadFailed', xhr.status) });
      }
    };
    xhr.onerror = () => {
      progress.hidden = true;
      importSubmit.disabled = false;
      Alliance.showProblem(importForm, { detail: t('cooperative.js.uploadFailed', 0) });
    };
    xhr.send(data);
  }

  /** Polls the import's status, showing rows read against the file's rows, until the job ends. */
  async function follow(status) {
    while (status.status === 'QUEUED' || status.status === 'RUNNING') {
      showRunning(status);
      await new Promise(resolve => setTimeout(resolve, 400));
      const answer = await Alliance.api(`/api/v1/harvest-lots/imports/${encodeURIComponent(status.id)}`);
      if (!answer.ok) {
        Alliance.showProblem(importForm, answer.body);
        importSubmit.disabled = false;
        return;
      }
      status = answer.body;
    }
    showReport(status);
    importSubmit.disabled = false;
    await refreshLots(null);
  }

  function showRunning(status) {
    if (status.status === 'QUEUED') {
      setBar(null);
      phase.textContent = t('cooperative.js.queued');
    } else if (status.totalRows) {
      setBar(Math.min(status.read, status.totalRows), status.totalRows);
      phase.textContent = t('cooperative.js.importing', status.read, status.totalRows);
    } else {
      setBar(null); // an .xlsx: its rows are known only once converted
      phase.textContent = t('cooperative.js.importingRows', status.read);
    }
  }

  function showReport(status) {
    const done = status.status === 'COMPLETED';
    setBar(1, 1);
    bar.classList.toggle('failed', !done);
    phase.textContent = done ? t('cooperative.js.COMPLETED') : t('cooperative.js.FAILED', status.failure || '');
    progress.dataset.status = status.status;
    document.getElementById('import-summary').textContent =
      t('cooperative.js.summary', status.read, status.written, status.duplicates, status.skipped);
    const errors = status.errors || [];
    const count = status.errorCount ?? errors.length;
    document.getElementById('import-more').textContent = count > errors.length
      ? t('cooperative.js.moreErrors', errors.length, count) : (count === 0 && done ? t('cooperative.js.noErrors') : '');
    const body = document.querySelector('#import-errors tbody');
    body.replaceChildren(...errors.map(e => {
      const tr = document.createElement('tr');
      tr.dataset.row = e.row;
      [e.row, fieldName(e.field), e.message].forEach((value, i) => {
        const td = document.createElement('td');
        if (i === 0) td.className = 'num';
        td.textContent = value ?? '';
        tr.appendChild(td);
      });
      return tr;
    }));
    document.getElementById('import-errors').hidden = errors.length === 0;
    report.hidden = false;
  }

  function fieldName(field) {
    if (field === 'header') return t('cooperative.js.header');
    const key = 'cooperative.field.' + field;
    const label = t(key);
    return label === key ? field : label;
  }

  /** value of max; null: indeterminate (a bar without a value moves to say "working"). */
  function setBar(value, max) {
    if (value === null) {
      bar.removeAttribute('value');
    } else {
      bar.max = max;
      bar.value = value;
    }
  }
})();
