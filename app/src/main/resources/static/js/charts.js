// Renders the charts and maps of a page from the JSON data blocks the server put in it.
(function () {
  "use strict";
  var lang = document.documentElement.lang || "pl";
  function data(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }
  function fmt(v, decimals) {
    return v == null ? "—" : Number(v).toLocaleString(lang, {minimumFractionDigits: decimals, maximumFractionDigits: decimals});
  }
  var palette = ["#1f5fa8", "#b3400b", "#2e7d32", "#6a1b9a", "#00695c", "#ad1457", "#4e342e", "#37474f"];

  var series = data("series-data");
  var chartEl = document.getElementById("series-chart");
  if (series && chartEl && window.echarts && series.series.length) {
    var periods = [];
    series.series.forEach(function (s) { s.data.forEach(function (d) { if (periods.indexOf(d[0]) < 0) periods.push(d[0]); }); });
    periods.sort();
    var lines = series.series.map(function (s) {
      var byPeriod = {};
      s.data.forEach(function (d) { byPeriod[d[0]] = d[1]; });
      return {name: s.name, type: "line", connectNulls: false, symbolSize: 5,
        data: periods.map(function (p) { return p in byPeriod ? byPeriod[p] : null; })};
    });
    // Error bars: the 95 % interval of an estimate ([period, value, low, high, unreliable]), drawn
    // as a vertical line with caps in the series' colour; an unreliable estimate's bar is dashed.
    var errorBars = [];
    series.series.forEach(function (s, i) {
      var bars = s.data.filter(function (d) { return d[2] != null && d[3] != null; })
        .map(function (d) { return [periods.indexOf(d[0]), d[2], d[3], d[4] ? 1 : 0]; });
      if (!bars.length) return;
      errorBars.push({name: s.name, type: "custom", z: 3, tooltip: {show: false},
        itemStyle: {color: palette[i % palette.length]},
        encode: {x: 0, y: [1, 2]}, data: bars,
        renderItem: function (params, api) {
          var x = api.value(0), lo = api.coord([x, api.value(1)]), hi = api.coord([x, api.value(2)]);
          var cap = 4, style = {stroke: api.visual("color"), lineWidth: 1.5, lineDash: api.value(3) ? [3, 2] : null};
          return {type: "group", children: [
            {type: "line", shape: {x1: lo[0], y1: lo[1], x2: hi[0], y2: hi[1]}, style: style},
            {type: "line", shape: {x1: lo[0] - cap, y1: lo[1], x2: lo[0] + cap, y2: lo[1]}, style: style},
            {type: "line", shape: {x1: hi[0] - cap, y1: hi[1], x2: hi[0] + cap, y2: hi[1]}, style: style}]};
        }});
    });
    var chart = echarts.init(chartEl, null, {renderer: "svg"});
    chart.setOption({
      color: palette,
      tooltip: {trigger: "axis", valueFormatter: function (v) { return fmt(v, series.decimals) + " " + series.unit; }},
      legend: {type: "scroll", bottom: 0},
      grid: {left: 8, right: 16, top: 24, bottom: 48, containLabel: true},
      xAxis: {type: "category", data: periods},
      yAxis: {type: "value", name: series.unit, scale: true},
      series: lines.concat(errorBars)
    });
    window.addEventListener("resize", function () { chart.resize(); });
  }

  var map = data("map-data");
  var mapEl = document.getElementById("map");
  if (map && mapEl && window.L && map.points.length) {
    var m = L.map(mapEl, {scrollWheelZoom: false}).setView([52.0, 19.3], 6);
    L.tileLayer("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png", {
      maxZoom: 12, attribution: "&copy; OpenStreetMap"
    }).addTo(m);
    var values = map.points.map(function (p) { return p.value; });
    var min = Math.min.apply(null, values), max = Math.max.apply(null, values);
    map.points.forEach(function (p) {
      var t = max === min ? 0.5 : (p.value - min) / (max - min);
      var good = map.polarity === "lower_better" ? 1 - t : t;
      var color = map.polarity === "neutral" ? "#1f5fa8" : (good > 0.66 ? "#2e7d32" : good > 0.33 ? "#b38600" : "#b3400b");
      L.circleMarker([p.lat, p.lon], {radius: 5 + 10 * t, color: color, fillOpacity: 0.6, weight: 1})
        .bindTooltip(p.name + ": " + fmt(p.value, map.decimals) + " " + map.unit + " (" + p.period + ")")
        .addTo(m);
    });
  }
})();
