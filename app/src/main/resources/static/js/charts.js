/*
 * Draws the registry pages' ECharts charts from data-* attributes, since the pages allow no inline
 * scripts: data-chart names the kind, data-points holds the JSON written by the server.
 *   segments: [{tier, tierLabel, segment, enterprises}], upstream first; zero bars are labelled as missing.
 *   timeline: [{periodEnd, value}], oldest first; data-label names the fact.
 */
(function () {
  'use strict';

  var TIER_COLOURS = { UPSTREAM: '#3b6ea5', MIDSTREAM: '#a4262c', DOWNSTREAM: '#2f6f4f', PERIPHERY: '#9a6700' };
  var MISSING_COLOUR = '#a4262c';

  function segments(points, element) {
    var names = points.map(function (p) { return p.segment; });
    var tiers = [];
    points.forEach(function (p) {
      if (!tiers.some(function (t) { return t.tier === p.tier; })) {
        tiers.push({ tier: p.tier, label: p.tierLabel });
      }
    });
    var missing = element.dataset.missing || '0';
    return {
      animation: false,
      aria: { enabled: true },
      tooltip: { trigger: 'item' },
      legend: { top: 0 },
      grid: { left: 8, right: 48, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: names, inverse: true, axisTick: { show: false } },
      series: tiers.map(function (t) {
        return {
          name: t.label,
          type: 'bar',
          stack: 'segments',
          barMaxWidth: 16,
          itemStyle: { color: TIER_COLOURS[t.tier] || '#6b7785' },
          data: points.map(function (p) {
            if (p.tier !== t.tier) {
              return '-';
            }
            return p.enterprises === 0
              ? { value: 0, label: { show: true, position: 'right', formatter: missing, color: MISSING_COLOUR, fontWeight: 'bold' } }
              : { value: p.enterprises, label: { show: true, position: 'right' } };
          })
        };
      })
    };
  }

  function timeline(points, element) {
    return {
      animation: false,
      aria: { enabled: true },
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: points.map(function (p) { return p.periodEnd; }) },
      yAxis: { type: 'value', scale: true },
      series: [{
        name: element.dataset.label,
        type: 'line',
        symbolSize: 7,
        itemStyle: { color: '#a4262c' },
        data: points.map(function (p) { return p.value; })
      }]
    };
  }

  var KINDS = { segments: segments, timeline: timeline };

  function draw() {
    var charts = [];
    document.querySelectorAll('[data-chart]').forEach(function (element) {
      var kind = KINDS[element.dataset.chart];
      if (!kind || typeof echarts === 'undefined') {
        return;
      }
      // The aria option describes the chart in the container's aria-label, which needs a role.
      element.setAttribute('role', 'img');
      var chart = echarts.init(element, null, { renderer: 'canvas' });
      chart.setOption(kind(JSON.parse(element.dataset.points), element));
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
