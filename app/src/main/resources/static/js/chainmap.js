/*
 * Draws the chain map's heat map with ECharts from data-* attributes (the pages allow no inline scripts): data-points
 * holds {segments: [...], tiers: [...], parks: [...], cells: [[segment, park, enterprises], ...], max} written by the
 * server; data-label names the value. The same numbers are in the table below the chart.
 */
(function () {
  'use strict';

  function option(points, label) {
    return {
      animation: false,
      aria: { enabled: true },
      tooltip: {
        position: 'top',
        formatter: function (p) {
          return points.parks[p.value[1]] + '<br>' + points.tiers[p.value[0]] + ' · ' + points.segments[p.value[0]]
            + '<br>' + label + ': ' + p.value[2];
        }
      },
      grid: { left: 8, right: 8, top: 8, bottom: 56, containLabel: true },
      xAxis: { type: 'category', data: points.segments, splitArea: { show: true },
        axisLabel: { interval: 0, rotate: 45 } },
      yAxis: { type: 'category', data: points.parks, inverse: true, splitArea: { show: true } },
      visualMap: { min: 0, max: Math.max(1, points.max), calculable: true, orient: 'horizontal', left: 'center',
        bottom: 0, inRange: { color: ['#f4f1ea', '#3b6ea5'] } },
      series: [{ name: label, type: 'heatmap', data: points.cells, label: { show: true } }]
    };
  }

  function draw() {
    if (typeof echarts === 'undefined') {
      return;
    }
    var charts = [];
    document.querySelectorAll('[data-chart="chainmap"]').forEach(function (element) {
      var points = JSON.parse(element.dataset.points || '{"parks":[],"cells":[]}');
      if (points.parks.length === 0) {
        return;
      }
      element.style.height = Math.max(240, 120 + 28 * points.parks.length) + 'px';
      var chart = echarts.init(element);
      chart.setOption(option(points, element.dataset.label || ''));
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
