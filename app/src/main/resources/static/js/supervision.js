/*
 * Draws the supervision page's charts with ECharts from data-* attributes (the pages allow no inline scripts):
 * data-points holds {labels: [...], series: [{name, data: [...]}]} written by the server, one bar per series and label;
 * data-stack stacks the series. Each chart's numbers are also in the table beside it.
 */
(function () {
  'use strict';

  var COLOURS = ['#a4262c', '#9a6700', '#6b7785', '#3b6ea5', '#2f6f4f'];

  function option(points, stacked) {
    return {
      animation: false,
      aria: { enabled: true },
      color: stacked ? COLOURS : ['#3b6ea5', '#a4262c', '#2f6f4f'],
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: points.labels, axisLabel: { interval: 0, rotate: 30 } },
      yAxis: { type: 'value' },
      series: points.series.map(function (s) {
        return { name: s.name, type: 'bar', barMaxWidth: 24, stack: stacked ? 'all' : undefined,
          data: s.data.map(function (v) { return v === null ? '-' : v; }) };
      })
    };
  }

  function draw() {
    if (typeof echarts === 'undefined') {
      return;
    }
    var charts = [];
    document.querySelectorAll('[data-chart="supervision"]').forEach(function (element) {
      var points = JSON.parse(element.dataset.points || '{"labels":[],"series":[]}');
      if (points.labels.length === 0) {
        return;
      }
      element.style.height = '260px';
      var chart = echarts.init(element);
      chart.setOption(option(points, element.dataset.stack === 'true'));
      charts.push(chart);
    });
    // a chart keeps the width it was drawn at unless told the window changed (e.g. a phone turned)
    window.addEventListener('resize', function () {
      charts.forEach(function (chart) { chart.resize(); });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
