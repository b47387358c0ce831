/* The cooperative page's technical-support section: the visits to its households and the trainings they attended. */
(async () => {
  const section = document.getElementById('technical-activity');
  const none = document.getElementById('coop-activity-none').innerHTML;
  const e = s => Alliance.escape(s);
  const answer = await Alliance.api(section.dataset.url);
  const data = answer.ok ? answer.body : { visits: [], trainings: [] };
  document.querySelector('#coop-visits tbody').innerHTML = data.visits.map(v => `<tr><td class="nowrap">${e(v.date)}</td>
    <td>${e(v.household)}</td><td>${e(v.technician)}</td><td>${e(v.findings)}</td><td>${e(v.advice)}</td></tr>`).join('') || none;
  document.querySelector('#coop-trainings tbody').innerHTML = data.trainings.map(t => `<tr><td class="nowrap">${e(t.date)}</td>
    <td>${e(t.topic)}</td><td>${e(t.location)}</td><td class="num">${t.attendees}</td></tr>`).join('') || none;
})();
