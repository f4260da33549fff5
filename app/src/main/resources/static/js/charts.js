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
    var chart = echarts.init(chartEl, null, {renderer: "svg"});
    chart.setOption({
      color: palette,
      tooltip: {trigger: "axis", valueFormatter: function (v) { return fmt(v, series.decimals) + " " + series.unit; }},
      legend: {type: "scroll", bottom: 0},
      grid: {left: 8, right: 16, top: 24, bottom: 48, containLabel: true},
      xAxis: {type: "category", data: periods},
      yAxis: {type: "value", name: series.unit, scale: true},
      series: series.series.map(function (s) {
        var byPeriod = {};
        s.data.forEach(function (d) { byPeriod[d[0]] = d[1]; });
        return {name: s.name, type: "line", connectNulls: false, symbolSize: 5,
          data: periods.map(function (p) { return p in byPeriod ? byPeriod[p] : null; })};
      })
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
