/*
 * Draws the simulation page's breakdowns with ECharts from data-* attributes (the pages allow no inline scripts):
 * data-points holds [{label, count, amount}] written by the server; bars give the enterprises, a line the amount.
 */
(function () {
  'use strict';

  function option(points, element) {
    return {
      animation: false,
      aria: { enabled: true },
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: points.map(function (p) { return p.label; }), axisLabel: { interval: 0, rotate: 30 } },
      yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value' }],
      series: [
        { name: element.dataset.countLabel, type: 'bar', barMaxWidth: 24, itemStyle: { color: '#3b6ea5' },
          data: points.map(function (p) { return p.count; }) },
        { name: element.dataset.amountLabel, type: 'line', yAxisIndex: 1, itemStyle: { color: '#a4262c' },
          data: points.map(function (p) { return p.amount; }) }
      ]
    };
  }

  function draw() {
    if (typeof echarts === 'undefined') {
      return;
    }
    document.querySelectorAll('[data-chart="simulation"]').forEach(function (element) {
      var points = JSON.parse(element.dataset.points || '[]');
      if (points.length === 0) {
        return;
      }
      element.style.height = '260px';
      echarts.init(element).setOption(option(points, element));
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
