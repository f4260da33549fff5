// Draws the maturity charts (profile components, benchmark rank intervals, roadmap component
// balance) from the JSON blocks the server put in the page. The radars are SVG drawn by the server.
(function () {
  "use strict";
  var lang = document.documentElement.lang === "en" ? "en" : "pl";
  var palette = ["#1f4f8a", "#b3400b", "#2e7d32", "#6a1b9a", "#00695c", "#ad1457", "#4e342e", "#37474f"];
  function data(id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  }
  function fmt(v) {
    return v == null ? "—" : Number(v).toLocaleString(lang, {minimumFractionDigits: 2, maximumFractionDigits: 2});
  }
  function chart(id) {
    var el = document.getElementById(id);
    if (!el || !window.echarts) return null;
    var c = echarts.init(el, null, {renderer: "svg"});
    window.addEventListener("resize", function () { c.resize(); });
    return c;
  }
  var profile = data("maturity-profile-data");
  if (profile) {
    var bars = chart("profile-components");
    if (bars) {
      bars.setOption({
        color: palette,
        tooltip: {trigger: "axis", valueFormatter: fmt},
        grid: {left: 8, right: 24, top: 16, bottom: 8, containLabel: true},
        xAxis: {type: "value", min: 0, max: 5},
        yAxis: {type: "category", data: profile.components.map(function (c) { return c[lang]; }), inverse: true},
        series: [{type: "bar", data: profile.components.map(function (c) { return c.value == null ? "-" : c.value; }),
          label: {show: true, position: "right", formatter: function (p) { return fmt(p.value); }}}]
      });
    }
  }

  var bench = data("maturity-benchmark-data");
  if (bench) {
    var ranks = chart("benchmark-ranks");
    if (ranks && bench.ranking.length) {
      var names = bench.ranking.map(function (r) { return r.name; });
      ranks.setOption({
        color: palette,
        grid: {left: 8, right: 24, top: 16, bottom: 24, containLabel: true},
        tooltip: {trigger: "item"},
        xAxis: {type: "value", min: 1, max: bench.cities, interval: 1, inverse: false, name: lang === "en" ? "rank" : "miejsce"},
        yAxis: {type: "category", data: names, inverse: true},
        series: [
          {type: "custom", renderItem: function (params, api) {
            var y = api.coord([0, api.value(0)])[1];
            var a = api.coord([api.value(1), api.value(0)])[0], b = api.coord([api.value(2), api.value(0)])[0];
            return {type: "group", children: [
              {type: "line", shape: {x1: a, y1: y, x2: b, y2: y}, style: {stroke: "#1f4f8a", lineWidth: 3}},
              {type: "line", shape: {x1: a, y1: y - 6, x2: a, y2: y + 6}, style: {stroke: "#1f4f8a", lineWidth: 2}},
              {type: "line", shape: {x1: b, y1: y - 6, x2: b, y2: y + 6}, style: {stroke: "#1f4f8a", lineWidth: 2}}]};
          }, encode: {x: [1, 2], y: 0}, data: bench.ranking.map(function (r, i) { return [i, r.low, r.high]; })},
          {type: "scatter", symbolSize: 10, itemStyle: {color: "#b3400b"},
            data: bench.ranking.map(function (r) { return [r.rank, r.name]; })}
        ]
      });
    }
  }

  var road = data("maturity-roadmap-data");
  if (road) {
    var bal = chart("roadmap-balance");
    if (bal) {
      bal.setOption({
        color: palette,
        legend: {bottom: 0},
        tooltip: {trigger: "axis"},
        grid: {left: 8, right: 24, top: 16, bottom: 40, containLabel: true},
        xAxis: {type: "value", minInterval: 1},
        yAxis: {type: "category", data: road.components.map(function (c) { return c[lang]; }), inverse: true},
        series: [
          {name: lang === "en" ? "actions" : "działania", type: "bar", data: road.components.map(function (c) { return c.actions; })},
          {name: lang === "en" ? "cost units" : "jednostki kosztu", type: "bar", data: road.components.map(function (c) { return c.costUnits; })}
        ]
      });
    }
  }
})();
