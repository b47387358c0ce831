/*
 * The coordinator dashboard's charts (the figures and the cooperatives' table come rendered from the server):
 * red-order book per grade, fruit age per grade, occupancy per cold store with its chambers on click.
 * Weights arrive in kg and are shown in tonnes.
 */
(() => {
  const t = Alliance.t;
  const GRADE_COLORS = { SPECIAL: '#b71c1c', GRADE_1: '#ef6c00', GRADE_2: '#f9a825', OFF_GRADE: '#9e9e9e' };
  const STOCK_COLORS = ['#b71c1c', '#ef9a9a', '#e0e0e0'];
  const VISIBLE_STORES = 12;
  const tonnes = kg => Math.round(Number(kg) / 100) / 10;
  const unit = () => t('dashboard.js.tonnes');
  const inTonnes = v => `${Alliance.number(v, 1)} ${unit()}`;
  const grid = { left: 8, right: 24, top: 40, bottom: 8, containLabel: true };

  function failed(id) {
    const el = document.getElementById(id);
    el.textContent = t('dashboard.js.loadFailed');
    el.classList.add('error');
  }

  function empty(chart) {
    chart.setOption({ title: { text: t('dashboard.js.empty'), left: 'center', top: 'middle',
      textStyle: { color: '#999', fontSize: 14, fontWeight: 'normal' } } });
  }

  async function redOrders() {
    const r = await Alliance.api('/api/v1/red-orders/book');
    if (!r.ok) return failed('chart-red-orders');
    const chart = Alliance.chart('chart-red-orders');
    const grades = r.body.grades || [];
    if (!grades.length) return empty(chart);
    const series = [['contracted', 'contractedKg', '#b71c1c'], ['delivered', 'deliveredKg', '#1565c0'],
      ['sold', 'soldKg', '#2e7d32']];
    chart.setOption({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: inTonnes },
      legend: { top: 0 },
      grid,
      xAxis: { type: 'category', data: grades.map(g => t('dashboard.js.grade.' + g.grade)) },
      yAxis: { type: 'value', name: unit(), axisLabel: { formatter: v => Alliance.number(v) } },
      series: series.map(([key, field, color]) => ({
        name: t('dashboard.js.' + key), type: 'bar', barMaxWidth: 34, itemStyle: { color },
        data: grades.map(g => tonnes(g[field]))
      }))
    });
  }

  async function fruitAge() {
    const r = await Alliance.api('/dashboard/fruit-age');
    if (!r.ok) return failed('chart-fruit-age');
    const chart = Alliance.chart('chart-fruit-age');
    const byGrade = r.body.tonnesByGrade || {};
    const grades = Object.keys(GRADE_COLORS).filter(g => byGrade[g]);
    if (!grades.length) return empty(chart);
    const buckets = [...r.body.upToDays, null].map((_, i) => t('dashboard.js.age.' + i));
    chart.setOption({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: inTonnes },
      legend: { top: 0 },
      grid,
      xAxis: { type: 'category', data: buckets, name: t('dashboard.js.days'), nameLocation: 'middle', nameGap: 28,
        axisLabel: { interval: 0, hideOverlap: true } },
      yAxis: { type: 'value', name: unit(), axisLabel: { formatter: v => Alliance.number(v) } },
      series: grades.map(g => ({
        name: t('dashboard.js.grade.' + g), type: 'bar', stack: 'age', barMaxWidth: 48,
        itemStyle: { color: GRADE_COLORS[g] }, data: byGrade[g].map(Number)
      }))
    });
  }

  /** Stacked horizontal bars of in-store, reserved and free tonnes; rows[i] is drawn bottom to top. */
  function stockBars(rows, label) {
    const part = (key, field, color) => ({
      name: t('dashboard.js.' + key), type: 'bar', stack: 'capacity', itemStyle: { color }, barMaxWidth: 22,
      data: rows.map(x => tonnes(x[field])), emphasis: { focus: 'series' }
    });
    const free = part('free', 'freeKg', STOCK_COLORS[2]);
    free.label = { show: true, position: 'right', fontSize: 10, color: '#666',
      formatter: p => `${Math.round(fill(rows[p.dataIndex]) * 100)}%` };
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: inTonnes },
      legend: { top: 0 },
      grid: Object.assign({}, grid, { right: 44, bottom: 26 }),
      xAxis: { type: 'value', name: unit(), nameLocation: 'middle', nameGap: 24,
        axisLabel: { formatter: v => Alliance.number(v) } },
      yAxis: { type: 'category', data: rows.map(label), axisLabel: { fontSize: 11 } },
      series: [part('stock', 'stockKg', STOCK_COLORS[0]), part('reserved', 'reservedKg', STOCK_COLORS[1]), free]
    };
  }

  const fill = s => Number(s.capacityKg) ? (Number(s.stockKg) + Number(s.reservedKg)) / Number(s.capacityKg) : 0;

  function showChambers(chart, store) {
    document.getElementById('chambers-title').textContent = t('dashboard.js.chambersOf', `${store.code} ${store.name}`);
    const rows = store.chambers.slice().reverse();
    chart.setOption(stockBars(rows, c => `${c.code} (${c.tempC}°C)`), true);
  }

  async function occupancy() {
    const r = await Alliance.api('/api/v1/cold-stores/occupancy');
    if (!r.ok) return failed('chart-occupancy');
    const chart = Alliance.chart('chart-occupancy');
    const chambers = Alliance.chart('chart-chambers');
    const stores = (r.body.items || []).slice().sort((a, b) => fill(b) - fill(a));
    if (!stores.length) {
      empty(chart);
      empty(chambers);
      return;
    }
    const rows = stores.slice().reverse(); // the fullest at the top
    const first = Math.max(0, rows.length - VISIBLE_STORES);
    const option = stockBars(rows, s => s.code);
    option.tooltip.formatter = params => {
      const s = rows[params[0].dataIndex];
      return `<b>${Alliance.escape(s.code)} ${Alliance.escape(s.name)}</b> · ${Math.round(fill(s) * 100)}%<br>`
        + params.map(p => `${p.marker}${Alliance.escape(p.seriesName)}: ${inTonnes(p.value)}`).join('<br>');
    };
    option.dataZoom = [
      { type: 'inside', yAxisIndex: 0, startValue: first, endValue: rows.length - 1, zoomOnMouseWheel: false,
        moveOnMouseWheel: true, moveOnMouseMove: true },
      { type: 'slider', yAxisIndex: 0, startValue: first, endValue: rows.length - 1, right: 4, width: 14,
        showDetail: false, brushSelect: false }
    ];
    chart.setOption(option);
    chart.on('click', p => showChambers(chambers, rows[p.dataIndex]));
    showChambers(chambers, stores[0]);
  }

  redOrders();
  fruitAge();
  occupancy();
})();
