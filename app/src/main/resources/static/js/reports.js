/*
 * Draws the evaluation report pages' radar chart from data-* attributes, since the pages allow no inline scripts:
 * data-chart="radar", data-points holds {indicators: [name], series: [{name, values: [0..1]}]} written by the server.
 */
(function () {
  'use strict';

  var COLOURS = ['#a4262c', '#6b7785', '#3b6ea5'];

  function radar(points) {
    return {
      animation: false,
      aria: { enabled: true },
      color: COLOURS,
      tooltip: { trigger: 'item' },
      legend: { bottom: 0 },
      radar: {
        radius: '62%',
        indicator: points.indicators.map(function (name) { return { name: name, max: 1, min: 0 }; }),
        axisName: { color: '#1f2328', fontSize: 11 }
      },
      series: [{
        type: 'radar',
        data: points.series.map(function (s, i) {
          return { name: s.name, value: s.values, areaStyle: i === 0 ? { opacity: 0.15 } : undefined };
        })
      }]
    };
  }

  function draw() {
    var charts = [];
    document.querySelectorAll('[data-chart="radar"]').forEach(function (element) {
      var chart = echarts.init(element, null, { renderer: 'canvas' });
      chart.setOption(radar(JSON.parse(element.dataset.points)));
      charts.push(chart);
    });
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
