/*
 * Trace page: the print button, and the chain as an ECharts graph (stages left to right, one column per stage;
 * a click on a lot or order node traces it).
 */
(() => {
  document.getElementById('print-label')?.addEventListener('click', () => window.print());

  const data = document.getElementById('trace-data');
  const el = document.getElementById('trace-graph');
  if (!data || !el || typeof echarts === 'undefined') return;
  const graph = JSON.parse(data.textContent);
  const colors = { HOUSEHOLD: '#8e1414', ORCHARD: '#2e7d32', HARVEST_LOT: '#558b2f', GRADING_RUN: '#ef6c00',
    GRADED_LOT: '#f9a825', COLD_STORE: '#0277bd', RED_ORDER: '#b71c1c', STORE_ORDER: '#1565c0' };
  const chart = Alliance.chart(el);
  chart.setOption({
    tooltip: { formatter: p => p.dataType === 'edge'
      ? Alliance.escape(Alliance.t('trace.js.edge.' + p.data.kind) + (p.data.kg ? ` ${p.data.kg} kg` : ''))
      : Alliance.escape(Alliance.t('trace.js.type.' + p.data.type) + ': ' + p.data.name) },
    series: [{
      type: 'graph', layout: 'none', roam: true, edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 8,
      label: { show: true, position: 'bottom', fontSize: 10, width: 110, overflow: 'truncate' },
      lineStyle: { color: '#999', curveness: 0.1 },
      data: graph.nodes.map(n => ({ id: n.id, name: n.name, type: n.type, x: n.stage * 160, y: n.row * 70,
        symbolSize: n.self ? 22 : 14, itemStyle: { color: colors[n.type] || '#666' } })),
      links: graph.edges.map(e => ({ source: e.source, target: e.target, kind: e.kind, kg: e.kg }))
    }]
  });
  chart.on('click', p => {
    if (p.dataType !== 'node') return;
    const [type, id] = [p.data.type, p.data.id.substring(p.data.type.length + 1)];
    if (type === 'HARVEST_LOT' || type === 'GRADED_LOT') location.href = '/trace?id=' + encodeURIComponent(id);
    if (type === 'STORE_ORDER') location.href = '/trace?id=' + encodeURIComponent(id.replace('/', ':'));
  });
})();
